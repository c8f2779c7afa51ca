/// The one definition of white space for comparing and showing prose (diff, error tables): Unicode white space
/// (`Unicode.Scalar.Properties.isWhitespace`), runs collapsed to one space, ends trimmed.
///
/// The readers keep a narrower rule for table cells (`CellText.collapsed`: space, tab, line breaks and no-break space)
/// because the spec's bytes depend on it; an ideographic space inside a cell is content there.
public enum Whitespace {
    /// Runs of whitespace become one space; leading and trailing whitespace go. Works on scalars: Character-level
    /// splitting (grapheme breaking) made this the diff's hot spot on long descriptions.
    public static func collapsed(_ text: String) -> String {
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

}
