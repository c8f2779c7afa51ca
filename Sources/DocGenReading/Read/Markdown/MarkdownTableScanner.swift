import DocGenSpec

/// Reads the vendors' pipe tables, whose rows are not one line each: a cell runs over several lines, across
/// blank lines, with lists, notes and even code fences in it. The rule, taken from the pages:
/// a row starts with a line beginning `|`; it ends with the first line (outside a code fence) that ends with an
/// unescaped `|`. A line that starts with `|` before that (` |`, `|Inquiring |`) still belongs to the row.
/// After a row, the table goes on only if the next non-blank line starts with `|` and is not the header of a
/// new table.
struct MarkdownTableScanner {
    let source: MarkdownSource
    var lines: [MarkdownLine] { source.lines }

    /// The table whose header starts at `start`, or nil when no delimiter row follows the header.
    func table(at start: Int) -> (table: Table, next: Int, diagnostics: [(code: String, message: String, line: Int)])? {
        var renderer = CellRenderer(source: source)
        var problems: [(code: String, message: String, line: Int)] = []
        let header: (last: Int, delimiter: Int)
        let headerCells: [String]
        if let found = headerEnd(from: start) {
            header = found
            headerCells = cells(of: start...header.last, renderer: &renderer)
        } else if let cells = headerWithoutDelimiter(at: start, renderer: &renderer) {
            header = (start, start)
            headerCells = cells
            problems.append(("table-delimiter-missing",
                             "table header has no delimiter row ('|---|') below it; its column words make it a header", start + 1))
        } else {
            return nil
        }
        var rows: [TableRow] = []
        var i = header.delimiter + 1
        while true {
            var j = i
            while j < lines.count, lines[j].isBlank { j += 1 }
            guard j < lines.count, source.startsRow(j), headerEnd(from: j) == nil,
                  headerWithoutDelimiter(at: j, renderer: &renderer) == nil else { break }
            let end = rowEnd(from: j, width: headerCells.count)
            switch end {
            case .closed: break
            case .unclosed(let last):
                problems.append(("table-row-unclosed", "table row has no closing '|'; read up to line \(last + 1)", j + 1))
            case .cut(let last, let nextRow):
                problems.append(("table-row-cut",
                                 "table row stops before its closing '|' (line \(nextRow + 1) starts the next row); read up to line \(last + 1)",
                                 j + 1))
            }
            let isCut: Bool
            if case .closed = end { isCut = false } else { isCut = true }
            rows.append(TableRow(cells: cells(of: j...end.lastLine, renderer: &renderer), line: j + 1, isCut: isCut))
            i = end.lastLine + 1
            if case .unclosed = end { break }
        }
        let table = Table(header: headerCells, rows: rows, line: start + 1)
        return (table, i, problems)
    }

    /// The header may itself run over a few lines (`|Event name\n\n|Status |`); it must be followed by a
    /// delimiter row (`|---|:--|`).
    /// A header of one cell per line (`|Parameter`, blank, `|Type`, blank, … `|Description |`) runs longer: past the
    /// fifth line the header goes on only while every non-blank line from its first starts with `|`.
    private func headerEnd(from start: Int) -> (last: Int, delimiter: Int)? {
        var j = start
        let limit = min(lines.count - 1, start + 24)
        var onlyCellLines = true
        while j <= limit {
            if !lines[j].isBlank, !source.trimmedHasPrefix(j, "|") { onlyCellLines = false }
            if j > start + 4, !onlyCellLines { return nil }
            if !lines[j].isBlank && (j == start || !source.isDelimiter(j)) && source.endsWithPipe(j) {
                if j + 1 < lines.count, source.isDelimiter(j + 1) { return (j, j + 1) }
                return nil
            }
            if j > start, source.isDelimiter(j) { return nil }
            j += 1
        }
        return nil
    }

