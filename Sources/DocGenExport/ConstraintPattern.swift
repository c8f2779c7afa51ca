import DocGenSpec

/// One ECMA-262 regular expression (also valid for Python's `re`, which validators use) for the text rules a
/// spec states: `charset` `ascii`, `mustStartWith` `letter` / `letterOrCJK`, `forbiddenPrefixes`,
/// `forbiddenSubstrings`. Rules that cannot be written (an unknown charset or start class) are left out of the
/// pattern; they stay in the `x-docgen-*` extensions.
enum ConstraintPattern {
    static func pattern(for c: Constraints) -> String? {
        var lookaheads: [String] = []
        if let start = c.mustStartWith, let cls = startClass(start) { lookaheads.append("(?=\(cls))") }
        if let prefixes = c.forbiddenPrefixes, !prefixes.isEmpty {
            lookaheads.append("(?!" + prefixes.map(escape).joined(separator: "|") + ")")
        }
        if let parts = c.forbiddenSubstrings, !parts.isEmpty {
            lookaheads.append("(?![\\s\\S]*(?:" + parts.map(escape).joined(separator: "|") + "))")
        }
        var body = ""
        if let charset = c.charset, let cls = charsetClass(charset) { body = "\(cls)*$" }
        guard !lookaheads.isEmpty || !body.isEmpty else { return nil }
        return "^" + lookaheads.joined() + body
    }

    /// The character class a value must start with.
    static func startClass(_ name: String) -> String? {
        switch name {
        case "letter": return "[A-Za-z]"
        case "letterOrCJK": return "[A-Za-z\u{4E00}-\u{9FFF}]"
        default: return nil
        }
    }

    /// The class every character must belong to.
    static func charsetClass(_ name: String) -> String? {
        switch name.lowercased() {
        case "ascii": return "[\\x00-\\x7F]"
        default: return nil
        }
    }

    /// Escapes regex metacharacters so that the text matches itself.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\^$.|?*+()[]{}".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
