/// The spec's whitespace rule: a section, inverted, closing, partial, parent, block, comment or delimiter tag
/// that is alone on its line (only spaces or tabs around it) removes the whole line — its indentation and its
/// line end — from the output. The removed indentation is kept on the token: partials and parents indent by it.
enum MustacheStandaloneLines {
    typealias Token = MustacheTokenizer.Token

    static func trim(_ tokens: inout [Token], bytes: [UInt8]) {
        let original = tokens
        var index = 0
        while index < original.count {
            let run = standaloneRun(startingAt: index, in: original)
            guard run.count > 0,
                  let lineStart = indentationStart(before: index, in: original, bytes: bytes),
                  let lineEnd = lineEnd(after: index + run.count - 1, in: original, bytes: bytes)
            else {
                index += max(run.count, 1)
                continue
            }
            if index > 0 { tokens[index - 1].end = min(tokens[index - 1].end, lineStart) }
            let last = index + run.count - 1
            if last + 1 < tokens.count { tokens[last + 1].start = max(tokens[last + 1].start, lineEnd) }
            tokens[index].indentation = String(decoding: bytes[lineStart..<original[index].start], as: UTF8.self)
            index += run.count
        }
    }

    /// The tags that may stand alone together starting at `index`: a single standalone-capable tag, or — for
    /// template inheritance — a parent or block tag directly followed by its closing tag (or by further
    /// parent/block tags), as in `{{<parent}}{{/parent}}` or `{{$block}}{{/block}}`.
    private static func standaloneRun(startingAt index: Int, in tokens: [Token]) -> ArraySlice<Token> {
        guard tokens[index].kind.canStandAlone else { return [] }
        var end = index + 1
        if isInheritanceTag(tokens[index]) {
            while end < tokens.count, isInheritanceTag(tokens[end]) || isMatchingClose(tokens[end], in: tokens[index..<end]) {
                end += 1
            }
        }
        return tokens[index..<end]
    }

    private static func isInheritanceTag(_ token: Token) -> Bool {
        token.kind == .parent || token.kind == .block
    }

    private static func isMatchingClose(_ token: Token, in opened: ArraySlice<Token>) -> Bool {
        token.kind == .close && opened.contains { isInheritanceTag($0) && $0.name == token.name }
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
