import DocGenSpec

/// Page text inside the generated Markdown reference: one table cell or one paragraph line, never more.
public enum MarkdownEscaping {
    /// Text for a table cell: line breaks become `<br>`, `|` is escaped, HTML is shown as text, invisible and
    /// direction-changing characters are written as `\u{...}`.
    public static func cell(_ text: String) -> String {
        SwiftEscaping.commentLines(text).map(inline).joined(separator: "<br>")
    }

    /// One line of text (line breaks become spaces), escaped like a cell.
    public static func line(_ text: String) -> String {
        inline(SwiftEscaping.commentText(text))
    }

    /// A code span that holds `text` exactly, whatever backticks it contains.
    public static func code(_ text: String) -> String {
        let clean = SwiftEscaping.commentText(text).replacingOccurrences(of: "|", with: "\\|")
        var longest = 0, run = 0
        for character in clean {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = clean.hasPrefix("`") || clean.hasSuffix("`") ? " " : ""
        return fence + pad + clean + pad + fence
    }

    private static func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }
}
