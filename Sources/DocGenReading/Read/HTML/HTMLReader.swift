import Foundation
import DocGenSpec

/// Reads an HTML page (a rendered Markdown page, a saved vendor page) into a `PageDocument` through libxml2's
/// forgiving HTML parser: headings, paragraphs, lists as text lines, `<pre>` code and `<table>`s of plain-text
/// cells, each with the line of its element. Malformed markup is recovered from and reported, never fatal.
/// See docs/html.md for how tables (spans, nested tables) are flattened.
public struct HTMLReader: PageReader {
    public init() {}
    public var format: PageFormat { .html }

    /// libxml2 problems reported per page; the rest are counted in one summary line.
    static let reportedProblemLimit = 20

    public func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic]) {
        let context = HTMLReadContext(file: page.file)
        let blocks = readBlocks(page.text, context: context)
        return (PageDocument(file: page.file, format: format, blocks: blocks), context.diagnostics)
    }

    private func readBlocks(_ text: String, context: HTMLReadContext) -> [Block] {
        if text.allSatisfy(\.isWhitespace) {
            context.report(.warning, "html-empty-page", "page is empty", line: 1)
            return []
        }
        if !HTMLSourceCleanup.looksLikeMarkup(text) {
            context.report(.warning, "html-no-markup", "page has no HTML tags; its text is read as plain paragraphs", line: 1)
            return Self.plainParagraphs(text)
        }
        let parsed = HTMLTree.parse(HTMLSourceCleanup.cdataAsText(text))
        report(parsed.problems.filter { !$0.isUnknownTag }, context: context)
        guard let root = parsed.root else {
            context.report(.error, "html-unreadable", "libxml2 could not build a document from this page", line: 1)
            return []
        }
        if parsed.truncatedAtDepth {
            let line = parsed.problems.first { $0.message.contains("Excessive depth") }?.line ?? 1
            context.report(.error, "html-too-deep",
                           "elements nested \(HTMLTree.maximumDepth) or more deep: libxml2 stops reading there, so the rest of the page would be lost; skipped",
                           line: line)
            return []
        }
        var collector = HTMLBlockCollector(context: context)
        collector.collect(root)
        if collector.blocks.isEmpty {
            context.report(.warning, "html-no-content", "page has no headings, text or tables", line: 1)
        }
        return collector.blocks
    }

    /// Text that is not HTML at all, as paragraphs separated by blank lines (libxml2 would drop a lone `<`).
    static func plainParagraphs(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var lines: [String] = []
        var firstLine = 1
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty {
                if !lines.isEmpty { blocks.append(.paragraph(TextBlock(text: lines.joined(separator: "\n"), line: firstLine))) }
                lines = []
            } else {
                if lines.isEmpty { firstLine = index + 1 }
                lines.append(trimmed)
            }
        }
        if !lines.isEmpty { blocks.append(.paragraph(TextBlock(text: lines.joined(separator: "\n"), line: firstLine))) }
        return blocks
    }

    private func report(_ problems: [HTMLParseProblem], context: HTMLReadContext) {
        for problem in problems.prefix(Self.reportedProblemLimit) {
            context.report(.warning, "html-malformed", "malformed HTML (recovered): \(problem.message)", line: problem.line)
        }
        if problems.count > Self.reportedProblemLimit, let next = problems.dropFirst(Self.reportedProblemLimit).first {
            context.report(.warning, "html-malformed",
                           "\(problems.count - Self.reportedProblemLimit) more malformed-HTML problems from here on",
                           line: next.line)
        }
    }
}
