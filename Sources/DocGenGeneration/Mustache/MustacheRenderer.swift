import DocGenSpec

/// One render: walks nodes against a context stack, loading partials through the provider (parsed once per render).
final class MustacheRenderer {
    /// Content a child template gave a block, remembered with the template it came from (for error lines).
    private struct BlockOverride {
        let block: MustacheBlock
        let template: String
    }

    private struct BlockTextKey: Hashable {
        let text: String
        let delimiters: MustacheDelimiters
        let template: String
        let firstLine: Int
    }

    private struct PartialKey: Hashable {
        let name: String
        let indentation: String
    }

    private let partials: any MustachePartialProvider
    private let options: MustacheRenderOptions
    private var stack: [MustacheValue]
    private var parsedPartials: [PartialKey: [MustacheNode]?] = [:]
    private var parsedBlockTexts: [BlockTextKey: [MustacheNode]] = [:]
    private var overrides: [String: BlockOverride] = [:]
    private var partialDepth = 0
    private(set) var output = ""

    init(partials: any MustachePartialProvider, options: MustacheRenderOptions, context: MustacheValue) {
        self.partials = partials
        self.options = options
        stack = [context]
    }

    /// Nodes rendered so far, against `MustacheRenderOptions.maximumWork`.
    private var work = 0
    /// Nested `render` calls (sections, partials, blocks) against `MustacheRenderOptions.maximumRenderDepth`.
    private var depth = 0

    func render(_ nodes: [MustacheNode], template: String) throws {
        guard depth < options.maximumRenderDepth else {
            throw MustacheError(template: template, line: Self.firstLine(of: nodes),
                                message: "sections and partials nested more than \(options.maximumRenderDepth) deep while rendering")
        }
        depth += 1
        defer { depth -= 1 }
        work += nodes.count
        if work > options.maximumWork {
            throw MustacheError(template: template, line: Self.firstLine(of: nodes),
                                message: "rendering took more than \(options.maximumWork) steps (sections nested over lists multiply the work); simplify the template")
        }
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped, let line):
                try interpolate(name, escaped: escaped, template: template, line: line)
            case .section(let name, let inverted, let children, _):
                try renderSection(name, inverted: inverted, children: children, template: template)
            case .partial(let name, let indentation, let line):
                // The spec: a partial is exactly a parent without substitutions, so blocks given further out still apply.
                try include(name, indentation: indentation, template: template, line: line)
            case .block(let block):
                try renderBlock(block, template: template)
            case .parent(let name, let indentation, let given, let line):
                let saved = overrides
                defer { overrides = saved }
                // The outermost template's content wins: a child's override beats its parent's own override.
                for (blockName, block) in given where overrides[blockName] == nil {
                    overrides[blockName] = BlockOverride(block: block, template: template)
                }
                try include(name, indentation: indentation, template: template, line: line)
            }
        }
    }

    /// A block renders the content a child gave it, else its own; a standalone block re-indents that content.
    private func renderBlock(_ block: MustacheBlock, template: String) throws {
        let override = overrides[block.name]
        guard override != nil || block.isStandalone else {
            try render(block.children, template: template)
            return
        }
        let content = override?.block ?? block
        let contentTemplate = override?.template ?? template
        let text = block.isStandalone ? MustacheIndentation.indent(content.text, by: block.indentation) : content.text
        let key = BlockTextKey(text: text, delimiters: content.delimiters, template: contentTemplate, firstLine: content.firstLine)
        let nodes: [MustacheNode]
        if let parsed = parsedBlockTexts[key] {
            nodes = parsed
        } else {
            nodes = try MustacheParser.parse(text, name: contentTemplate, delimiters: content.delimiters, firstLine: content.firstLine)
            parsedBlockTexts[key] = nodes
        }
        try render(nodes, template: contentTemplate)
    }

    private func interpolate(_ name: MustacheName, escaped: Bool, template: String, line: Int) throws {
        let value = lookup(name) ?? .null
        guard let text = value.interpolatedText else {
            let kind = if case .list = value { "a list" } else { "an object" }
            throw MustacheError(template: template, line: line,
                                message: "'\(name.text)' is \(kind), which has no text form; use a section {{#\(name.text)}}")
        }
        output += escaped ? Self.escapeHTML(text) : text
    }

    private func renderSection(_ name: MustacheName, inverted: Bool, children: [MustacheNode], template: String) throws {
        let value = lookup(name) ?? .null
        if inverted {
            if !value.isTruthy { try render(children, template: template) }
            return
        }
        guard value.isTruthy else { return }
        let items = if case .list(let items) = value { items } else { [value] }
        for item in items {
            stack.append(item)
            defer { stack.removeLast() }
            try render(children, template: template)
        }
    }

    /// Finds the first name part up the context stack, then the remaining parts strictly inside it.
    private func lookup(_ name: MustacheName) -> MustacheValue? {
        guard let first = name.path.first else { return stack.last }
        // Each context searched counts as work: deep stacks make every lookup dearer.
        var found: MustacheValue?
        for context in stack.reversed() {
            work += 1
            if let member = context.member(first) {
                found = member
                break
            }
        }
        guard var value = found else { return nil }
        for key in name.path.dropFirst() {
            guard let member = value.member(key) else { return nil }
            value = member
        }
        return value
    }

    private func include(_ name: String, indentation: String, template: String, line: Int) throws {
        guard let nodes = try loadPartial(name, indentation: indentation, template: template, line: line) else { return }
        guard partialDepth < options.maximumPartialDepth else {
            throw MustacheError(template: template, line: line,
                                message: "partial '\(name)' nested more than \(options.maximumPartialDepth) deep (does it include itself unconditionally?)")
        }
        partialDepth += 1
        defer { partialDepth -= 1 }
        try render(nodes, template: name)
    }

    private func loadPartial(_ name: String, indentation: String, template: String, line: Int) throws -> [MustacheNode]? {
        let key = PartialKey(name: name, indentation: indentation)
        if let cached = parsedPartials[key] { return cached }
        let source: String?
        do {
            source = try partials.partialSource(named: name)
        } catch is MissingPartial {
            throw MustacheError(template: template, line: line, message: "missing partial '\(name)'")
        } catch let error as MustacheError {
            throw error
        } catch {
            throw MustacheError(template: template, line: line, message: "cannot load partial '\(name)': \(error)")
        }
        guard let source else {
            if options.strictPartials {
                throw MustacheError(template: template, line: line, message: "missing partial '\(name)'")
            }
            parsedPartials[key] = .some(nil)
            return nil
        }
        let nodes = try MustacheParser.parse(MustacheIndentation.indent(source, by: indentation), name: name)
        parsedPartials[key] = nodes
        return nodes
    }

    static func firstLine(of nodes: [MustacheNode]) -> Int {
        for node in nodes {
            switch node {
            case .variable(_, _, let line), .section(_, _, _, let line), .partial(_, _, let line), .parent(_, _, _, let line):
                return line
            case .block(let block):
                return block.line
            case .text:
                continue
            }
        }
        return 0
    }

    /// `&`, `<`, `>` and `"` become entities; everything else is kept. (All four are ASCII, so bytes suffice.)
    static func escapeHTML(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: escaped.append(contentsOf: "&amp;".utf8)
            case 0x3C: escaped.append(contentsOf: "&lt;".utf8)
            case 0x3E: escaped.append(contentsOf: "&gt;".utf8)
            case 0x22: escaped.append(contentsOf: "&quot;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}