    /// A one-line header with no delimiter row below it (`|Parameters|Type|Required|Example values|Description|`
    /// straight above the rows): taken as a header when its cells are short words (at most 24 characters, no `.`), at
    /// least three name a column role, no role twice, at most one cell names none, and the roles make a parameter
    /// table (name with type or required) or an error table (error code). Data rows do not qualify: their cells are
    /// names, types, values and sentences (`MissingParameter.RamRoleName | The input parameter … is mandatory …`).
    private func headerWithoutDelimiter(at start: Int, renderer: inout CellRenderer) -> [String]? {
        guard source.startsRow(start), source.endsWithPipe(start), !source.isDelimiter(start),
              start + 1 < lines.count, !lines[start + 1].isBlank, source.startsRow(start + 1),
              !source.isDelimiter(start + 1) else { return nil }
        let cells = cells(of: start...start, renderer: &renderer)
        guard cells.count >= 3, cells.allSatisfy({ $0.count <= 24 && !$0.containsText(".") && !$0.containsText("\n") }) else { return nil }
        let columns = ColumnMap(header: cells)
        let known = columns.roles.filter { $0 != .unknown }
        guard known.count >= 3, Set(known).count == known.count, cells.count - known.count <= 1,
              columns.looksLikeParameters || columns.looksLikeErrors else { return nil }
        return cells
    }

    /// How a row ends. A row that is not `.closed` is cut short: the scanner reports it and marks it `isCut`.
    enum RowEnd {
        /// Its last line ends with the closing `|`.
        case closed(Int)
        /// It runs into a heading or the end of the page; `Int` is its last line with text.
        case unclosed(Int)
        /// Line `nextRow` is a whole row of its own (see `isWholeRow`), so the row ends at its last line with text
        /// before it, and the table goes on with `nextRow`.
        case cut(last: Int, nextRow: Int)

        var lastLine: Int {
            switch self {
            case .closed(let line), .unclosed(let line): return line
            case .cut(let last, _): return last
            }
        }
    }

    /// A line ending in `|` closes the row when the row has all its cells by then, or when what follows
    /// cannot continue a cell (another row, a heading, the end). Otherwise the last cell goes on: a row like
    /// `|└Amount|Integer|20| ` puts its description on the next lines.
    private func rowEnd(from start: Int, width: Int) -> RowEnd {
        var inFence = false
        var j = start
        var lastText = start
        // Counted line by line (not by re-splitting the row) so a hostile row of many lines stays linear.
        var separators = 0
        while j < lines.count {
            // A row whose last cell is cut off would otherwise swallow the next row into that cell.
            if !inFence, j > start, isWholeRow(j, width: width) {
                return .cut(last: lastText, nextRow: j)
            }
            if source.isFenceMarker(j) {
                inFence.toggle()
                if !inFence, source.trimmedHasSuffix(j, UInt8(ascii: "|")) { separators += 1 }
            } else if !inFence {
                source.forEachCellPipe(j) { _ in separators += 1 }
            }
            if !inFence, source.endsWithPipe(j), !(j == start && source.trimmedIsPipe(j)) {
                if separators - 1 >= width || !continuesCell(after: j) {
                    return .closed(j)
                }
            }
            // A heading after a blank line means the row was never closed: stop before it.
            if !inFence, j > start, lines[j - 1].isBlank, source.trimmedHasPrefix(j, "#") {
                return .unclosed(lastText)
            }
            if !lines[j].isBlank { lastText = j }
            j += 1
        }
        return .unclosed(lastText)
    }

    /// Whether line `index` is a row by itself: it starts and ends with `|` and has at least the header's cells.
    /// A line continuing a cell that happens to start with `|` (` |`, `|Inquiring |`) has fewer.
    private func isWholeRow(_ index: Int, width: Int) -> Bool {
        guard source.startsRow(index), source.endsWithPipe(index) else { return false }
        var pipes = 0
        source.forEachCellPipe(index) { _ in pipes += 1 }
        return pipes > width
    }

