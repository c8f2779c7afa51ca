import DocGenSpec

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

    /// A row the page cut short (`TableRow.isCut`): counted in `cut` besides being used or reported; the reader
    /// that found it already named its line in a warning.
    mutating func rowCut(_ row: TableRow) {
        if row.isCut { accounting.cut += 1 }
    }

    /// A row counted as used that a later rule takes out of the spec: it becomes reported, named in a diagnostic.
    mutating func rowReclassified(_ severity: Diagnostic.Severity, _ code: String, _ message: String, line: Int) {
        accounting.used -= 1
        accounting.reported += 1
        note(severity, code, message, line: line)
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
        if let simple = collapsedSimpleText(text) { return simple }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// On simple text each separator is a Character of its own, so a pass over the bytes cuts where the split does;
    /// a cell that needs no change (most of them) is returned as it is. nil for text that is not simple.
    private static func collapsedSimpleText(_ text: String) -> String? {
        TextBytes.withBytes(text) { bytes -> String? in
            guard TextBytes.isSimple(bytes) else { return nil }
            let n = bytes.count
            /// Length of the separator (space, LF, TAB, NBSP) at `i`, 0 if none.
            func separator(at i: Int) -> Int {
                let b = bytes[i]
                if b == 0x20 || b == 0x0A || b == 0x09 { return 1 }
                return b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 ? 2 : 0
            }
            var unchanged = true
            var i = 0
            var previousWasSpace = true  // a separator at the start is dropped
            while i < n {
                let length = separator(at: i)
                if length == 0 {
                    previousWasSpace = false
                    i += 1
                    continue
                }
                if previousWasSpace || length == 2 || bytes[i] != 0x20 || i + 1 == n {
                    unchanged = false
                    break
                }
                previousWasSpace = true
                i += 1
            }
            if unchanged { return text }
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var spacePending = false
            i = 0
            while i < n {
                let length = separator(at: i)
                if length > 0 {
                    spacePending = !out.isEmpty
                    i += length
                    continue
                }
                if spacePending { out.append(0x20) }
                spacePending = false
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
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
