/// Turns one piece of Markdown inline text into plain text: escapes resolved (`\|` -> `|`), emphasis markers,
/// code-span backticks and link targets dropped (`[text](url)` -> `text`, also `[t](~~123~~)`), the HTML the
/// vendors put into cells (`<br>`, `<a href>`) reduced to its text, and the few entities they use decoded.
enum MarkdownInline {
    static func plainText(_ text: String) -> String {
        // Text without any character the scanner acts on comes out unchanged; most cells are such text.
        guard text.utf8.contains(where: markupBytes.contains) else { return text }
        var scanner = InlineScanner(Array(text))
        return scanner.run()
    }

    /// Resolves backslash escapes only (for code blocks inside cells, where markup is literal).
    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if c == "\\", let next = chars.first, next.isASCIIPunctuation {
                out.append(next)
                chars.removeFirst()
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// The ASCII characters `InlineScanner.run` treats specially (`!` only before `[`).
    private static let markupBytes: Set<UInt8> = Set("\\`*_[<&".utf8)

    /// HTML elements whose tags are dropped (their text is kept). Anything else in angle brackets
    /// (`<公共请求参数>`, `<RequestId>`) is page text and stays.
    static let droppedTags: Set<String> = [
        "a", "b", "strong", "i", "em", "u", "code", "span", "font", "sup", "sub", "p", "div", "ul", "ol", "li",
        "pre", "table", "thead", "tbody", "tr", "td", "th", "strike", "del", "s",
    ]
    /// How far a code span or link looks for its closing mark. Real spans and links are far shorter; the cap keeps
    /// hostile input (a megabyte of `[` or backticks) linear.
    static let spanSearchLimit = 4096

    static let entities: [String: String] = [
        "nbsp": " ", "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "#39": "'", "#124": "|",
    ]
}

private struct InlineScanner {
    let chars: [Character]
    var index = 0
    var out = ""
    /// Matching `]` for each `[` and `)` for each `(`, found in one pass so that unbalanced brackets cost nothing.
    let partner: [Int: Int]
    /// Links inside link text are read recursively, but only this deep (hostile nesting must not exhaust the stack).
    let depth: Int

    init(_ chars: [Character], depth: Int = 0) {
        self.chars = chars
        self.depth = depth
        var partner: [Int: Int] = [:]
        var squares: [Int] = []
        var rounds: [Int] = []
        var i = 0
        while i < chars.count {
            switch chars[i] {
            case "\\": i += 1
            case "[": squares.append(i)
            case "]": if let open = squares.popLast() { partner[open] = i }
            case "(": rounds.append(i)
            case ")": if let open = rounds.popLast() { partner[open] = i }
            default: break
            }
            i += 1
        }
        self.partner = partner
    }

    mutating func run() -> String {
        while index < chars.count {
            let c = chars[index]
            switch c {
            case "\\": escape()
            case "`": codeSpan()
            case "*", "_": emphasis(c)
            case "!" where peek(1) == "[": index += 1; link()
            case "[": link()
            case "<": tag()
            case "&": entity()
            default: out.append(c); index += 1
            }
        }
        return out
    }

    func peek(_ offset: Int) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    mutating func escape() {
        if let next = peek(1), next.isASCIIPunctuation {
            out.append(next)
            index += 2
        } else {
            out.append("\\")
            index += 1
        }
    }

    /// A backtick run closed by a run of the same length on the same line; the content is kept with its
    /// escapes resolved (the vendors escape `\_` even inside code spans). A lone backtick stays.
    mutating func codeSpan() {
        var run = 0
        while peek(run) == "`" { run += 1 }
        var j = index + run
        let limit = min(chars.count, index + MarkdownInline.spanSearchLimit)
        while j < limit, chars[j] != "\n" {
            if chars[j] == "`" {
                var closing = 0
                while j + closing < chars.count, chars[j + closing] == "`" { closing += 1 }
                if closing == run {
                    out += MarkdownInline.unescaped(String(chars[(index + run)..<j]))
                    index = j + run
                    return
                }
                j += closing
            } else {
                j += 1
            }
        }
        out += String(repeating: "`", count: run)
        index += run
    }

