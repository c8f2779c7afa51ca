@testable import DocGenSpec
import Testing

/// `Whitespace.collapsed` against a second implementation: Foundation-free splitting on `Character.isWhitespace`,
/// which agrees with the scalar rule wherever no combining mark follows a space.
@Suite struct WhitespaceTests {
    static let samples = [
        "", " ", "a", "  a  b\t\tc\n", "已 有\u{3000}全角", "x\u{00A0}\u{00A0}y", "tab\tand\r\nCRLF", "end. ",
        "\u{2003}em\u{2009}thin\u{200B}zero-width", "a\u{000B}b\u{000C}c", "one two",
    ]

    @Test(arguments: samples) func agreesWithCharacterSplitting(_ text: String) {
        let reference = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(Whitespace.collapsed(text) == reference)
    }
}
