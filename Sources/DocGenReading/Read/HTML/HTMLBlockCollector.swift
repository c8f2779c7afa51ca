import Foundation
import DocGenSpec

/// Walks the parsed page in document order and emits `PageDocument` blocks: `<h1>`…`<h6>` headings (anchor
/// suffixes like `{#id .section}` removed), `<p>` paragraphs, `<pre>` code, tables, and lists as paragraphs
/// of text lines. Text that sits loose between blocks becomes a paragraph of its own.
struct HTMLBlockCollector {
    private let context: HTMLReadContext
    private(set) var blocks: [Block] = []
    private var looseRun: [HTMLNode] = []
    private var looseRunLine: Int?

    init(context: HTMLReadContext) {
        self.context = context
    }

    mutating func collect(_ element: HTMLElement) {
        for node in element.children {
            switch node {
            case .text(let text):
                if looseRun.isEmpty, text.allSatisfy(\.isWhitespace) { continue }
                if looseRunLine == nil { looseRunLine = element.line }
                looseRun.append(node)
            case .element(let child):
                place(child)
            }
        }
        flushLooseRun()
    }

    private mutating func place(_ element: HTMLElement) {
        let name = element.name
        if HTMLElementKinds.ignored.contains(name) { return }
        if let level = HTMLElementKinds.headingLevel(name) {
            flushLooseRun()
            let text = HTMLPlainText.of(Self.removingPermalinks(element), .collapse, context: context)
                .split(separator: "\n").joined(separator: " ")
            blocks.append(.heading(Heading(level: level, text: Self.removingAnchor(text), line: element.line)))
        } else if name == "p" {
            flushLooseRun()
            appendParagraph(HTMLPlainText.of(element, .keep, context: context), line: element.line)
        } else if name == "pre" {
            flushLooseRun()
            blocks.append(.code(TextBlock(text: Self.codeText(element), line: element.line)))
        } else if name == "ul" || name == "ol" {
            flushLooseRun()
            appendList(element)
        } else if name == "table" {
            flushLooseRun()
            appendTable(element)
        } else if name == "hr" {
            flushLooseRun()
        } else if name == "br" {
            if !looseRun.isEmpty { looseRun.append(.element(element)) }  // a line break within loose text
        } else if HTMLElementKinds.containers.contains(name) || element.containsBlock {
            flushLooseRun()
            collect(element)
        } else {
            if looseRunLine == nil { looseRunLine = element.line }
            looseRun.append(.element(element))
        }
    }

    private mutating func flushLooseRun() {
        defer {
            looseRun = []
            looseRunLine = nil
        }
        guard let line = looseRunLine else { return }
        appendParagraph(HTMLPlainText.of(looseRun, .keep, context: context), line: line)
    }

    private mutating func appendParagraph(_ text: String, line: Int) {
        if !text.isEmpty { blocks.append(.paragraph(TextBlock(text: text, line: line))) }
    }

    /// A list becomes paragraphs of text lines (see `HTMLListFlattener`); code and tables inside it stay blocks.
    private mutating func appendList(_ list: HTMLElement) {
        var flattener = HTMLListFlattener(context: context)
        flattener.flatten(list)
        var lines: [String] = []
        var firstLine = list.line
        func flush(into collector: inout HTMLBlockCollector) {
            collector.appendParagraph(lines.joined(separator: "\n"), line: firstLine)
            lines = []
        }
        for piece in flattener.pieces {
            switch piece {
            case .line(let text, let line):
                if lines.isEmpty { firstLine = line }
                lines.append(text)
            case .paragraphEnd:
                flush(into: &self)
            case .block(let element):
                flush(into: &self)
                place(element)
            }
        }
        flush(into: &self)
    }

    private mutating func appendTable(_ element: HTMLElement) {
        if let caption = element.childElements.first(where: { $0.name == "caption" }) {
            appendParagraph(HTMLPlainText.of(caption, .keep, context: context), line: caption.line)
        }
        if let table = HTMLTableReader.read(element, context: context) {
            blocks.append(.table(table))
        }
    }

    /// The text of a `<pre>` exactly as written, without the line break that ends the last line.
    private static func codeText(_ element: HTMLElement) -> String {
        var text = ""
        func gather(_ nodes: [HTMLNode]) {
            for node in nodes {
                switch node {
                case .text(let t): text += t
                case .element(let e):
                    if e.name == "br" { text += "\n" } else if !HTMLElementKinds.ignored.contains(e.name) { gather(e.children) }
                }
            }
        }
        gather(element.children)
        if case .text(let first)? = element.children.first, first.hasPrefix("\n") {
            text.removeFirst()  // HTML drops a line break right after <pre>, libxml2 does not
        }
        if text.hasSuffix("\n") { text.removeLast() }
        return text.replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// Without the permalink marks rendered sites put into headings: `<a href="#id">¶</a>` (a link to a place on
    /// the same page whose text has no letter or digit).
    static func removingPermalinks(_ element: HTMLElement) -> HTMLElement {
        var element = element
        element.children = element.children.compactMap { node in
            guard case .element(let child) = node else { return node }
            if child.name == "a", child.attributes["href"]?.hasPrefix("#") == true,
               !HTMLPlainText.of(child, .collapse, context: HTMLReadContext(file: "")).contains(where: { $0.isLetter || $0.isNumber }) {
                return nil
            }
            return .element(removingPermalinks(child))
        }
        return element
    }

    /// `Title {#anchor .class}` -> `Title`: the attribute blocks some Markdown sources add, which renderers
    /// that do not know them leave in the heading text.
    static func removingAnchor(_ text: String) -> String {
        var text = text
        if let anchor = HeadingAnchor.range(in: text) {
            text.removeSubrange(anchor)
        }
        return text.trimmingSpaces
    }
}
