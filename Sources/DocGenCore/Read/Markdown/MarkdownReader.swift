import Foundation

/// Reads the vendors' Markdown pages (Alibaba Cloud docs, Tencent Cloud API 3.0 and 2.0) into a `PageDocument`:
/// ATX headings (anchors like `{#x .section}` removed), paragraphs, fenced code blocks (kept verbatim: the request
/// and response examples), and pipe tables whose rows may span many lines (see `MarkdownTableScanner`).
public struct MarkdownReader: PageReader {
    public init() {}
    public var format: PageFormat { .markdown }

    public func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic]) {
        // "\r\n" is one Character in Swift, so line ends are normalised before splitting.
        var text = page.text
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var state = BlockCollector(lines: lines, file: page.file)
        state.run()
        return (PageDocument(file: page.file, format: format, blocks: state.blocks), state.diagnostics)
    }
}

private struct BlockCollector {
    let lines: [String]
    let file: String
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []
    var paragraph: [String] = []
    var paragraphLine = 0

    init(lines: [String], file: String) {
        self.lines = lines
        self.file = file
    }

    mutating func run() {
        let tables = MarkdownTableScanner(lines: lines)
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.allSatisfy({ $0 == "\u{00A0}" }) {
                flushParagraph()
                i += 1
            } else if let fence = fenceMarker(trimmed) {
                flushParagraph()
                i = codeBlock(from: i, fence: fence)
            } else if let heading = heading(trimmed, line: i + 1) {
                flushParagraph()
                blocks.append(.heading(heading))
                i += 1
            } else if trimmed.hasPrefix("|"), let found = tables.table(at: i) {
                flushParagraph()
                blocks.append(.table(found.table))
                for (message, line) in found.diagnostics {
                    diagnostics.append(Diagnostic(.warning, code: "table-row-unclosed", message, file: file, line: line))
                }
                i = found.next
            } else {
                if trimmed.hasPrefix("|"), trimmed.count > 1 {
                    diagnostics.append(Diagnostic(.warning, code: "table-row-stray",
                                                  "line looks like a table row but belongs to no table (no header and delimiter row above it); read as text",
                                                  file: file, line: i + 1))
                }
                if paragraph.isEmpty { paragraphLine = i + 1 }
                paragraph.append(line)
                i += 1
            }
        }
        flushParagraph()
    }

    mutating func flushParagraph() {
        guard !paragraph.isEmpty else { return }
        let text = tidyCell(MarkdownInline.plainText(paragraph.joined(separator: "\n")))
        if !text.isEmpty { blocks.append(.paragraph(TextBlock(text: text, line: paragraphLine))) }
        paragraph = []
    }

    func fenceMarker(_ trimmed: String) -> String? {
        for mark in ["```", "~~~"] where trimmed.hasPrefix(mark) {
            return String(trimmed.prefix(while: { $0 == mark.first }))
        }
        return nil
    }

    /// A fenced block: everything up to a line that is only a fence at least as long. An unclosed fence runs
    /// to the end of the page and is reported.
    mutating func codeBlock(from start: Int, fence: String) -> Int {
        var body: [String] = []
        var j = start + 1
        while j < lines.count {
            let t = lines[j].trimmingWhitespace()
            if t.hasPrefix(fence), t.allSatisfy({ $0 == fence.first }) { break }
            body.append(lines[j])
            j += 1
        }
        if j >= lines.count {
            diagnostics.append(Diagnostic(.warning, code: "code-fence-unclosed",
                                          "code block opened here is never closed; read to the end of the page",
                                          file: file, line: start + 1))
        }
        blocks.append(.code(TextBlock(text: body.joined(separator: "\n"), line: start + 1)))
        return j + 1
    }

    func heading(_ trimmed: String, line: Int) -> Heading? {
        let level = trimmed.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingWhitespace()
        if let anchor = HeadingAnchor.range(in: text) {
            text.removeSubrange(anchor)
        }
        while text.hasSuffix("#") { text.removeLast() }
        return Heading(level: level, text: tidyCell(MarkdownInline.plainText(text)), line: line)
    }
}
