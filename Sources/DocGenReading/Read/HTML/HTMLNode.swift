import DocGenSpec

/// A parsed HTML page as plain Swift values, copied out of libxml2 so no C memory outlives the parse.
enum HTMLNode: Hashable, Sendable {
    case element(HTMLElement)
    case text(String)
}

struct HTMLElement: Hashable, Sendable {
    /// Lower-case tag name (`td`, `h2`).
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]
    /// 1-based line of the start tag in the page.
    var line: Int

    init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = [], line: Int) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    var childElements: [HTMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }
}

/// Something libxml2 complained about while recovering from malformed markup.
struct HTMLParseProblem: Hashable, Sendable {
    var message: String
    /// libxml2 knows HTML 4 only and calls every newer tag (`<section>`, `<nav>`) invalid: no problem for a reader.
    var isUnknownTag: Bool
    var line: Int
}
