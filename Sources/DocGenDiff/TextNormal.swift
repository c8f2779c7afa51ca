import DocGenSpec

/// Text comparison used for descriptions and messages: whitespace collapsed, final period (`.` or `。`) dropped.
enum TextNormal {
    /// Description text with whitespace collapsed; nil when empty or a placeholder dash.
    static func prose(_ text: String?) -> String? {
        guard let text else { return nil }
        let s = collapse(text)
        return s.isEmpty || s == "-" || s == "–" ? nil : s
    }

    /// Runs of whitespace become one space; leading and trailing whitespace go. Works on scalars: Character-level
    /// splitting (grapheme breaking) made this the diff's hot spot on long descriptions.
    static func collapse(_ text: String) -> String {
        if isCollapsedASCII(text) { return text }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        var changed = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                if scalar != " " || pendingSpace || scalars.isEmpty { changed = true }
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        if pendingSpace { changed = true }
        return changed ? String(scalars) : text
    }

    /// The common case, checked on bytes without allocating: ASCII, single inner spaces, nothing to trim.
    private static func isCollapsedASCII(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            if byte >= 0x80 || (byte < 0x20 && byte != 0x20) { return false }
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || text.isEmpty
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C }
        return scalar.properties.isWhitespace
    }

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
