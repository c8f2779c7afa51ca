import DocGenSpec

/// A table whose columns the text readers do not know how to split (authorization tables and the like). It is
/// kept so nothing is lost: each group of consecutive lines becomes one row whose first cell holds the lines.
enum UnsplitTable {
    static func end(_ lines: [SourceLine], headerIndex: Int) -> Int {
        var i = headerIndex + 1
        while i < lines.count, !lines[i].isBlank { i += 1 }
        return i
    }

    static func table(_ lines: [SourceLine], columns: [String], headerIndex: Int, end: Int,
                      file: String) -> (Table, [Diagnostic]) {
        let body = lines[(headerIndex + 1)..<end].filter { !$0.isBlank }
        var rows: [TableRow] = []
        if let first = body.first {
            let text = body.map(\.trimmed).joined(separator: "\n")
            rows.append(TableRow(cells: [text] + Array(repeating: "", count: max(0, columns.count - 1)),
                                 line: first.number))
        }
        let note = Diagnostic(.info, code: "table-unsplit",
                              "kept the rows of table \"\(columns.joined(separator: " | "))\" unsplit in its first column",
                              file: file, line: lines[headerIndex].number)
        return (Table(header: columns, rows: rows, line: lines[headerIndex].number), [note])
    }
}
