import DocGenSpec

/// RFC 4180 CSV: CRLF line ends, every field that holds a comma, quote, CR or LF is quoted with quotes doubled.
/// One row per code; messages and descriptions get one column per language (`message_en`, `message_zh`);
/// several values in one field are separated by a line feed.
public enum ErrorTableCSV {
    public static func render(_ table: ErrorTable) -> String {
        let languages = table.languages
        var header = ["code", "http_status"]
        header += languages.map { "message_\($0)" }
        header += languages.map { "description_\($0)" }
        header += ["operations", "since", "until", "conflicts"]
        var records = [header]
        for row in table.codes {
            let cells = ErrorTableCells(row, in: table)
            var record = [row.code, cells.http]
            record += languages.map { (row.messages[$0] ?? []).joined(separator: "\n") }
            record += languages.map { (row.descriptions[$0] ?? []).joined(separator: "\n") }
            record += [cells.operationLabels.joined(separator: "\n"), cells.since, cells.until,
                       cells.conflictLines.joined(separator: "\n")]
            records.append(record)
        }
        return records.map { $0.map { field(neutralised($0)) }.joined(separator: ",") + "\r\n" }.joined()
    }

    /// Formula injection (OWASP "CSV Injection"): a cell a spreadsheet would read as a formula (starting with `=`,
    /// `+`, `-`, `@`, tab or CR) gets a leading `'`, so Excel, LibreOffice and Sheets show it as text. Only the CSV
    /// changes; the JSON tables keep the page's text exactly.
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        return "'" + value
    }

    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
