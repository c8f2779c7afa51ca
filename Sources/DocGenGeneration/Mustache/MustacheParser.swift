import DocGenSpec

/// Turns a template's source into nodes: tokenize, trim standalone lines, then nest sections.
enum MustacheParser {
    /// Sections, parents and blocks open at once in one template. Templates nest a handful deep; tens of thousands
    /// would overflow the stack while rendering (and freeing) the tree.
    static let maximumNesting = 256

    static func parse(
        _ source: String, name: String, delimiters: MustacheDelimiters = .standard, firstLine: Int = 1
    ) throws -> [MustacheNode] {
        var tokenizer = MustacheTokenizer(templateName: name, source: source, delimiters: delimiters, firstLine: firstLine)
        var tokens = try tokenizer.tokenize()
        MustacheStandaloneLines.trim(&tokens, bytes: tokenizer.bytes)
        return try nest(tokens, bytes: tokenizer.bytes, templateName: name, firstLine: firstLine)
    }

    /// An open section, parent or block collecting its contents until its closing tag.
    private struct OpenTag {
        let token: MustacheTokenizer.Token
        var children: [MustacheNode] = []
    }

    private static func nest(
        _ tokens: [MustacheTokenizer.Token], bytes: [UInt8], templateName: String, firstLine: Int
    ) throws -> [MustacheNode] {
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
                guard open.count < maximumNesting else {
                    throw MustacheError(template: templateName, line: token.line,
                                        message: "'\(token.name)' opens a section nested more than \(maximumNesting) deep (the limit keeps rendering within the stack)")
                }
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
                append(node(closing: closed, with: token, bytes: bytes, firstLine: firstLine))
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

    private static func node(
        closing open: OpenTag, with close: MustacheTokenizer.Token, bytes: [UInt8], firstLine: Int
    ) -> MustacheNode {
        let token = open.token
        switch token.kind {
        case .parent:
            var overrides: [String: MustacheBlock] = [:]
            for case .block(let block) in open.children where overrides[block.name] == nil {
                overrides[block.name] = block
            }
            return .parent(token.name, indentation: token.indentation, overrides: overrides, line: token.line)
        case .block:
            return .block(block(open, close: close, bytes: bytes, firstLine: firstLine))
        default:
            return .section(MustacheName(token.name), inverted: token.kind == .invertedOpen, children: open.children, line: token.line)
        }
    }

    private static func block(_ open: OpenTag, close: MustacheTokenizer.Token, bytes: [UInt8], firstLine: Int) -> MustacheBlock {
        let token = open.token
        let contentStart = token.outerEnd
        let contentEnd = max(contentStart, close.outerStart)
        let source = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
        let contentLine = firstLine + bytes[..<contentStart].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        var text = source
        var indentation = ""
        if token.isStandalone {
            let dedented = MustacheIndentation.dedent(source)
            text = dedented.text
            indentation = dedented.removed.isEmpty ? token.indentation : dedented.removed
        }
        return MustacheBlock(
            name: token.name, line: token.line, children: open.children, text: text, delimiters: token.delimiters,
            firstLine: contentLine, isStandalone: token.isStandalone, indentation: indentation
        )
    }
}
