import Foundation
import DocGenSpec

/// Decides whether a line of a text rendering is a section title. Renderings lose the markup, so a title is
/// recognised by its shape: a short, capitalised phrase without sentence punctuation that stands on its own.
enum TitleShape {
    /// Section titles of the vendor sites' reference pages. A table ends at one of these even when the next line
    /// looks like content (an empty "Error codes" section is followed directly by prose).
    static let knownSectionTitles: Set<String> = [
        "operation description", "debugging", "authorization information", "request parameters",
        "response parameters", "examples", "sample success responses", "sample error responses",
        "error codes", "change history", "request syntax", "response syntax",
    ]

    static func isKnownSection(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        return knownSectionTitles.contains(t) || isNumberedTitle(text)
    }

    /// `2. Input Parameters`, `6. Error Code`.
    static func isNumberedTitle(_ text: String) -> Bool {
        let chars = Array(text)
        var i = 0
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
        guard i > 0, i + 2 < chars.count, chars[i] == ".", chars[i + 1] == " " else { return false }
        return isTitle(String(chars[(i + 2)...]))
    }

    static func isTitle(_ text: String) -> Bool {
        guard let first = text.first, !first.isWhitespace else { return false }
        guard first.isUppercase, text.count <= 60 else { return isNumberedTitle(text) }
        let words = text.split(separator: " ")
        guard words.count <= 8 else { return false }
        // A lone word with digits (`01ABBD93-1ABB-...`, `ABC-123`) is a value, not a title.
        if words.count == 1, text.contains(where: \.isNumber) { return false }
        if let last = text.last, ".:;,!?".contains(last) { return false }
        let allowed = CharacterSet.letters.union(.decimalDigits).union(CharacterSet(charactersIn: " .-()&'"))
        guard text.unicodeScalars.allSatisfy({ allowed.contains($0) }) else { return false }
        // A lone CamelCase word (`CreateSnapshotGroup`, `TestValue`) is an identifier or a value, not a title.
        if words.count == 1, hasLowerToUpperTransition(text) { return false }
        return true
    }

    static func hasLowerToUpperTransition(_ text: String) -> Bool {
        var previous: Character?
        for c in text {
            if let p = previous, p.isLowercase, c.isUppercase { return true }
            previous = c
        }
        return false
    }
}
