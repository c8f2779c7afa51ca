import Foundation
import DocGenSpec

/// Turns a page-level `<ul>`/`<ol>` into text lines, one per item, marked `-` (or `1.`, `2.` in an ordered
/// list), nested lists included, as a Markdown source writes them. Code and tables inside an item are not
/// text: they come out as elements of their own, in place, for the block collector to read as blocks.
struct HTMLListFlattener {
    enum Piece {
        case line(String, line: Int)
        /// Ends a paragraph: after each item of a loose list (items holding `<p>`), as Markdown separates them.
        case paragraphEnd
        case block(HTMLElement)
    }

    private let context: HTMLReadContext
    private(set) var pieces: [Piece] = []

    init(context: HTMLReadContext) {
        self.context = context
    }

    static func isStandaloneBlock(_ element: HTMLElement) -> Bool {
        element.name == "pre" || element.name == "table"
    }

    mutating func flatten(_ list: HTMLElement) {
        let items = list.childElements.filter { $0.name == "li" }
        let loose = items.contains { item in item.childElements.contains { $0.name == "p" } }
        var number = Int(list.attributes["start"]?.trimmingSpaces ?? "") ?? 1
        for item in items {
            var marker: String? = list.name == "ol" ? "\(number)." : "-"
            number += 1
            var segment: [HTMLNode] = []
            var segmentLine = item.line
            for node in item.children {
                guard case .element(let child) = node else {
                    segment.append(node)
                    continue
                }
                if child.name == "ul" || child.name == "ol" {
                    emit(&segment, marker: &marker, line: segmentLine)
                    flatten(child)
                } else if Self.isStandaloneBlock(child) {
                    emit(&segment, marker: &marker, line: segmentLine)
                    pieces.append(.block(child))
                } else {
                    if segment.isEmpty { segmentLine = child.line }
                    segment.append(node)
                }
            }
            emit(&segment, marker: &marker, line: segmentLine)
            if loose { pieces.append(.paragraphEnd) }
        }
    }

    /// The item text gathered so far as one or more lines; the item's marker goes on its first line only.
    private mutating func emit(_ segment: inout [HTMLNode], marker: inout String?, line: Int) {
        defer { segment = [] }
        let text = HTMLPlainText.of(segment, .keep, context: context)
        guard !text.isEmpty else { return }
        pieces.append(.line(marker.map { $0 + " " + text } ?? text, line: line))
        marker = nil
    }
}
