import DocGenSpec

/// How the HTML reader treats each element name.
enum HTMLElementKinds {
    /// Never page text: their content is code, styling or metadata.
    static let ignored: Set<String> = [
        "script", "style", "template", "head", "title", "meta", "link", "noscript", "svg", "math", "iframe",
        "object", "embed", "img", "input", "select", "textarea", "button",
    ]

    /// Elements that hold blocks and whose own tags say nothing: the reader walks through them.
    static let containers: Set<String> = [
        "html", "body", "div", "section", "article", "main", "header", "footer", "nav", "aside", "blockquote",
        "figure", "figcaption", "details", "summary", "form", "fieldset", "legend", "center", "address", "dl",
        "dt", "dd",
    ]

    /// Elements that end a line of text where they open and close (inside a cell or a paragraph).
    static let lineBreaking: Set<String> = containers.union([
        "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "tr", "caption", "table",
    ])

    /// Elements that start a block of their own at page level.
    static let blockLevel: Set<String> = lineBreaking

    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let digit = name.last?.wholeNumberValue, (1...6).contains(digit)
        else { return nil }
        return digit
    }
}

extension HTMLElement {
    /// Whether a block-level element sits anywhere inside: such an element is walked as a container even when
    /// its own tag is inline (`<span><table>…</table></span>`), so the table is not flattened into a paragraph.
    var containsBlock: Bool {
        childElements.contains { child in
            !HTMLElementKinds.ignored.contains(child.name)
                && (HTMLElementKinds.blockLevel.contains(child.name) || child.containsBlock)
        }
    }
}
