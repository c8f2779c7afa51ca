import DocGenSpec

/// Reads a browser text rendering of an Alibaba Cloud reference page, where table cells run together with no
/// separator (`RegionIdstringYes`, `400InvalidDiskIds.NotInSameZoneThe specified disks ...-`).
///
/// Tables are found by their run-together headers and split with the closed vocabularies of the site (types,
/// Yes/No, column names) and with what the rest of the page says (names it mentions, paths like `Tag.N.Key`, the
/// JSON example); everything else of the page is kept as headings, paragraphs and code. Splits that had to be
/// guessed are reported as info diagnostics with their line. See docs/text-readers.md.
public struct RunTogetherTextReader: PageReader {
    public init() {}
    public var format: PageFormat { .textRunTogether }

    private enum Region {
        case prose(Range<Int>)
        case table(kind: TableKind, columns: [String], header: Int, end: Int)
    }

    public func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic]) {
        let lines = SourceLine.lines(of: page.text)
        let regions = locateTables(lines, file: page.file)
        let titleIndex = PageTitle.index(in: lines)

        // Field tables first: their names and descriptions are evidence for nesting and error splits.
        var fieldRows: [Int: [FieldRow]] = [:]
        var proseText: [String] = []
        var codeBlocks: [String] = []
        for (index, region) in regions.enumerated() {
            switch region {
            case .prose(let range):
                for block in ProseBlocks.blocks(lines, in: range) {
                    if case .code(let code) = block { codeBlocks.append(code.text) }
                }
                proseText += lines[range].map(\.text)
            case .table(let kind, let columns, let header, _):
                guard kind == .fields else { continue }
                let rows = RunTogetherFieldTable(columns: columns).read(lines, headerIndex: header).rows
                fieldRows[index] = rows
                proseText += rows.flatMap { [$0.description, $0.example ?? ""] }
            }
        }
        let evidence = PageEvidence(proseLines: proseText, allLines: lines.map(\.text), codeBlocks: codeBlocks,
                                    fieldNames: fieldRows.keys.sorted().flatMap { fieldRows[$0]!.map(\.name) })

        // The page's words are the same for every error table: learn them once, not once per table.
        var pageWords: Set<String>?
        var blocks: [Block] = []
        var diagnostics: [Diagnostic] = []
        for (index, region) in regions.enumerated() {
            switch region {
            case .prose(let range):
                blocks += ProseBlocks.blocks(lines, in: range, titleIndex: titleIndex)
            case .table(let kind, let columns, let header, let end):
                switch kind {
                case .fields:
                    let rows = fieldRows[index] ?? []
                    let isResponse = !RunTogetherFieldTable(columns: columns).hasRequired
                    let nesting = FieldNesting(evidence: evidence, file: page.file, isResponse: isResponse).depths(rows)
                    diagnostics += nesting.diagnostics
                    blocks.append(.table(fieldTable(columns: columns, rows: rows, depths: nesting.depths,
                                                    line: lines[header].number)))
                case .errors:
                    let splitter = ErrorRowSplitter(knownNames: evidence.knownNames)
                    let words = pageWords ?? ErrorTableSplitter.lowercaseWords(proseText.joined(separator: " "))
                    pageWords = words
                    let reader = RunTogetherErrorTable(columns: columns, splitter: splitter, file: page.file,
                                                       pageWords: words)
                    let (table, notes) = reader.table(lines, headerIndex: header, end: end)
                    blocks.append(.table(table))
                    diagnostics += notes
                case .changeHistory:
                    let table = RunTogetherChangeHistory(columns: columns).table(lines, headerIndex: header, end: end)
                    blocks.append(.table(table))
                case .other:
                    let (table, notes) = UnsplitTable.table(lines, columns: columns, headerIndex: header, end: end,
                                                            file: page.file)
                    blocks.append(.table(table))
                    diagnostics += notes
                }
            }
        }
        return (PageDocument(file: page.file, format: format, blocks: blocks), diagnostics)
    }

    /// Splits the page into prose and tables. A table starts at a run-together header; where it ends depends on
    /// its kind.
    private func locateTables(_ lines: [SourceLine], file: String) -> [Region] {
        var regions: [Region] = []
        var proseStart = 0
        var i = 0
        while i < lines.count {
            guard !lines[i].isIndented, let columns = RunTogetherHeader.columns(lines[i].text) else {
                i += 1
                continue
            }
            let kind = TableKind(columns: columns)
            let end: Int
            switch kind {
            case .fields: end = RunTogetherFieldTable(columns: columns).read(lines, headerIndex: i).end
            case .errors:
                end = RunTogetherErrorTable(columns: columns, splitter: ErrorRowSplitter(), file: file)
                    .end(lines, headerIndex: i)
            case .changeHistory: end = RunTogetherChangeHistory(columns: columns).end(lines, headerIndex: i)
            case .other: end = UnsplitTable.end(lines, headerIndex: i)
            }
            if proseStart < i { regions.append(.prose(proseStart..<i)) }
            regions.append(.table(kind: kind, columns: columns, header: i, end: end))
            i = max(end, i + 1)
            proseStart = i
        }
        if proseStart < lines.count { regions.append(.prose(proseStart..<lines.count)) }
        return regions
    }

    private func fieldTable(columns: [String], rows: [FieldRow], depths: [Int], line: Int) -> Table {
        let tableRows = zip(rows, depths).map { row, depth in
            let cells = columns.map { column -> String in
                switch column.lowercased() {
                case "parameter", "name", "parameter name":
                    return row.name.isEmpty ? "" : String(repeating: "└", count: depth) + row.name
                case "type": return row.type
                case "required": return row.required ?? ""
                case "description": return row.description
                case "example": return row.example ?? ""
                default: return ""
                }
            }
            return TableRow(cells: cells, line: row.line)
        }
        return Table(header: columns, rows: tableRows, line: line)
    }
}
