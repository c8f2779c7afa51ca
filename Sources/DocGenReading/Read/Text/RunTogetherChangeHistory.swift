import DocGenSpec

/// Reads a page's change history from a run-together rendering:
///
///     Change timeSummary of changesOperation
///     2023-08-25The Error code has changedsee changesets
///     Change itemChange content
///     Error CodesThe Error code has changed.
///         Error Codes 400 change
///
/// Each dated line is a row (date, summary, operation link). The detail lines under it follow as rows without a
/// date, as the page nests them: `Error Codes | The Error code has changed. | ` (item and content split), and one
/// row per indented line. The nested `Change itemChange content` header is structure, not content, and is dropped.
struct RunTogetherChangeHistory {
    let columns: [String]

    /// Link labels the Operation column shows.
    static let operationLabels = ["see changesets", "view change details", "view details"]

    static func isDated(_ text: String) -> Bool {
        let c = Array(text)
        guard c.count >= 10 else { return false }
        let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9]
        return digitsAt.allSatisfy { c[$0].isASCII && c[$0].isNumber } && c[4] == "-" && c[7] == "-"
    }

    func end(_ lines: [SourceLine], headerIndex: Int) -> Int {
        // Without a dated first row this is not a change history table: leave the lines to the prose.
        guard let first = lines.nextNonBlank(from: headerIndex + 1), Self.isDated(lines[first].text) else {
            return headerIndex + 1
        }
        var i = headerIndex + 1
        while i < lines.count {
            if lines[i].isBlank {
                guard let next = lines.nextNonBlank(from: i), Self.isDated(lines[next].text) else { return i }
            }
            i += 1
        }
        return lines.count
    }

    func table(_ lines: [SourceLine], headerIndex: Int, end: Int) -> Table {
        var rows: [TableRow] = []
        func row(_ cells: [String], _ line: Int) -> TableRow {
            TableRow(cells: cells + Array(repeating: "", count: max(0, columns.count - cells.count)), line: line)
        }
        for line in lines[(headerIndex + 1)..<end] where !line.isBlank {
            if Self.isDated(line.text), !line.isIndented {
                rows.append(row(Self.splitDated(line.trimmed), line.number))
            } else if RunTogetherHeader.columns(line.text) != nil {
                continue
            } else if line.isIndented {
                rows.append(row([line.trimmed], line.number))
            } else {
                rows.append(row(Self.splitItem(line.trimmed), line.number))
            }
        }
        return Table(header: columns, rows: rows, line: lines[headerIndex].number)
    }

    /// `2023-08-25The Error code has changedsee changesets` -> date, summary, operation.
    static func splitDated(_ text: String) -> [String] {
        let date = String(text.prefix(10))
        let rest = String(text.dropFirst(10))
        if let label = operationLabels.first(where: { rest.lowercased().hasSuffix($0) }) {
            return [date, String(rest.dropLast(label.count)), String(rest.suffix(label.count))]
        }
        if let cut = lastLowerToUpper(rest) {
            return [date, String(rest[..<cut]), String(rest[cut...])]
        }
        return [date, rest, ""]
    }

    /// `Error CodesThe Error code has changed.` -> `Error Codes`, `The Error code has changed.`
    static func splitItem(_ text: String) -> [String] {
        guard let cut = firstLowerToUpper(text) else { return [text] }
        return [String(text[..<cut]), String(text[cut...])]
    }

    static func lastLowerToUpper(_ text: String) -> String.Index? {
        var found: String.Index?
        var previous: Character?
        for i in text.indices {
            if let p = previous, p.isLowercase, text[i].isUppercase { found = i }
            previous = text[i]
        }
        return found
    }

    static func firstLowerToUpper(_ text: String) -> String.Index? {
        var previous: Character?
        for i in text.indices {
            if let p = previous, p.isLowercase, text[i].isUppercase { return i }
            previous = text[i]
        }
        return nil
    }
}
