import DocGenSpec

/// The one place where page text becomes Swift source. Whatever a page holds (quotes, backslashes, `*/`, `"""`,
/// `\(`, `#if`, newlines of any kind, bidirectional overrides, zero-width characters, NUL) comes out as inert text:
/// inside a single-line string literal, or inside `///` line comments, one per line.
public enum SwiftEscaping {
    /// A single-line string literal (`"..."`, quotes included) that evaluates to exactly `text`.
    public static func stringLiteral(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                if needsEscape(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `[ "a", "b" ]` as a Swift array literal of strings (`[]` when empty).
    public static func stringArrayLiteral(_ texts: [String]) -> String {
        "[" + texts.map(stringLiteral).joined(separator: ", ") + "]"
    }

    /// Lines for `///` comments. Every kind of line break splits a line (so nothing can end the comment and start
    /// code), invisible and direction-changing characters are shown as `\u{...}` text, other control characters too,
    /// trailing spaces are dropped, and runs of blank lines collapse to one. No line contains a line break.
    public static func commentLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if isLineBreak(scalar) {
                if scalar == "\n", previous == "\r" { continue }
                lines.append(current)
                current = ""
            } else if scalar == "\t" {
                current += "    "
            } else if needsEscape(scalar) {
                current += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current)
        var out: [String] = []
        for line in lines.map(trimTrailingSpaces) {
            if line.isEmpty, out.last?.isEmpty ?? true { continue }
            out.append(line)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    /// One line of comment text (line breaks become spaces).
    public static func commentText(_ text: String) -> String {
        commentLines(text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Characters that would be invisible, reorder the text around them, or be control characters.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C, 0x00AD, 0x180E: return true
        case 0xFFF9...0xFFFB, 0xE0000...0xE007F: return true
        default:
            let category = scalar.properties.generalCategory
            return category == .format || category == .control || category == .surrogate
                || category == .privateUse || category == .unassigned || category == .lineSeparator
                || category == .paragraphSeparator
        }
    }

    private static func trimTrailingSpaces(_ line: String) -> String {
        var s = Substring(line)
        while let last = s.unicodeScalars.last, last == " " || last.properties.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
