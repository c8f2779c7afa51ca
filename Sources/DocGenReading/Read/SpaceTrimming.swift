import DocGenSpec

/// Native replacements for the Foundation string calls the readers make on every line and cell: the same results,
/// without bridging to NSString (which took a large part of ingest time).
extension StringProtocol {
    /// The same as `trimmingCharacters(in: .whitespaces)`: leading and trailing Unicode scalars of general category
    /// Zs or TAB removed (line breaks stay).
    func trimmingWhitespace() -> String { trimmingScalars(where: \.isHorizontalSpace) }

    /// The same as `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespaceAndNewlines() -> String { trimmingScalars(where: \.isWhitespaceOrNewline) }

    /// The text without the leading and trailing scalars that `isTrimmed` accepts.
    @inline(__always)
    private func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isTrimmed(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }

    /// Whether every scalar is one that `trimmingWhitespace()` removes (true for the empty string).
    var isAllHorizontalSpace: Bool { unicodeScalars.allSatisfy(\.isHorizontalSpace) }
}

extension Unicode.Scalar {
    /// A member of `CharacterSet.whitespaces`: TAB, general category Zs (space separators), and U+200B ZERO WIDTH
    /// SPACE, which Foundation's set still holds (checked against every scalar).
    var isHorizontalSpace: Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return value == 0x200B || properties.generalCategory == .spaceSeparator
    }

    /// A member of `CharacterSet.whitespacesAndNewlines`: `isHorizontalSpace`, or U+000A–U+000D, U+0085, U+2028, U+2029
    /// (checked against Foundation on every scalar).
    var isWhitespaceOrNewline: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return isHorizontalSpace
        }
    }
}
