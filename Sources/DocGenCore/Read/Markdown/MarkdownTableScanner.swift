import Foundation

/// Reads the vendors' pipe tables, whose rows are not one line each: a cell runs over several lines, across
/// blank lines, with lists, notes and even code fences in it. The rule, taken from the pages:
/// a row starts with a line beginning `|`; it ends with the first line (outside a code fence) that ends with an
/// unescaped `|`. A line that starts with `|` before that (` |`, `|Inquiring |`) still belongs to the row.
/// After a row, the table goes on only if the next non-blank line starts with `|` and is not the header of a
/// new table.
struct MarkdownTableScanner {
    let lines: [String]

    /// The table whose header starts at `start`, or nil when no delimiter row follows the header.
    func table(at start: Int) -> (table: Table, next: Int, diagnostics: [(String, Int)])? {
        guard let header = headerEnd(from: start) else { return nil }
        let headerCells = cells(of: Array(lines[start...header.last]))
        var rows: [TableRow] = []
        var problems: [(String, Int)] = []
        var i = header.delimiter + 1
        while true {
            var j = i
            while j < lines.count, isBlank(lines[j]) { j += 1 }
            guard j < lines.count, startsRow(lines[j]), headerEnd(from: j) == nil else { break }
            let (end, closed) = rowEnd(from: j, width: headerCells.count)
            if !closed {
                problems.append(("table row has no closing '|'; read up to line \(end + 1)", j + 1))
            }
            rows.append(TableRow(cells: cells(of: Array(lines[j...end])), line: j + 1))
            i = end + 1
            if !closed { break }
        }
        let table = Table(header: headerCells, rows: rows, line: start + 1)
        return (table, i, problems)
    }

    /// The header may itself run over a few lines (`|Event name\n\n|Status |`); it must be followed by a
    /// delimiter row (`|---|:--|`).
    private func headerEnd(from start: Int) -> (last: Int, delimiter: Int)? {
        var j = start
        let limit = min(lines.count - 1, start + 4)
        while j <= limit {
            if !isBlank(lines[j]) && (j == start || !isDelimiter(lines[j])) && endsWithPipe(lines[j]) {
                if j + 1 < lines.count, isDelimiter(lines[j + 1]) { return (j, j + 1) }
                return nil
            }
            if j > start, isDelimiter(lines[j]) { return nil }
            j += 1
        }
        return nil
    }

    /// A line ending in `|` closes the row when the row has all its cells by then, or when what follows
    /// cannot continue a cell (another row, a heading, the end). Otherwise the last cell goes on: a row like
    /// `|└Amount|Integer|20| ` puts its description on the next lines.
    private func rowEnd(from start: Int, width: Int) -> (end: Int, closed: Bool) {
        var inFence = false
        var j = start
        var lastText = start
        // Counted line by line (not by re-splitting the row) so a hostile row of many lines stays linear.
        var separators = 0
        while j < lines.count {
            let line = lines[j]
            let trimmed = line.trimmingWhitespace()
            let isFenceMarker = trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~")
            if isFenceMarker {
                inFence.toggle()
                if !inFence, trimmed.hasSuffix("|") { separators += 1 }
            } else if !inFence {
                separators += separatorCount(line)
            }
            if !inFence, endsWithPipe(line), !(j == start && trimmed == "|") {
                if separators - 1 >= width || !continuesCell(after: j) {
                    return (j, true)
                }
            }
            // A heading after a blank line means the row was never closed: stop before it.
            if !inFence, j > start, isBlank(lines[j - 1]), trimmed.hasPrefix("#") {
                return (lastText, false)
            }
            if !isBlank(line) { lastText = j }
            j += 1
        }
        return (lastText, false)
    }

