import DocGenSpec

/// A GitHub-flavoured Markdown table, then the list of conflicts.
public enum ErrorTableMarkdown {
    public static func render(_ table: ErrorTable) -> String {
        var out = "# \(escape(table.title))\n\n"
        out += "\(table.codes.count) error codes from \(table.operationCount) operations"
        out += table.languages.isEmpty ? "" : " (pages in \(table.languages.joined(separator: ", ")))"
        out += "; \(table.conflictCount) conflicts.\n\n"
        out += "| " + ErrorTableCells.headers.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: ErrorTableCells.headers.count) + "\n"
        for row in table.codes {
            let cells = ErrorTableCells(row, in: table)
            let columns = [
                "`" + row.code.replacingOccurrences(of: "`", with: "'") + "`", cells.http,
                joined(cells.messageLines), joined(cells.descriptionLines), joined(cells.operationLabels),
                escape(cells.since), escape(cells.until), joined(cells.conflictLines),
            ]
            out += "| " + columns.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        let conflicted = table.codes.filter { !$0.conflicts.isEmpty }
        if !conflicted.isEmpty {
            out += "\n## Conflicts\n\n"
            for row in conflicted {
                for conflict in row.conflicts {
                    out += "- `\(row.code.replacingOccurrences(of: "`", with: "'"))` \(conflict.kind.rawValue): "
                        + escape(conflict.summary) + "\n"
                }
            }
        }
        return out
    }

    private static func joined(_ lines: [String]) -> String {
        lines.map(escape).joined(separator: "<br>")
    }

    /// Page text must not turn into markup: HTML is neutralised, table and emphasis characters escaped,
    /// line breaks flattened (a Markdown table row is one line).
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "*", "_", "`", "[", "]": out += "\\\(c)"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
