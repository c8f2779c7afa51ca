import DocGenSpec

/// Reads error tables: HTTP status, code, message, description, by header meaning. Tencent tables have
/// no status and no message column (both stay nil); a `-` description is nil. Duplicates are kept.
enum ErrorTableReader {
    static func read(_ table: Table, into errors: inout [ErrorCode], log: inout BuildLog) {
        let columns = ColumnMap(header: table.header)
        guard columns[.errorCode] != nil else {
            for row in table.rows {
                log.rowCut(row)
                log.rowReported(.warning, "table-unrecognised",
                                "error-section table without an error-code column (header: \(table.header.joined(separator: " | "))); row not read",
                                line: row.line)
            }
            return
        }
        for row in table.rows {
            let (cells, note) = CellText.fitted(row.cells, width: table.header.count)
            log.rowCut(row)
            if let note { log.note(.info, "row-cell-count", note, line: row.line) }
            let code = CellText.collapsed(columns.cell(.errorCode, in: cells) ?? "")
            guard !code.isEmpty else {
                log.rowReported(.warning, "row-without-code", "error row has no error code; row not read", line: row.line)
                continue
            }
            var http: Int?
            if let statusCell = columns.cell(.httpStatus, in: cells) {
                let status = CellText.collapsed(statusCell)
                http = Int(status)
                if http == nil, CellText.meaningful(status) != nil {
                    log.note(.warning, "http-status-unparsed", "error '\(code)' has HTTP status '\(status)', not a number; stored as null", line: row.line)
                }
            }
            let message = columns[.errorMessage] == nil ? nil : CellText.collapsed(columns.cell(.errorMessage, in: cells) ?? "")
            let description = CellText.meaningful(columns.cell(.description, in: cells))
            errors.append(ErrorCode(http: http, code: code, message: message, description: description, line: row.line))
            log.rowUsed()
        }
    }
}
