/// Native replacements for the Foundation string calls the readers make on every line and cell: the same results,
/// without bridging to NSString (which took a large part of ingest time).
extension StringProtocol {
    /// The same as `trimmingCharacters(in: .whitespaces)`: leading and trailing Unicode scalars of general category
    /// Zs or TAB removed (line breaks stay).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isHorizontalSpace { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before].isHorizontalSpace else { break }
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
}
