import DocGenSpec

/// Reads a plain-text rendering of a Tencent Cloud reference page, where table cells are separated by single
/// spaces (`DiskIds.N Yes Array of String Specifies ...`). Section titles (`2. Input Parameters`) become headings,
/// tables are split with `SpacedColumns`, the rest is kept as paragraphs and code. A line inside a table that does
/// not have the row shape continues the previous row's last cell. See docs/text-readers.md.
public struct SpacedTextReader: PageReader {
    public init() {}
    public var format: PageFormat { .textSpaced }

    public func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic]) {
        let lines = SourceLine.lines(of: page.text)
        let titleIndex = PageTitle.index(in: lines)
        var blocks: [Block] = []
        var diagnostics: [Diagnostic] = []
        var proseStart = 0
        var i = 0
        while i < lines.count {
            guard let columns = SpacedColumns.header(lines[i].text) else {
                i += 1
                continue
            }
            blocks += ProseBlocks.blocks(lines, in: proseStart..<i, titleIndex: titleIndex)
            var rows: [TableRow] = []
            var j = i + 1
            while j < lines.count, !lines[j].isBlank {
                let line = lines[j]
                if let cells = SpacedColumns.row(line.text, columns: columns) {
                    rows.append(TableRow(cells: cells, line: line.number))
                } else if !rows.isEmpty {
                    rows[rows.count - 1].cells[columns.count - 1] += "\n" + line.trimmed
                    diagnostics.append(Diagnostic(.info, code: "row-continued",
                                                  "line does not start a row; added it to the description above",
                                                  file: page.file, line: line.number))
                } else {
                    rows.append(TableRow(cells: [line.trimmed] + Array(repeating: "", count: columns.count - 1),
                                         line: line.number))
                    diagnostics.append(Diagnostic(.warning, code: "row-unsplit",
                                                  "could not split table row \"\(line.trimmed)\"",
                                                  file: page.file, line: line.number))
                }
                j += 1
            }
            blocks.append(.table(Table(header: columns, rows: rows, line: lines[i].number)))
            i = j
            proseStart = j
        }
        blocks += ProseBlocks.blocks(lines, in: proseStart..<lines.count, titleIndex: titleIndex)
        return (PageDocument(file: page.file, format: format, blocks: blocks), diagnostics)
    }
}
