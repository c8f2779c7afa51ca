import DocGenSpec

/// One line of a browser text rendering, with its 1-based line number in the page.
struct SourceLine: Hashable, Sendable {
    let number: Int
    let text: String

    var trimmed: String { text.trimmingCharacters(in: .whitespaces) }
    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
    /// Indented lines are list items or nested detail in these renderings, never a table row or a title.
    var isIndented: Bool { text.first?.isWhitespace ?? false }

    static func lines(of text: String) -> [SourceLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, text: String($0.element).trimmingTrailingWhitespace())
        }
    }
}

extension Array where Element == SourceLine {
    /// Index of the first non-blank line at or after `index`, if any.
    func nextNonBlank(from index: Int) -> Int? {
        var i = index
        while i < count {
            if !self[i].isBlank { return i }
            i += 1
        }
        return nil
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
