import DocGenSpec

/// Turns the lines of a text rendering that are not part of a table into headings, paragraphs and code.
///
/// In a browser rendering every block element sits on its own line, so each non-blank line is its own paragraph
/// (identity lines like `Last Updated:Mar 19, 2024` stay intact). A title-shaped line with blank lines around it
/// is a heading (the page title a level-1 one); a line that opens a JSON/XML value starts a code block that runs until its brackets balance.
enum ProseBlocks {
    /// `titleIndex`: the page title line (see `PageTitle`); it becomes a level-1 heading and no line above it is
    /// a heading.
    static func blocks(_ lines: [SourceLine], in range: Range<Int>, titleIndex: Int? = nil) -> [Block] {
        var blocks: [Block] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let line = lines[i]
            if line.isBlank { i += 1; continue }
            if let end = codeEnd(lines, from: i, limit: range.upperBound) {
                let text = lines[i..<end].map(\.text).joined(separator: "\n").trimmingTrailingWhitespace()
                blocks.append(.code(TextBlock(text: text, line: line.number)))
                i = end
                continue
            }
            if i == titleIndex {
                blocks.append(.heading(Heading(level: 1, text: line.trimmed, line: line.number)))
            } else if isStandaloneTitle(lines, at: i), i > (titleIndex ?? -1) {
                blocks.append(.heading(Heading(level: 2, text: line.trimmed, line: line.number)))
            } else {
                blocks.append(.paragraph(TextBlock(text: line.trimmed, line: line.number)))
            }
            i += 1
        }
        return blocks
    }

    static func isStandaloneTitle(_ lines: [SourceLine], at i: Int) -> Bool {
        let before = i == 0 || lines[i - 1].isBlank
        let after = i + 1 >= lines.count || lines[i + 1].isBlank
        return before && after && TitleShape.isTitle(lines[i].text)
    }

    static func opensCode(_ line: SourceLine) -> Bool {
        let t = line.trimmed
        return t == "{" || t == "[" || (t.hasPrefix("<?xml"))
    }

    /// End (exclusive) of a code block starting at `start`: where `{`/`[` nesting returns to zero, or the next
    /// blank line for XML and unbalanced text.
    static func codeEnd(_ lines: [SourceLine], from start: Int, limit: Int) -> Int? {
        guard opensCode(lines[start]) else { return nil }
        var depth = 0
        var inString = false
        var escaped = false
        var i = start
        while i < limit {
            if lines[i].isBlank, depth <= 0 { return i }
            for c in lines[i].text {
                if escaped { escaped = false; continue }
                if inString {
                    if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                    continue
                }
                switch c {
                case "\"": inString = true
                case "{", "[": depth += 1
                case "}", "]": depth -= 1
                default: break
                }
            }
            i += 1
            if depth <= 0, !lines[start].trimmed.hasPrefix("<") { return i }
        }
        return limit
    }
}
