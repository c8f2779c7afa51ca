import Foundation
import DocGenSpec

/// Collects plain text out of HTML content, the way `PageDocument` wants it: tags dropped, links reduced to their
/// text, `<br>` and block boundaries (`<p>`, `<li>`, `<div>`…) turned into `\n`, a source line break with the
/// spaces around it turned into one space (spaces within a line are kept as written, as the Markdown reader keeps
/// them), NBSP and tabs turned into plain spaces, each line trimmed, blank lines at the ends dropped and
/// runs of blank lines kept as one, Markdown link syntax the renderer left behind reduced to the link text.
struct HTMLPlainText {
    enum SourceLineBreaks {
        /// HTML's own rule: a line break in the source is just a space (headings, table cells).
        case collapse
        /// Kept as `\n`: paragraphs, whose source lines are the Markdown source's lines on rendered pages.
        case keep
    }

    private let sourceLineBreaks: SourceLineBreaks
    private let context: HTMLReadContext
    private var lines: [String] = [""]
    private var preformattedDepth = 0

    init(sourceLineBreaks: SourceLineBreaks, context: HTMLReadContext) {
        self.sourceLineBreaks = sourceLineBreaks
        self.context = context
    }

    static func of(_ nodes: [HTMLNode], _ mode: SourceLineBreaks, context: HTMLReadContext) -> String {
        var builder = HTMLPlainText(sourceLineBreaks: mode, context: context)
        builder.append(nodes)
        return builder.text
    }

    static func of(_ element: HTMLElement, _ mode: SourceLineBreaks, context: HTMLReadContext) -> String {
        of(element.children, mode, context: context)
    }

    var text: String {
        var kept: [String] = []
        for line in lines {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty, kept.last?.isEmpty ?? true { continue }
            kept.append(trimmed)
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return Self.removingMarkdownLinks(kept.joined(separator: "\n"))
    }

    /// `[text](target)` left as literal text by the Markdown renderer that made the page (it gives up on targets
    /// with spaces, `[Regions](../API Reference/x.md#)`) is still a link to the reader: it keeps the text.
    static func removingMarkdownLinks(_ text: String) -> String {
        guard text.containsUTF8("](") else { return text }
        return text.replacingOccurrences(
            of: #"\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)"#, with: "$1", options: .regularExpression
        )
    }

    mutating func append(_ nodes: [HTMLNode]) {
        for node in nodes {
            switch node {
            case .text(let text): appendText(text)
            case .element(let element): append(element)
            }
        }
    }

    private mutating func append(_ element: HTMLElement) {
        let name = element.name
        if HTMLElementKinds.ignored.contains(name) { return }
        if name == "br" {
            lines.append("")
            return
        }
        if name == "table" {
            appendNestedTable(element)
            return
        }
        let breaksLine = HTMLElementKinds.lineBreaking.contains(name)
        if breaksLine { endLine() }
        if name == "pre" { preformattedDepth += 1 }
        append(element.children)
        if name == "pre" { preformattedDepth -= 1 }
        if breaksLine { endLine() }
    }

    /// A table inside a cell or paragraph becomes lines of text: one per row, cells separated by ` | `, so the
    /// values it lists stay with the cell that holds it.
    private mutating func appendNestedTable(_ element: HTMLElement) {
        endLine()
        context.report(.info, "html-nested-table", "a table inside a cell or paragraph is flattened into that text, one line per row", line: element.line)
        if let table = HTMLTableReader.read(element, context: context) {
            for cells in [table.header] + table.rows.map(\.cells) {
                lines[lines.count - 1] = cells.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ")
                lines.append("")
            }
        }
        endLine()
    }

    /// Starts a new line unless the current one is still empty.
    private mutating func endLine() {
        if !(lines.last ?? "").isBlank { lines.append("") }
    }

    private mutating func appendText(_ raw: String) {
        if preformattedDepth > 0 {
            let parts = raw.replacingOccurrences(of: "\u{00A0}", with: " ").split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { lines.append("") }
                lines[lines.count - 1] += part
            }
            return
        }
        var current = lines.removeLast()
        var pendingSpace = ""
        var pendingHasLineBreak = false
        var atStart = true
        var atEnd = false
        func placePendingSpace() {
            if pendingHasLineBreak, sourceLineBreaks == .keep {
                lines.append(current)
                current = ""
            } else if pendingHasLineBreak {
                if !current.isEmpty, current.last != " " { current.append(" ") }
            } else if atStart, current.last == " " {
                // the space already ends the text before this node (`a <!-- x --> b`): one is enough
            } else {
                current += atEnd ? " " : pendingSpace
            }
            pendingSpace = ""
            pendingHasLineBreak = false
        }
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\n", "\r":
                pendingHasLineBreak = true
            case " ", "\t", "\u{0C}", "\u{00A0}":
                pendingSpace.append(" ")
            default:
                if !pendingSpace.isEmpty || pendingHasLineBreak { placePendingSpace() }
                atStart = false
                current.unicodeScalars.append(scalar)
            }
        }
        atEnd = true
        if !pendingSpace.isEmpty || pendingHasLineBreak { placePendingSpace() }
        lines.append(current)
    }
}