    /// `**b**`, `__b__` and `*b*` lose their markers, as a Markdown renderer would drop them. A single `_` stays
    /// (snake_case), and so does a single `*` without a closing partner on the line (wildcards like `i-*`).
    mutating func emphasis(_ c: Character) {
        if c == "*", peek(1) != "*", let close = singleStarPartner() {
            var inner = InlineScanner(Array(chars[(index + 1)..<close]), depth: depth + 1)
            out += inner.run()
            index = close + 1
            return
        }
        if peek(1) == c {
            let afterRun = peek(2)
            let beforeRun: Character? = index > 0 ? chars[index - 1] : nil
            // `__` inside a word (`__init__`-like names) is text, not emphasis.
            if c == "_", let b = beforeRun, b.isLetter || b.isNumber, let a = afterRun, a.isLetter || a.isNumber {
                out += "__"
            }
            index += 2
            return
        }
        out.append(c)
        index += 1
    }

    /// The `*` that closes emphasis opened at `index`: the opener is followed by a letter or digit, the closer (a lone
    /// `*` on the same line) follows a non-space, as CommonMark's flanking rules require, and a word stands between.
    func singleStarPartner() -> Int? {
        guard depth < 8, let next = peek(1), next.isLetter || next.isNumber else { return nil }
        var j = index + 2
        let limit = min(chars.count, index + MarkdownInline.spanSearchLimit)
        while j < limit, chars[j] != "\n" {
            if chars[j] == "*" {
                let lone = chars[j - 1] != "*" && (j + 1 >= chars.count || chars[j + 1] != "*")
                // Emphasis around punctuation only (`*:*` in a resource pattern) is a wildcard pair, not emphasis.
                let wordInside = chars[(index + 1)..<j].contains { $0.isLetter || $0.isNumber }
                return lone && wordInside && !chars[j - 1].isWhitespace ? j : nil
            }
            if chars[j] == "`" || chars[j] == "\\" { return nil }
            j += 1
        }
        return nil
    }

    /// `[text](target)`: keeps the text. The target may hold spaces and balanced parentheses
    /// (`../API 参考/x.md#`, `~~25609~~`). Without a `(target)` the brackets are kept.
    mutating func link() {
        guard let close = partner[index], close + 1 < chars.count, chars[close + 1] == "(",
              let end = partner[close + 1]
        else {
            out.append(chars[index])
            index += 1
            return
        }
        let text = Array(chars[(index + 1)..<close])
        if depth < 8 {
            var inner = InlineScanner(text, depth: depth + 1)
            out += inner.run()
        } else {
            out += MarkdownInline.unescaped(String(text))
        }
        index = end + 1
    }

    mutating func tag() {
        var j = index + 1
        let closing = peek(1) == "/"
        if closing { j += 1 }
        var name = ""
        while j < chars.count, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber {
            name.append(chars[j])
            j += 1
        }
        let lower = name.lowercased()
        guard !name.isEmpty, lower == "br" || MarkdownInline.droppedTags.contains(lower),
              let end = chars[j...].firstIndex(of: ">")
        else {
            out.append("<")
            index += 1
            return
        }
        if lower == "br" || (lower == "p" && closing) || (lower == "li" && !closing) { out.append("\n") }
        index = end + 1
    }

    mutating func entity() {
        guard let semi = chars[index...].prefix(8).firstIndex(of: ";") else {
            out.append("&")
            index += 1
            return
        }
        let name = String(chars[(index + 1)..<semi])
        if let value = MarkdownInline.entities[name.lowercased()] {
            out += value
            index = semi + 1
        } else {
            out.append("&")
            index += 1
        }
    }
}

extension Character {
    var isASCIIPunctuation: Bool {
        guard isASCII, let v = asciiValue else { return false }
        return (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v)
    }
}
