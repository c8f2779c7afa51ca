/// How the vendors count "characters" in a length limit.
///
/// Decision: a length is the number of Unicode scalars (code points). The vendors' services count code points
/// (Go's `utf8.RuneCountInString`, Python's `len`), and their pages say "2 to 128 English or Chinese characters",
/// where one Chinese character is one code point. So `"快照"` has length 2, `"é"` written as `e` + combining accent has
/// length 2 (two scalars) although it shows as one `Character`, and an emoji flag (two regional indicators) has length 2.
/// UTF-16 units would count emoji outside the BMP twice; grapheme clusters would count combined marks once: both
/// disagree with a code-point count, so neither is used.
public enum TextLength {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.count
    }
}
