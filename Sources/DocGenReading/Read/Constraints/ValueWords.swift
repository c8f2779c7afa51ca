import DocGenSpec

/// Shared reading of single values as pages write them in lists and defaults.
enum ValueWords {
    /// A value a parameter can literally take: `PayByTraffic`, `cloud_essd`, `1`, `0.0.0.0/0`, `SystemMaintenance.Reboot`.
    private static let token = RulePattern(#"^[A-Za-z0-9][A-Za-z0-9_.\-+/]*$"#, caseSensitive: true)
    private static let number = RulePattern(#"^-?\d+(?:\.\d+)?$"#)
    /// Words that say "nothing" rather than give a value.
    private static let emptyWords: Set<String> = ["空", "无", "null", "none", "nil", "empty", "n/a", "-", "\"\"", "''", "空字符串", "不填"]

    /// Trims quotes, brackets and a sentence-final period around a value.
    static func clean(_ raw: String) -> String {
        var s = raw.trimmingWhitespace()
        while let first = s.first, isWrapper(first) { s.removeFirst() }
        while let last = s.last, isWrapper(last) || last == "." || last == "。" { s.removeLast() }
        return s.trimmingWhitespace()
    }

    private static func isWrapper(_ c: Character) -> Bool {
        switch c {
        case "\"", "'", "{", "}", "<", ">", "「", "」", "《", "》": return true
        default: return false
        }
    }

    static func isToken(_ s: String) -> Bool { s.count <= 64 && token.matches(s) }
    static func isNumber(_ s: String) -> Bool { number.matches(s) }
    static func isEmptyWord(_ s: String) -> Bool { emptyWords.contains(s.lowercased()) }
    static func isBooleanWord(_ s: String) -> Bool { ["true", "false"].contains(s.lowercased()) }
}
