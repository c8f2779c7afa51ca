import DocGenSpec

/// The spec's whitespace rule: a section, inverted, closing, partial, parent, block, comment or delimiter tag
/// that is alone on its line (only spaces or tabs around it) removes the whole line — its indentation and its
/// line end — from the output. The removed indentation is kept on the token: partials and parents indent by it.
///
/// Template inheritance adds pairs of tags that stand alone together on one line: `{{<parent}}{{/parent}}`,
/// `{{<parent}}{{$first-block}}`, `{{/last-block}}{{/parent}}` and `{{$block}}{{/block}}` — the last one keeps
/// its line end, so an empty block leaves an empty line where a standalone block tag would leave none.
enum MustacheStandaloneLines {
    typealias Token = MustacheTokenizer.Token

    static func trim(_ tokens: inout [Token], bytes: [UInt8]) {
        let original = tokens
        let closedKinds = kindsClosed(by: original)
        var index = 0
        while index < original.count {
            guard original[index].kind.canStandAlone else {
                index += 1
                continue
            }
            let pair = index + 1 < original.count
                && standsAloneAsPair(original[index], original[index + 1], closes: closedKinds[index], closedKinds[index + 1])
            let last = pair ? index + 1 : index
            guard let lineStart = indentationStart(before: index, in: original, bytes: bytes),
                  let lineEnd = lineEnd(after: last, in: original, bytes: bytes)
            else {
                index += 1
                continue
            }
            let keepsLineEnd = pair && original[index].kind == .block
            let outerEnd = keepsLineEnd ? original[last].end : lineEnd
            if index > 0 { tokens[index - 1].end = min(tokens[index - 1].end, lineStart) }
            if !keepsLineEnd, last + 1 < tokens.count { tokens[last + 1].start = max(tokens[last + 1].start, lineEnd) }
            tokens[index].outerStart = lineStart
            tokens[last].outerEnd = outerEnd
            tokens[index].indentation = String(decoding: bytes[lineStart..<original[index].start], as: UTF8.self)
            for standalone in index...last { tokens[standalone].isStandalone = true }
            index = last + 1
        }
    }

    /// For each closing tag, the kind of tag it closes (when the nesting is right; the parser reports it otherwise).
    private static func kindsClosed(by tokens: [Token]) -> [MustacheTokenizer.Kind?] {
        var open: [MustacheTokenizer.Kind] = []
        return tokens.map { token in
            switch token.kind {
            case .sectionOpen, .invertedOpen, .parent, .block:
                open.append(token.kind)
                return nil
            case .close:
                return open.popLast()
            default:
                return nil
            }
        }
    }

    private static func standsAloneAsPair(
        _ first: Token, _ second: Token, closes firstCloses: MustacheTokenizer.Kind?, _ secondCloses: MustacheTokenizer.Kind?
    ) -> Bool {
        guard first.end == second.start else { return false }
        switch (first.kind, second.kind) {
        case (.parent, .block): return true
        case (.parent, .close): return secondCloses == .parent && first.name == second.name
        case (.block, .close): return secondCloses == .block && first.name == second.name
        case (.close, .close): return firstCloses == .block && secondCloses == .parent
        default: return false
        }
    }

    /// Where the tag's line starts, when only blanks stand between it and the tag; nil otherwise.
    private static func indentationStart(before index: Int, in tokens: [Token], bytes: [UInt8]) -> Int? {
        guard index > 0 else { return 0 }
        let previous = tokens[index - 1]
        guard previous.kind == .text else { return nil }
        var cursor = previous.end
        while cursor > previous.start, MustacheTokenizer.isBlank(bytes[cursor - 1]) { cursor -= 1 }
        if cursor > previous.start { return bytes[cursor - 1] == UInt8(ascii: "\n") ? cursor : nil }
        return index - 1 == 0 ? cursor : nil
    }

    /// The offset just past the tag's line end (or the template's end), when only blanks follow the tag; nil otherwise.
    private static func lineEnd(after index: Int, in tokens: [Token], bytes: [UInt8]) -> Int? {
        guard index + 1 < tokens.count else { return bytes.count }
        let next = tokens[index + 1]
        guard next.kind == .text else { return nil }
        var cursor = next.start
        while cursor < next.end, MustacheTokenizer.isBlank(bytes[cursor]) { cursor += 1 }
        if cursor == next.end { return index + 2 == tokens.count ? cursor : nil }
        if bytes[cursor] == UInt8(ascii: "\n") { return cursor + 1 }
        if bytes[cursor] == UInt8(ascii: "\r"), cursor + 1 < next.end, bytes[cursor + 1] == UInt8(ascii: "\n") {
            return cursor + 2
        }
        return nil
    }
}