    private func continuesCell(after index: Int) -> Bool {
        var k = index + 1
        while k < lines.count, lines[k].isBlank { k += 1 }
        guard k < lines.count else { return false }
        return !source.startsRow(k) && !source.trimmedHasPrefix(k, "#")
    }

    /// Splits a row's lines into plain-text cells. Pipes split cells unless escaped, inside a code span on one
    /// line, or inside a code fence within the cell. Fence markers are dropped; their content is kept verbatim.
    private func cells(of rowLines: ClosedRange<Int>, renderer: inout CellRenderer) -> [String] {
        // The row's pieces in order; cell k is pieces[cellStarts[k]..<cellStarts[k + 1]].
        var pieces: [RowPiece] = []
        var cellStarts = [0]
        var inFence = false
        for index in rowLines {
            if source.isFenceMarker(index) {
                inFence.toggle()
                // `` ``` | `` closes a fence and the cell on one line.
                if !inFence, source.trimmedHasSuffix(index, UInt8(ascii: "|")) {
                    cellStarts.append(pieces.count)
                }
                continue
            }
            if index > rowLines.lowerBound { pieces.append(.lineBreak) }
            let range = lines[index].range
            if inFence {
                pieces.append(.code(range))
                continue
            }
            var from = range.lowerBound
            source.forEachCellPipe(index) { pipe in
                pieces.append(.text(from..<pipe))
                cellStarts.append(pieces.count)
                from = pipe + 1
            }
            pieces.append(.text(from..<range.upperBound))
        }
        cellStarts.append(pieces.count)
        var cells = (0..<(cellStarts.count - 1)).map { cellStarts[$0]..<cellStarts[$0 + 1] }
        // Drop what lies before the opening pipe and after the closing pipe.
        if cells.count > 1 { cells.removeFirst() }
        if cells.count > 1, let last = cells.last, isEmptyPiece(pieces[last]) { cells.removeLast() }
        return cells.map { renderer.render(pieces[$0]) }
    }

    private func isEmptyPiece(_ pieces: ArraySlice<RowPiece>) -> Bool {
        pieces.allSatisfy {
            switch $0 {
            case .lineBreak: return true
            case .text(let range), .code(let range): return MarkdownBytes.isSpaceTabOrNBSP(source.bytes, range)
            }
        }
    }
}

/// A part of one cell: text from a row line (between pipes), a line inside a code fence, or the break between lines.
/// Ranges are byte offsets into the page.
enum RowPiece {
    case text(Range<Int>)
    case code(Range<Int>)
    case lineBreak
}

/// Turns a cell's pieces into its plain text, reusing one byte buffer for the cells of a table.
struct CellRenderer {
    let source: MarkdownSource
    private var pending: [UInt8] = []

    init(source: MarkdownSource) {
        self.source = source
    }

    /// Markup is resolved per run of text (so a fence in the middle is not touched), then lines are trimmed
    /// and blank-line runs squeezed to one.
    mutating func render(_ pieces: ArraySlice<RowPiece>) -> String {
        if pieces.count == 1, case .text(let range) = pieces[pieces.startIndex] {
            return CellTidying.plainCell(UnsafeBufferPointer(rebasing: source.bytes[range]))
        }
        pending.removeAll(keepingCapacity: true)
        var out = ""
        var hasCode = false
        for piece in pieces {
            switch piece {
            case .text(let range): pending.append(contentsOf: source.bytes[range])
            case .lineBreak: pending.append(0x0A)
            case .code(let range):
                hasCode = true
                out += MarkdownInline.plainText(String(decoding: pending, as: UTF8.self))
                pending.removeAll(keepingCapacity: true)
                out += MarkdownInline.unescaped(source.string(range))
            }
        }
        guard hasCode else { return pending.withUnsafeBufferPointer { CellTidying.plainCell($0) } }
        out += MarkdownInline.plainText(String(decoding: pending, as: UTF8.self))
        return tidyCell(out)
    }
}
