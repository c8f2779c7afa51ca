import Foundation
import DocGenSpec

/// Reads the vendors' Markdown pages (Alibaba Cloud docs, Tencent Cloud API 3.0 and 2.0) into a `PageDocument`:
/// ATX headings (anchors like `{#x .section}` removed), paragraphs, fenced code blocks (kept verbatim: the request
/// and response examples), and pipe tables whose rows may span many lines (see `MarkdownTableScanner`).
///
/// The page is read as UTF-8 bytes cut into lines (`MarkdownSource`); each line is asked its questions with the
/// answers comparing `Character`s would give (`MarkdownLineShapes`), and Strings are built once per block or cell.
public struct MarkdownReader: PageReader {
    public init() {}
    public var format: PageFormat { .markdown }

    public func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic]) {
        // "\r\n" is one Character in Swift, so line ends are normalised before splitting.
        var text = page.text
        if text.withUTF8({ bytes in bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return MarkdownSource.reading(text) { source in
            var state = BlockCollector(source: source, file: page.file)
            state.run()
            return (PageDocument(file: page.file, format: format, blocks: state.blocks), state.diagnostics)
        }
    }
}

private struct BlockCollector {
    let source: MarkdownSource
    let file: String
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []
    /// The first line of the paragraph being collected (its lines follow one another), or nil.
    var paragraphStart: Int?

    init(source: MarkdownSource, file: String) {
        self.source = source
        self.file = file
    }

    mutating func run() {
        let lines = source.lines
        let tables = MarkdownTableScanner(source: source)
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.trimmed.isEmpty {
                flushParagraph(before: i)
                i += 1
            } else if let fence = fenceMarker(i) {
                flushParagraph(before: i)
                i = codeBlock(from: i, fence: fence)
            } else if source.bytes[line.trimmed.lowerBound] == UInt8(ascii: "#"), let heading = heading(source.trimmed(i), line: i + 1) {
                // No scalar but `#` itself is canonically equivalent to `#`, so a heading starts with that byte.
                flushParagraph(before: i)
                blocks.append(.heading(heading))
                i += 1
            } else if source.trimmedHasPrefix(i, "|"), let found = tables.table(at: i) {
                flushParagraph(before: i)
                blocks.append(.table(found.table))
                for problem in found.diagnostics {
                    let severity: Diagnostic.Severity = problem.code == "table-delimiter-missing" ? .info : .warning
                    diagnostics.append(Diagnostic(severity, code: problem.code, problem.message, file: file, line: problem.line))
                }
                i = found.next
            } else {
                if source.trimmedHasPrefix(i, "|"), source.trimmedIsLong(i) {
                    diagnostics.append(Diagnostic(.warning, code: "table-row-stray",
                                                  "line looks like a table row but belongs to no table (no header and delimiter row above it); read as text",
                                                  file: file, line: i + 1))
                }
                if paragraphStart == nil { paragraphStart = i }
                i += 1
            }
        }
        flushParagraph(before: lines.count)
    }

    /// Ends the paragraph whose last line is the one before `end`.
    mutating func flushParagraph(before end: Int) {
        guard let start = paragraphStart else { return }
        paragraphStart = nil
        let range = source.lines[start].range.lowerBound..<source.lines[end - 1].range.upperBound
        let text = CellTidying.plainCell(UnsafeBufferPointer(rebasing: source.bytes[range]))
        if !text.isEmpty { blocks.append(.paragraph(TextBlock(text: text, line: start + 1))) }
    }

    /// The opening fence (its run of backticks or tildes) when line `index` opens a code block.
    func fenceMarker(_ index: Int) -> String? {
        guard source.isFenceMarker(index) else { return nil }
        let line = source.lines[index]
        if line.isStandalone {
            let mark = source.bytes[line.trimmed.lowerBound]
            var end = line.trimmed.lowerBound
            while end < line.trimmed.upperBound, source.bytes[end] == mark { end += 1 }
            return source.string(line.trimmed.lowerBound..<end)
        }
        let trimmed = source.trimmed(index)
        for mark in ["```", "~~~"] where trimmed.hasPrefix(mark) {
            return String(trimmed.prefix(while: { $0 == mark.first }))
        }
        return nil
    }

    /// A fenced block: everything up to a line that is only a fence at least as long. An unclosed fence runs
    /// to the end of the page and is reported.
    mutating func codeBlock(from start: Int, fence: String) -> Int {
        var j = start + 1
        while j < source.lines.count, !closesFence(j, fence) { j += 1 }
        if j >= source.lines.count {
            diagnostics.append(Diagnostic(.warning, code: "code-fence-unclosed",
                                          "code block opened here is never closed; read to the end of the page",
                                          file: file, line: start + 1))
        }
        let body = j > start + 1 ? source.joined(start + 1, j - 1) : ""
        blocks.append(.code(TextBlock(text: body, line: start + 1)))
        return j + 1
    }

    /// Whether line `index` is only fence marks, at least as many as `fence`.
    func closesFence(_ index: Int, _ fence: String) -> Bool {
        let line = source.lines[index]
        let mark = fence.utf8.first!
        if line.isStandalone, fence.utf8.allSatisfy({ $0 == mark }) {
            return line.trimmed.count >= fence.utf8.count && source.bytes[line.trimmed].allSatisfy { $0 == mark }
        }
        let t = source.trimmed(index)
        return t.hasPrefix(fence) && t.allSatisfy({ $0 == fence.first })
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
