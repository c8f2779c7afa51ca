import Foundation
import DocGenSpec

/// Turns one `<table>` element into a `Table` of plain-text cells.
///
/// Header: the first `<thead>` row, or else the first row when all its cells are `<th>`, or else (a table with
/// no header markup) the first row, as a Markdown pipe table would have it. Spans are laid out on a grid:
/// a `colspan` cell is followed by empty cells for the other columns it covers; a `rowspan` cell is repeated in
/// each following row it covers. Rows shorter than the header are padded with empty cells.
/// Nothing is dropped: stray text between rows and rows wider than the header are reported.
enum HTMLTableReader {
    /// nil when the table has no rows at all (reported).
    static func read(_ table: HTMLElement, context: HTMLReadContext) -> Table? {
        let sourceRows = collectRows(of: table, context: context)
        guard !sourceRows.isEmpty else {
            context.report(.info, "html-empty-table", "table has no rows; nothing to read", line: table.line)
            return nil
        }
        let grid = layOut(sourceRows, context: context)

        let headerIndex: Int
        if let firstHeadRow = sourceRows.firstIndex(where: \.inHead) {
            headerIndex = firstHeadRow
            for extra in sourceRows.indices where sourceRows[extra].inHead && extra != headerIndex {
                context.report(.info, "html-extra-header-row",
                               "table has more than one header row; this one is read as a data row",
                               line: sourceRows[extra].element.line)
            }
        } else {
            headerIndex = 0
            if !sourceRows[0].allHeaderCells {
                context.report(.info, "html-table-without-header",
                               "table has no <thead> or <th> row; its first row is read as the header",
                               line: sourceRows[0].element.line)
            }
        }

        let header = grid[headerIndex]
        var rows: [TableRow] = []
        for index in grid.indices where index != headerIndex {
            var cells = grid[index]
            while cells.count > header.count, cells.last?.isEmpty == true { cells.removeLast() }
            if cells.count > header.count {
                context.report(.warning, "html-row-wider-than-header",
                               "row has \(cells.count) cells but the header has \(header.count); the extra cells are kept",
                               line: sourceRows[index].element.line)
            }
            while cells.count < header.count { cells.append("") }
            rows.append(TableRow(cells: cells, line: sourceRows[index].element.line))
        }
        return Table(header: header, rows: rows, line: sourceRows[headerIndex].element.line)
    }

    private struct SourceRow {
        var element: HTMLElement
        var inHead: Bool
        var cells: [HTMLElement]
        var allHeaderCells: Bool { !cells.isEmpty && cells.allSatisfy { $0.name == "th" } }
    }

    /// The table's own rows in page order (not those of tables nested in its cells).
    private static func collectRows(of table: HTMLElement, context: HTMLReadContext) -> [SourceRow] {
        var rows: [SourceRow] = []
        func visit(_ nodes: [HTMLNode], inHead: Bool) {
            for node in nodes {
                switch node {
                case .text(let text):
                    reportStray(text, line: table.line, context: context)
                case .element(let element):
                    switch element.name {
                    case "thead": visit(element.children, inHead: true)
                    case "tbody", "tfoot": visit(element.children, inHead: false)
                    case "tr": rows.append(SourceRow(element: element, inHead: inHead, cells: cells(of: element, context: context)))
                    case "caption", "colgroup", "col": break  // the caption is read by the block collector
                    default:
                        if !HTMLElementKinds.ignored.contains(element.name) {
                            reportStray(HTMLPlainText.of(element, .collapse, context: context), line: element.line, context: context)
                        }
                    }
                }
            }
        }
        visit(table.children, inHead: false)
        return rows
    }

    private static func cells(of row: HTMLElement, context: HTMLReadContext) -> [HTMLElement] {
        var cells: [HTMLElement] = []
        for node in row.children {
            switch node {
            case .element(let element) where element.name == "td" || element.name == "th":
                cells.append(element)
            case .element(let element):
                if !HTMLElementKinds.ignored.contains(element.name) {
                    reportStray(HTMLPlainText.of(element, .collapse, context: context), line: element.line, context: context)
                }
            case .text(let text):
                reportStray(text, line: row.line, context: context)
            }
        }
        return cells
    }

    private static func reportStray(_ text: String, line: Int, context: HTMLReadContext) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        context.report(.warning, "html-text-outside-cells",
                       "text inside a table but outside any cell is not part of a row: \(trimmed.quotedExcerpt())",
                       line: line)
    }

    /// Places every cell on a grid of rows and columns, resolving `colspan` and `rowspan`.
    private static func layOut(_ rows: [SourceRow], context: HTMLReadContext) -> [[String]] {
        // Cells still covering later rows, by column: their text and how many more rows they cover.
        var carried: [Int: (text: String, rowsLeft: Int)] = [:]
        var grid: [[String]] = []
        for (rowIndex, row) in rows.enumerated() {
            var out: [String] = []
            func placeCarriedCells() {
                while let carry = carried[out.count] {
                    out.append(carry.text)
                    carried[out.count - 1] = carry.rowsLeft > 1 ? (carry.text, carry.rowsLeft - 1) : nil
                }
            }
            for cell in row.cells {
                placeCarriedCells()
                let text = HTMLPlainText.of(cell, .collapse, context: context)
                let columns = max(1, span(cell, "colspan", default: 1, limit: 1000))
                let rowsLeftInTable = rows.count - rowIndex
                var rowSpan = span(cell, "rowspan", default: 1, limit: 65534)
                if rowSpan == 0 { rowSpan = rowsLeftInTable }  // HTML: 0 covers the rest of the table
                for column in 0..<columns {
                    let cellText = column == 0 ? text : ""
                    if rowSpan > 1 { carried[out.count] = (cellText, min(rowSpan, rowsLeftInTable) - 1) }
                    out.append(cellText)
                }
            }
            // Spanned cells to the right of the row's last own cell.
            while let lastColumn = carried.keys.max(), lastColumn >= out.count {
                if carried[out.count] != nil { placeCarriedCells() } else { out.append("") }
            }
            grid.append(out)
        }
        return grid
    }

    private static func span(_ cell: HTMLElement, _ attribute: String, default fallback: Int, limit: Int) -> Int {
        guard let raw = cell.attributes[attribute] else { return fallback }
        let digits = raw.trimmingSpaces.prefix(while: \.isASCIIDigitCharacter)
        guard let value = Int(digits) else { return fallback }
        return min(value, limit)
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
