import DocGenSpec

/// The marker that opens a list item: `- `, `* `, `+ `, `• `, `· `, `1. `, `12) `.
enum ListMarker {
    /// The text of the item when `line` starts with a marker, else nil. When the marker's white space ends inside a
    /// Character (a space carrying a combining mark) the whole line is the item's text: the bounds of the match were
    /// read through `Range(_:in:)`, which refuses such a position, and the empty range it fell back to left the line
    /// whole.
    static func itemText(of line: String) -> String? {
        guard let start = itemStart(in: line) else { return nil }
        guard String.Index(start, within: line) != nil else { return line }
        return String(line[start...])
    }

    /// Where the item's text starts in `line`, after its marker and the white space that follows it; nil when the line
    /// does not start with a marker. The same as the ICU pattern `^(?:[-*+•·]|\d{1,2}[.)])\s+`, scanned by hand
    /// because it runs on every line of every description: `\d` is any decimal digit (general category Nd, so
    /// full-width `１` too) and `\s` any White_Space character (U+3000 and NBSP too). `\d{1,2}` gives back its
    /// second digit only to let `[.)]` match it, which a digit never does, so no backtracking is needed.
    private static func itemStart(in line: String) -> String.Index? {
        let scalars = line.unicodeScalars
        let end = scalars.endIndex
        var i = scalars.startIndex
        guard i < end else { return nil }
        switch scalars[i] {
        case "-", "*", "+", "•", "·":
            i = scalars.index(after: i)
        case let first where isDecimalDigit(first):
            i = scalars.index(after: i)
            if i < end, isDecimalDigit(scalars[i]) { i = scalars.index(after: i) }
            guard i < end, scalars[i] == "." || scalars[i] == ")" else { return nil }
            i = scalars.index(after: i)
        default:
            return nil
        }
        guard i < end, scalars[i].properties.isWhitespace else { return nil }
        while i < end, scalars[i].properties.isWhitespace { i = scalars.index(after: i) }
        return i
    }

    private static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value &- 0x30 < 10 }
        return scalar.properties.generalCategory == .decimalNumber
    }
}
