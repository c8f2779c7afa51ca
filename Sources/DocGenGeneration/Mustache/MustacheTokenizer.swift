import DocGenSpec

/// Splits a template into text and tags, following `{{=<% %>=}}` delimiter changes.
/// Standalone-line trimming happens afterwards (`MustacheStandaloneLines`), because it needs the tokens around a tag.
struct MustacheTokenizer {
    enum Kind: Equatable {
        case text
        case variable(escaped: Bool)
        case sectionOpen
        case invertedOpen
        case close
        case partial
        case parent
        case block
        case comment
        case delimiters

        /// Tags that vanish from a line they stand alone on, taking the line's indentation and end with them.
        var canStandAlone: Bool {
            switch self {
            case .text, .variable: return false
            default: return true
            }
        }
    }

    struct Token {
        var kind: Kind
        /// For text: the byte range still to emit (standalone trimming narrows it). For tags: the tag itself.
        var start: Int
        var end: Int
        var name: String = ""
        var line: Int
        /// For tags: the span the tag removes from the output — the tag, or its whole line when it stands alone.
        var outerStart: Int
        var outerEnd: Int
        /// Whether the tag stands alone on its line (alone or paired, see `MustacheStandaloneLines`).
        var isStandalone = false
        /// Whitespace that stood before a standalone tag (used to indent partials, parents and blocks).
        var indentation: String = ""
        /// For blocks: the delimiters in effect inside, so the block's text can be parsed again when re-indented.
        var delimiters = MustacheDelimiters.standard

        init(kind: Kind, start: Int, end: Int, name: String = "", line: Int) {
            self.kind = kind
            self.start = start
            self.end = end
            self.name = name
            self.line = line
            outerStart = start
            outerEnd = end
        }
    }

    let templateName: String
    let bytes: [UInt8]
    private var open: [UInt8]
    private var close: [UInt8]
    private var lineCursor = 0
    private var lineAtCursor = 1

    init(templateName: String, source: String, delimiters: MustacheDelimiters = .standard, firstLine: Int = 1) {
        self.templateName = templateName
        bytes = Array(source.utf8)
        open = Array(delimiters.open.utf8)
        close = Array(delimiters.close.utf8)
        lineAtCursor = firstLine
    }

    mutating func tokenize() throws -> [Token] {
        var tokens: [Token] = []
        var position = 0
        while let tagStart = find(open, from: position) {
            if tagStart > position {
                tokens.append(Token(kind: .text, start: position, end: tagStart, line: line(at: position)))
            }
            let (token, tagEnd) = try readTag(at: tagStart)
            tokens.append(token)
            position = tagEnd
        }
        if position < bytes.count {
            tokens.append(Token(kind: .text, start: position, end: bytes.count, line: line(at: position)))
        }
        return tokens
    }

    /// Reads the tag starting at `tagStart` (where the open delimiter is); returns it and the offset after it.
    private mutating func readTag(at tagStart: Int) throws -> (Token, Int) {
        let tagLine = line(at: tagStart)
        let contentStart = tagStart + open.count
        if contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "{") {
            guard let end = find([UInt8(ascii: "}")] + close, from: contentStart + 1) else {
                throw unclosedTag(line: tagLine)
            }
            let name = try tagName(contentStart + 1, end, line: tagLine)
            let tagEnd = end + 1 + close.count
            return (Token(kind: .variable(escaped: false), start: tagStart, end: tagEnd, name: name, line: tagLine), tagEnd)
        }
        guard let end = find(close, from: contentStart) else { throw unclosedTag(line: tagLine) }
        let tagEnd = end + close.count
        var sigilAt = contentStart
        while sigilAt < end, Self.isBlank(bytes[sigilAt]) { sigilAt += 1 }
        let sigil = sigilAt < end ? bytes[sigilAt] : 0
        let kind: Kind
        switch sigil {
        case UInt8(ascii: "#"): kind = .sectionOpen
        case UInt8(ascii: "^"): kind = .invertedOpen
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        case UInt8(ascii: "!"):
            return (Token(kind: .comment, start: tagStart, end: tagEnd, line: tagLine), tagEnd)
        case UInt8(ascii: "="):
            try changeDelimiters(sigilAt + 1, end, line: tagLine)
            return (Token(kind: .delimiters, start: tagStart, end: tagEnd, line: tagLine), tagEnd)
        default:
            let name = try tagName(contentStart, end, line: tagLine)
            return (Token(kind: .variable(escaped: true), start: tagStart, end: tagEnd, name: name, line: tagLine), tagEnd)
        }
        var token = Token(kind: kind, start: tagStart, end: tagEnd, name: try tagName(sigilAt + 1, end, line: tagLine), line: tagLine)
        if kind == .block {
            token.delimiters = MustacheDelimiters(open: String(decoding: open, as: UTF8.self), close: String(decoding: close, as: UTF8.self))
        }
        return (token, tagEnd)
    }

    /// `{{=<% %>=}}`: the content between the `=` signs is two delimiters separated by whitespace.
    private mutating func changeDelimiters(_ start: Int, _ end: Int, line: Int) throws {
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let trimmed = text.trimmingBlanks()
        guard trimmed.hasSuffix("=") else {
            throw MustacheError(template: templateName, line: line,
                                message: "bad delimiter tag: expected '=' before the closing delimiter")
        }
        let parts = trimmed.dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard parts.count == 2, parts.allSatisfy({ !$0.contains("=") }) else {
            throw MustacheError(template: templateName, line: line,
                                message: "bad delimiter tag '\(trimmed)': expected two delimiters without '=' separated by space")
        }
        open = Array(parts[0].utf8)
        close = Array(parts[1].utf8)
    }

    private func tagName(_ start: Int, _ end: Int, line: Int) throws -> String {
        let name = String(decoding: bytes[start..<end], as: UTF8.self).trimmingBlanks()
        guard !name.isEmpty else {
            throw MustacheError(template: templateName, line: line, message: "empty tag name")
        }
        guard !name.contains(where: { $0.isWhitespace }) else {
            throw MustacheError(template: templateName, line: line, message: "bad tag name '\(name)': contains whitespace")
        }
        return name
    }

    private func unclosedTag(line: Int) -> MustacheError {
        let closing = String(decoding: close, as: UTF8.self)
        return MustacheError(template: templateName, line: line, message: "unclosed tag: no '\(closing)' after '\(String(decoding: open, as: UTF8.self))'")
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start <= bytes.count - needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// The 1-based line of `offset`; offsets are asked for in increasing order, so counting is incremental.
    private mutating func line(at offset: Int) -> Int {
        while lineCursor < offset {
            if bytes[lineCursor] == UInt8(ascii: "\n") { lineAtCursor += 1 }
            lineCursor += 1
        }
        return lineAtCursor
    }
}

/// The pair of tag markers, `{{` and `}}` unless a `{{=<% %>=}}` tag changed them.
struct MustacheDelimiters: Sendable, Hashable {
    var open: String
    var close: String
    static let standard = MustacheDelimiters(open: "{{", close: "}}")
}

extension MustacheTokenizer {
    /// Space or tab: what may surround a standalone tag on its line.
    static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}

extension String {
    fileprivate func trimmingBlanks() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
