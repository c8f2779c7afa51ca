/// Turns a template's source into nodes: tokenize, trim standalone lines, then nest sections.
enum MustacheParser {
    static func parse(_ source: String, name: String) throws -> [MustacheNode] {
        var tokenizer = MustacheTokenizer(templateName: name, source: source)
        var tokens = try tokenizer.tokenize()
        MustacheStandaloneLines.trim(&tokens, bytes: tokenizer.bytes)
        return try nest(tokens, bytes: tokenizer.bytes, templateName: name)
    }

    /// An open section, parent or block collecting its contents until its closing tag.
    private struct OpenTag {
        let token: MustacheTokenizer.Token
        var children: [MustacheNode] = []
    }

    private static func nest(_ tokens: [MustacheTokenizer.Token], bytes: [UInt8], templateName: String) throws -> [MustacheNode] {
        var root: [MustacheNode] = []
        var open: [OpenTag] = []
        func append(_ node: MustacheNode) {
            if open.isEmpty { root.append(node) } else { open[open.count - 1].children.append(node) }
        }
        for token in tokens {
            switch token.kind {
            case .text:
                if token.start < token.end {
                    append(.text(String(decoding: bytes[token.start..<token.end], as: UTF8.self)))
                }
            case .variable(let escaped):
                append(.variable(MustacheName(token.name), escaped: escaped, line: token.line))
            case .partial:
                append(.partial(token.name, indentation: token.indentation, line: token.line))
            case .sectionOpen, .invertedOpen, .parent, .block:
                open.append(OpenTag(token: token))
            case .close:
                guard let closed = open.popLast() else {
                    throw MustacheError(template: templateName, line: token.line,
                                        message: "closing tag '\(token.name)' has no open section")
                }
                guard closed.token.name == token.name else {
                    throw MustacheError(template: templateName, line: token.line,
                                        message: "closing tag '\(token.name)' does not match '\(closed.token.name)' opened at line \(closed.token.line)")
                }
                append(node(closing: closed))
            case .comment, .delimiters:
                break
            }
        }
        if let unclosed = open.last {
            throw MustacheError(template: templateName, line: unclosed.token.line,
                                message: "unclosed section '\(unclosed.token.name)': no '{{/\(unclosed.token.name)}}' before the end of the template")
        }
        return root
    }

    private static func node(closing open: OpenTag) -> MustacheNode {
        let token = open.token
        switch token.kind {
        case .parent:
            var overrides: [String: [MustacheNode]] = [:]
            for case .block(let name, let children, _) in open.children where overrides[name] == nil {
                overrides[name] = children
            }
            return .parent(token.name, indentation: token.indentation, overrides: overrides, line: token.line)
        case .block:
            return .block(token.name, children: open.children, line: token.line)
        default:
            return .section(MustacheName(token.name), inverted: token.kind == .invertedOpen, children: open.children, line: token.line)
        }
    }
}
