import DocGenSpec

/// String helpers for the hot paths of the HTML reader, native Swift instead of Foundation's NSString bridge
/// (which took a third of the reading time on a 5 MB page).
extension StringProtocol {
    /// Without leading and trailing spaces (any Unicode space, as `CharacterSet.whitespaces`; not line breaks).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// Byte-wise search of the UTF-8 form; enough to decide whether a slower rewrite is needed at all.
    func containsUTF8(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let head = pattern.first else { return true }
        var bytes = utf8[...]
        while let start = bytes.firstIndex(of: head) {
            if bytes[start...].starts(with: pattern) { return true }
            bytes = bytes[bytes.index(after: start)...]
        }
        return false
    }
}
