import DocGenSpec

/// Reads a "Change history" table: a row starting with a date opens an entry (date, summary); the other
/// cells of that row and the rows without a date that follow are its details.
enum ChangeHistoryReader {
    private static let leadingDate = TextPattern(#"^\s*([0-9]{4}-[0-9]{2}-[0-9]{2})"#, caseSensitive: true)

    static func read(_ table: Table) -> [PageChange] {
        let columns = ColumnMap(header: table.header)
        var changes: [PageChange] = []
        for row in table.rows {
            let dateCell = columns.cell(.date, in: row.cells) ?? row.cells.first ?? ""
            if let date = PageIdentity.firstMatch(leadingDate, in: dateCell) {
                let summaryIndex = columns[.summary] ?? (row.cells.count > 1 ? 1 : nil)
                let dateIndex = columns[.date] ?? 0
                let summary = summaryIndex.flatMap { $0 < row.cells.count ? CellText.collapsed(row.cells[$0]) : nil } ?? ""
                let details = row.cells.enumerated()
                    .filter { $0.offset != dateIndex && $0.offset != summaryIndex }
                    .map { CellText.collapsed($0.element) }.filter { !$0.isEmpty }
                changes.append(PageChange(date: date, summary: summary, details: details, line: row.line))
            } else if !changes.isEmpty {
                let detail = row.cells.map(CellText.collapsed).filter { !$0.isEmpty }.joined(separator: ": ")
                if !detail.isEmpty { changes[changes.count - 1].details.append(detail) }
            }
        }
        return changes
    }
}
