/// Reads an error table of a run-together rendering: one line per row, `400` + code + message + description.
/// Columns are taken from the header, so a table without an HTTP or a message column is read too.
struct RunTogetherErrorTable {
    let columns: [String]
    let splitter: ErrorRowSplitter
    let file: String

    private var lower: [String] { columns.map { $0.lowercased() } }
    private var hasHTTP: Bool { lower.contains("http status code") }

    /// The index of the first line after the table whose header is at `headerIndex`.
    func end(_ lines: [SourceLine], headerIndex: Int) -> Int {
        var i = headerIndex + 1
        while i < lines.count {
            if lines[i].isBlank {
                guard let next = lines.nextNonBlank(from: i), isRowStart(lines[next].text) else { return i }
            } else if RunTogetherHeader.columns(lines[i].text) != nil {
                return i
            } else if !isRowStart(lines[i].text), i == headerIndex + 1 {
                return i
            }
            i += 1
        }
        return lines.count
    }

    func isRowStart(_ text: String) -> Bool {
        guard hasHTTP else { return text.first?.isLetter == true }
        return Self.httpPrefix(text) != nil
    }

    /// A leading three-digit status directly followed by the code.
    static func httpPrefix(_ text: String) -> String? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count == 3, let after = text.dropFirst(3).first, after.isLetter else { return nil }
        return String(digits)
    }

    func table(_ lines: [SourceLine], headerIndex: Int, end: Int) -> (Table, [Diagnostic]) {
        var rows: [TableRow] = []
        var diagnostics: [Diagnostic] = []
        for line in lines[(headerIndex + 1)..<end] where !line.isBlank {
            let text = line.trimmed
            if !isRowStart(text), !rows.isEmpty {
                // A description paragraph that wrapped onto its own line.
                rows[rows.count - 1].cells[columns.count - 1] += "\n" + text
                continue
            }
            var (cells, assumption, failed) = splitRow(text)
            cells += Array(repeating: "", count: max(0, columns.count - cells.count))
            rows.append(TableRow(cells: cells, line: line.number))
            if failed {
                diagnostics.append(Diagnostic(.warning, code: "row-unsplit",
                                              "could not split error row \"\(text)\": \(assumption ?? "")",
                                              file: file, line: line.number))
            } else if let assumption {
                diagnostics.append(Diagnostic(.info, code: "ambiguous-split",
                                              "error row \"\(text)\": \(assumption)", file: file, line: line.number))
            }
        }
        return (Table(header: columns, rows: rows, line: lines[headerIndex].number), diagnostics)
    }

    /// Cells in header order.
    private func splitRow(_ text: String) -> ([String], String?, Bool) {
        var rest = Substring(text)
        var cells: [String] = []
        for column in lower {
            switch column {
            case "http status code":
                let http = Self.httpPrefix(String(rest)) ?? ""
                cells.append(http)
                rest = rest.dropFirst(http.count)
            case "error code":
                let hasMessage = lower.contains("error message"), hasDescription = lower.contains("description")
                if hasMessage && hasDescription {
                    let split = splitter.split(String(rest))
                    return (cells + [split.code, split.message, split.description], split.assumption, split.failed)
                }
                let (code, message, assumption) = splitter.splitCodeAndText(Array(rest))
                return (cells + [code, message], assumption, message.isEmpty)
            default:
                // A column before the code that is not the status: keep the row whole there.
                cells.append(String(rest))
                return (cells, "unexpected column \"\(column)\" before the error code", true)
            }
        }
        return (cells, nil, false)
    }
}
