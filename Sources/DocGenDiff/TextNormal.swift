import DocGenSpec

/// Text comparison used for descriptions and messages: whitespace collapsed, final period (`.` or `。`) dropped.
enum TextNormal {
    /// Description text with whitespace collapsed; nil when empty or a placeholder dash.
    static func prose(_ text: String?) -> String? {
        guard let text else { return nil }
        let s = collapse(text)
        return s.isEmpty || s == "-" || s == "–" ? nil : s
    }

    static func collapse(_ text: String) -> String { Whitespace.collapsed(text) }

    static func message(_ text: String?) -> String {
        var s = collapse(text ?? "")
        while s.hasSuffix(".") || s.hasSuffix("。") { s.removeLast() }
        return s
    }
}

/// `ExcludeDiskId.N` -> `ExcludeDiskId`: constraint targets are meant to be base names; tolerate wire names.
func baseName(_ name: String) -> String {
    name.split(separator: ".").filter { $0 != "N" && $0 != "n" }.joined(separator: ".")
}

enum DescriptionCompare {
    /// Both sides' text when they differ beyond whitespace; nil when they are the same.
    static func changed(_ old: String?, _ new: String?) -> (old: String?, new: String?)? {
        if old == new { return nil }
        let o = TextNormal.prose(old), n = TextNormal.prose(new)
        return o == n ? nil : (o, n)
    }
}
