import DocGenSpec

/// Reads an error table of a run-together rendering: one line per row, `400` + code + message + description.
/// Columns are taken from the header, so a table without an HTTP or a message column is read too.
struct RunTogetherErrorTable {
    let columns: [String]
    let splitter: ErrorRowSplitter
    let file: String
    /// Lowercase words of the page's prose, for `ErrorTableSplitter`.
    var pageWords: Set<String> = []

    private var lower: [String] { columns.map { $0.lowercased() } }
    private var hasHTTP: Bool { lower.contains("http status code") }

    /// The index of the first line after the table whose header is at `headerIndex`. The table is empty when the
    /// line after the header is not a row; a blank line ends it unless a row follows; lines that are not rows after
    /// a row are that row's wrapped description.
    func end(_ lines: [SourceLine], headerIndex: Int) -> Int {
        var i = headerIndex + 1
        if i < lines.count, !lines[i].isBlank, !isRowStart(lines[i].text) { return i }
        while i < lines.count {
            if lines[i].isBlank {
                guard let next = lines.nextNonBlank(from: i), isRowStart(lines[next].text),
                      !TitleShape.isTitle(lines[next].text) else { return i }
            } else if RunTogetherHeader.columns(lines[i].text) != nil {
                return i
            }
            i += 1
        }
        return lines.count
    }

    func isRowStart(_ text: String) -> Bool {
        guard hasHTTP else {
            // The code glued to the message: `Lamp.BrokenThe ...`, `InternalErrorThe ...`.
            let token = text.prefix(while: { !$0.isWhitespace })
            return text.first?.isLetter == true
                && (token.contains(".") || TitleShape.hasLowerToUpperTransition(String(token)))
        }
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
        let body = lines[(headerIndex + 1)..<end].filter { !$0.isBlank }
        let rowTexts = body.map(\.trimmed).filter(isRowStart)
        let splits = splitsOfCodeMessageDescription(rowTexts)
        var rowIndex = 0
        for line in body {
            let text = line.trimmed
            if !isRowStart(text), !rows.isEmpty {
                // A description paragraph that wrapped onto its own line.
                rows[rows.count - 1].cells[columns.count - 1] += "\n" + text
                continue
            }
            var (cells, assumption, failed) = splitRow(text, split: rowIndex < splits.count ? splits[rowIndex] : nil)
            rowIndex += 1
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

    private var hasCodeMessageDescription: Bool {
        lower.contains("error code") && lower.contains("error message") && lower.contains("description")
    }

    /// The code + message + description parts of every row, split together so rows can teach each other.
    private func splitsOfCodeMessageDescription(_ texts: [String]) -> [ErrorRowSplitter.Split] {
        guard hasCodeMessageDescription else { return [] }
        let rests = texts.map { text in
            hasHTTP ? String(text.dropFirst(Self.httpPrefix(text)?.count ?? 0)) : text
        }
        return ErrorTableSplitter.split(rests, base: splitter, pageWords: pageWords)
    }

    /// Cells in header order.
    private func splitRow(_ text: String, split precomputed: ErrorRowSplitter.Split?) -> ([String], String?, Bool) {
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
                    let split = precomputed ?? splitter.split(String(rest))
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