    /// Unescaped pipes outside code spans: the cell separators of one line, as `cells(of:)` splits them.
    private func separatorCount(_ line: String) -> Int {
        if !Self.hasEscapeOrCode(line) {
            if line.isSimpleText { return line.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) } }
            return line.reduce(0) { $0 + ($1 == "|" ? 1 : 0) }
        }
        let chars = Array(line)
        var count = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\" { i += 2; continue }
            if c == "`", let close = closingBacktick(chars, from: i) { i = close + 1; continue }
            if c == "|" { count += 1 }
            i += 1
        }
        return count
    }

    private func continuesCell(after index: Int) -> Bool {
        var k = index + 1
        while k < lines.count, isBlank(lines[k]) { k += 1 }
        guard k < lines.count else { return false }
        let t = lines[k].trimmingWhitespace()
        return !startsRow(lines[k]) && !t.hasPrefix("#")
    }

    func isDelimiter(_ line: String) -> Bool {
        // All of these are ASCII and cannot combine with what follows them, so scalars decide as Characters would.
        var pipe = false
        var dash = false
        for scalar in line.trimmingWhitespace().unicodeScalars {
            switch scalar {
            case "|": pipe = true
            case "-": dash = true
            case ":", " ": continue
            default: return false
            }
        }
        return pipe && dash
    }

    private func startsRow(_ line: String) -> Bool {
        line.drop(while: { $0 == " " }).first == "|"
    }

    private func isBlank(_ line: String) -> Bool {
        // None of the three joins a neighbour into one Character, so a scalar test is the Character test.
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
    }

    private func endsWithPipe(_ line: String) -> Bool {
        let t = line.trimmingTrailingSpace()
        guard t.last == "|" else { return false }
        // `\|` is an escaped pipe: count the backslashes before it.
        let backslashes = t.dropLast().reversed().prefix(while: { $0 == "\\" }).count
        return backslashes % 2 == 0
    }

    /// Splits a row's lines into plain-text cells. Pipes split cells unless escaped, inside a code span on one
    /// line, or inside a code fence within the cell. Fence markers are dropped; their content is kept verbatim.
    func cells(of rowLines: [String]) -> [String] {
        var raw: [[RowPiece]] = [[]]
        var inFence = false
        for (n, line) in rowLines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            let isFenceMarker = trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~")
            if isFenceMarker {
                inFence.toggle()
                // `` ``` | `` closes a fence and the cell on one line.
                if !inFence, trimmed.hasSuffix("|") {
                    raw.append([])
                }
                continue
            }
            if n > 0 { raw[raw.count - 1].append(.lineBreak) }
            if inFence {
                raw[raw.count - 1].append(.code(line))
                continue
            }
            if !Self.hasEscapeOrCode(line) {
                // Without escapes or code spans every `|` Character splits: the same cut as the loop below.
                let parts: [Substring] = line.isSimpleText
                    ? line.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
                        .map { line[$0.startIndex..<$0.endIndex] }
                    : line.split(separator: "|", omittingEmptySubsequences: false)
                raw[raw.count - 1].append(.text(String(parts[0])))
                for part in parts.dropFirst() { raw.append([.text(String(part))]) }
                continue
            }
            var text = ""
            let chars = Array(line)
            var i = 0
            while i < chars.count {
                let c = chars[i]
                if c == "\\", i + 1 < chars.count {
                    text.append(c)
                    text.append(chars[i + 1])
                    i += 2
                    continue
                }
                if c == "`", let close = closingBacktick(chars, from: i) {
                    text += String(chars[i...close])
                    i = close + 1
                    continue
                }
                if c == "|" {
                    raw[raw.count - 1].append(.text(text))
                    text = ""
                    raw.append([])
                } else {
                    text.append(c)
                }
                i += 1
            }
            raw[raw.count - 1].append(.text(text))
        }
        // Drop what lies before the opening pipe and after the closing pipe.
        if raw.count > 1 { raw.removeFirst() }
        if raw.count > 1, raw.last.map(isEmptyPiece) == true { raw.removeLast() }
        return raw.map(render)
    }

    /// Whether a line has a backslash or backtick, the two things that stop a `|` from splitting cells.
    private static func hasEscapeOrCode(_ line: String) -> Bool {
        line.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "`") }
    }

    private func closingBacktick(_ chars: [Character], from start: Int) -> Int? {
        var run = 0
        while start + run < chars.count, chars[start + run] == "`" { run += 1 }
        var j = start + run
        let limit = min(chars.count, start + MarkdownInline.spanSearchLimit)
        while j < limit {
            if chars[j] == "`" {
                var closing = 0
                while j + closing < chars.count, chars[j + closing] == "`" { closing += 1 }
                if closing == run { return j + closing - 1 }
                j += closing
            } else {
                j += 1
            }
        }
        return nil
    }

    private func isEmptyPiece(_ pieces: [RowPiece]) -> Bool {
        pieces.allSatisfy {
            switch $0 {
            case .lineBreak: return true
            case .text(let t), .code(let t): return t.allSatisfy { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" }
            }
        }
    }

    /// Markup is resolved per run of text (so a fence in the middle is not touched), then lines are trimmed
    /// and blank-line runs squeezed to one.
    private func render(_ pieces: [RowPiece]) -> String {
        var out = ""
        var pendingText = ""
        func flush() {
            out += MarkdownInline.plainText(pendingText)
            pendingText = ""
        }
        for piece in pieces {
            switch piece {
            case .text(let t): pendingText += t
            case .lineBreak: pendingText += "\n"
            case .code(let t):
                flush()
                out += MarkdownInline.unescaped(t)
            }
        }
        flush()
        return tidyCell(out)
    }
}

private enum RowPiece {
    case text(String)
    case code(String)
    case lineBreak
}

/// Trims each line (NBSP read as a space), drops leading/trailing blank lines and squeezes blank-line runs to one.
func tidyCell(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var blankPending = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let t = line.unicodeScalars.contains("\u{00A0}")
            ? String(String.UnicodeScalarView(line.unicodeScalars.map { $0 == "\u{00A0}" ? " " : $0 })).trimmingWhitespace()
            : line.trimmingWhitespace()
        if t.isEmpty {
            blankPending = !out.isEmpty
            continue
        }
        if !out.isEmpty { out += blankPending ? "\n\n" : "\n" }
        out += t
        blankPending = false
    }
    return out
}

extension String {
    func trimmingTrailingSpace() -> Substring {
        var s = self[...]
        while let last = s.last, last == " " || last == "\t" || last == "\u{00A0}" || last == "\r" { s = s.dropLast() }
        return s
    }
}
