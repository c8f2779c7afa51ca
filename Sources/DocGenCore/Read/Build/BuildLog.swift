/// Diagnostics and row accounting for one page, shared by the section readers.
struct BuildLog {
    let file: String
    var diagnostics: [Diagnostic] = []
    var accounting = RowAccounting()

    init(file: String) { self.file = file }

    mutating func note(_ severity: Diagnostic.Severity, _ code: String, _ message: String, line: Int?) {
        diagnostics.append(Diagnostic(severity, code: code, message, file: file, line: line))
    }

    mutating func rowUsed() {
        accounting.seen += 1
        accounting.used += 1
    }

    /// A row that did not land in the spec: counted and named in a diagnostic.
    mutating func rowReported(_ severity: Diagnostic.Severity = .warning, _ code: String, _ message: String, line: Int) {
        accounting.seen += 1
        accounting.reported += 1
        note(severity, code, message, line: line)
    }
}

/// Cell helpers shared by the table readers.
enum CellText {
    /// Runs of spaces and line breaks become one space (descriptions, messages).
    static func collapsed(_ text: String) -> String {
        if text.isSimpleText {
            // Each separator is a Character of its own here, so a scalar pass cuts where the split below does.
            var out = String.UnicodeScalarView()
            var spacePending = false
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\u{00A0}" {
                    spacePending = !out.isEmpty
                    continue
                }
                if spacePending { out.append(" ") }
                spacePending = false
                out.append(scalar)
            }
            return String(out)
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\r" })
            .joined(separator: " ")
    }

    static func optional(_ text: String?) -> String? {
        guard let text else { return nil }
        let c = collapsed(text)
        return c.isEmpty ? nil : c
    }

    /// `nil` for an empty cell or a placeholder dash.
    static func meaningful(_ text: String?) -> String? {
        guard let c = optional(text), !["-", "--", "—", "–", "无", "N/A", "n/a", "null"].contains(c) else { return nil }
        return c
    }

    /// Brings a row to the header's width: extra cells (an unescaped `|` in free text) are joined back into the
    /// last column; missing cells read as empty. Returns a note when it had to do either.
    static func fitted(_ cells: [String], width: Int) -> (cells: [String], note: String?) {
        if cells.count == width || width == 0 { return (cells, nil) }
        if cells.count > width {
            let head = Array(cells.prefix(width - 1))
            let tail = cells[(width - 1)...].joined(separator: "|")
            return (head + [tail], "row has \(cells.count) cells but the header has \(width); the extra '|' was kept in the last column")
        }
        return (cells + Array(repeating: "", count: width - cells.count),
                "row has \(cells.count) cells but the header has \(width); the missing cells were read as empty")
    }
}
