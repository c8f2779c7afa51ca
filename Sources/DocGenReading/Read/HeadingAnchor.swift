import DocGenSpec

/// The attribute block some Markdown sources put after a heading (`Title {#anchor .class}`), which renderers that
/// do not know it leave in the heading text. Shared by the Markdown and HTML readers.
enum HeadingAnchor {
    static let pattern = TextPattern(#"\s*\{\s*[#.][^{}]*\}\s*$"#, caseSensitive: true)

    /// Where the attribute block is in `text`, if it has one.
    static func range(in text: String) -> Range<String.Index>? {
        // Most headings have no brace at all; the regex (and its bridging) is only worth running when one is there.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return nil }
        return pattern.firstMatch(in: text)?.range
    }
}
