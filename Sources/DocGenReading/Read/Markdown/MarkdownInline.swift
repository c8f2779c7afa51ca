import DocGenSpec

/// Turns one piece of Markdown inline text into plain text: escapes resolved (`\|` -> `|`), emphasis markers,
/// code-span backticks and link targets dropped (`[text](url)` -> `text`, also `[t](~~123~~)`), the HTML the
/// vendors put into cells (`<br>`, `<a href>`) reduced to its text, and the few entities they use decoded.
enum MarkdownInline {
    static func plainText(_ text: String) -> String {
        // Text without any character the scanner acts on comes out unchanged; most cells are such text.
        guard text.utf8.contains(where: isMarkupByte) else { return text }
        var text = text
        return text.withUTF8 { scan($0) } ?? scanCharacters(text)
    }

    /// `plainText` of UTF-8 text that holds markup, read scalar by scalar when every scalar is a Character of its
    /// own (`Unicode.Scalar.isStandalone`: then the scanner's Character rules see the same units); nil otherwise.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        scanBytes(bytes).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `scan` giving UTF-8.
    static func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let (scalar, length) = UTF8Scalars.scalar(at: i, in: bytes)
            guard scalar.isStandalone else { return nil }
            scalars.append(scalar)
            i += length
        }
        // The plain text is never longer than the markup it comes from.
        var scanner = InlineScanner(scalars, capacity: bytes.count)
        return scanner.runBytes()
    }

    /// `plainText` by Character, for text with scalars that combine or pair.
    static func scanCharacters(_ text: String) -> String {
        var scanner = InlineScanner(Array(text))
        return scanner.run()
    }

    /// Resolves backslash escapes only (for code blocks inside cells, where markup is literal).
    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        return unescaped(Array(text)[...])
    }

    static func unescaped<Unit: InlineUnit>(_ units: ArraySlice<Unit>) -> String {
        var out: [UInt8] = []
        var units = units
        while let c = units.popFirst() {
            if c == "\\", let next = units.first, next.isASCIIPunctuation {
                Unit.append(next, to: &out)
                units.removeFirst()
            } else {
                Unit.append(c, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ASCII characters `InlineScanner.run` treats specially (`!` only before `[`).
    @inline(__always)
    static func isMarkupByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "<"), UInt8(ascii: "&"):
            return true
        default:
            return false
        }
    }

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

/// What `InlineScanner` reads: `Character`s, or `Unicode.Scalar`s when each scalar is a Character of its own (the
/// scanner then gives the same text; the properties below are those `Character` takes from its first scalar).
protocol InlineUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    var isASCIIPunctuation: Bool { get }
    var isLetterOrNumber: Bool { get }
    /// ASCII and a letter or number: the characters of a tag name.
    var isASCIILetterOrNumber: Bool { get }
    var isSpace: Bool { get }
    /// Appends the unit's UTF-8 bytes.
    static func append(_ unit: Self, to out: inout [UInt8])
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: InlineUnit {
    var isLetterOrNumber: Bool { isLetter || isNumber }
    var isASCIILetterOrNumber: Bool { isASCII && (isLetter || isNumber) }
    var isSpace: Bool { isWhitespace }
    static func append(_ unit: Character, to out: inout [UInt8]) { out.append(contentsOf: unit.utf8) }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }

    var isASCIIPunctuation: Bool {
        guard isASCII, let v = asciiValue else { return false }
        return (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v)
    }
}

extension Unicode.Scalar: InlineUnit {
    var isLetterOrNumber: Bool { properties.isAlphabetic || properties.numericType != nil }
    var isASCIILetterOrNumber: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }
    var isSpace: Bool { properties.isWhitespace }
    static func append(_ unit: Unicode.Scalar, to out: inout [UInt8]) {
        let v = unit.value
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }
    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        var out = ""
        out.unicodeScalars.append(contentsOf: units)
        return out
    }

    var isASCIIPunctuation: Bool {
        let v = value
        return (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v)
    }
}

private struct InlineScanner<Unit: InlineUnit> {
    let chars: [Unit]
    var index = 0
    /// The plain text so far, as UTF-8 (appending bytes gives the bytes appending Strings would).
    var out: [UInt8] = []
    /// Matching `]` for each `[` and `)` for each `(` (-1 for none), found in one pass so that unbalanced brackets
    /// cost nothing.
    let partner: [Int]
    /// Links inside link text are read recursively, but only this deep (hostile nesting must not exhaust the stack).
    let depth: Int

    init(_ chars: [Unit], depth: Int = 0, capacity: Int = 0) {
        self.chars = chars
        self.depth = depth
        var partner = [Int](repeating: -1, count: chars.count)
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
        out.reserveCapacity(max(capacity, chars.count))
    }

    mutating func run() -> String {
        String(decoding: runBytes(), as: UTF8.self)
    }

    mutating func runBytes() -> [UInt8] {
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
            default: Unit.append(c, to: &out); index += 1
            }
        }
        return out
    }

    func peek(_ offset: Int) -> Unit? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    mutating func escape() {
        if let next = peek(1), next.isASCIIPunctuation {
            Unit.append(next, to: &out)
            index += 2
        } else {
            out.append(UInt8(ascii: "\\"))
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
                    out += Self.unescaped(chars[(index + run)..<j]).utf8
                    index = j + run
                    return
                }
                j += closing
            } else {
                j += 1
            }
        }
        out += repeatElement(UInt8(ascii: "`"), count: run)
        index += run
    }

    /// Escapes resolved in a run of units. Characters are joined into a String and split again, as they always were.
    static func unescaped(_ units: ArraySlice<Unit>) -> String {
        if let characters = units as? ArraySlice<Character> { return MarkdownInline.unescaped(String(characters)) }
        return MarkdownInline.unescaped(units)
    }

    /// `**b**`, `__b__` and `*b*` lose their markers, as a Markdown renderer would drop them. A single `_` stays
    /// (snake_case), and so does a single `*` without a closing partner on the line (wildcards like `i-*`).
    mutating func emphasis(_ c: Unit) {
        if c == "*", peek(1) != "*", let close = singleStarPartner() {
            var inner = InlineScanner(Array(chars[(index + 1)..<close]), depth: depth + 1)
            out += inner.runBytes()
            index = close + 1
            return
        }
        if peek(1) == c {
            let afterRun = peek(2)
            let beforeRun: Unit? = index > 0 ? chars[index - 1] : nil
            // `__` inside a word (`__init__`-like names) is text, not emphasis.
            if c == "_", let b = beforeRun, b.isLetterOrNumber, let a = afterRun, a.isLetterOrNumber {
                out += "__".utf8
            }
            index += 2
            return
        }
        Unit.append(c, to: &out)
        index += 1
    }

    /// The `*` that closes emphasis opened at `index`: the opener is followed by a letter or digit, the closer (a lone
    /// `*` on the same line) follows a non-space, as CommonMark's flanking rules require, and a word stands between.
    func singleStarPartner() -> Int? {
        guard depth < 8, let next = peek(1), next.isLetterOrNumber else { return nil }
        var j = index + 2
        let limit = min(chars.count, index + MarkdownInline.spanSearchLimit)
        while j < limit, chars[j] != "\n" {
            if chars[j] == "*" {
                let lone = chars[j - 1] != "*" && (j + 1 >= chars.count || chars[j + 1] != "*")
                // Emphasis around punctuation only (`*:*` in a resource pattern) is a wildcard pair, not emphasis.
                let wordInside = chars[(index + 1)..<j].contains { $0.isLetterOrNumber }
                return lone && wordInside && !chars[j - 1].isSpace ? j : nil
            }
            if chars[j] == "`" || chars[j] == "\\" { return nil }
            j += 1
        }
        return nil
    }

    /// `[text](target)`: keeps the text. The target may hold spaces and balanced parentheses
    /// (`../API 参考/x.md#`, `~~25609~~`). Without a `(target)` the brackets are kept.
    mutating func link() {
        let close = partner[index]
        guard close >= 0, close + 1 < chars.count, chars[close + 1] == "(", partner[close + 1] >= 0 else {
            Unit.append(chars[index], to: &out)
            index += 1
            return
        }
        let end = partner[close + 1]
        let text = chars[(index + 1)..<close]
        if depth < 8 {
            var inner = InlineScanner(Array(text), depth: depth + 1)
            out += inner.runBytes()
        } else {
            out += Self.unescaped(text).utf8
        }
        index = end + 1
    }

    mutating func tag() {
        var j = index + 1
        let closing = peek(1) == "/"
        if closing { j += 1 }
        var nameBytes: [UInt8] = []
        while j < chars.count, chars[j].isASCIILetterOrNumber {
            Unit.append(chars[j], to: &nameBytes)
            j += 1
        }
        let name = String(decoding: nameBytes, as: UTF8.self)
        let lower = name.lowercased()
        guard !name.isEmpty, lower == "br" || MarkdownInline.droppedTags.contains(lower),
              let end = chars[j...].firstIndex(of: ">")
        else {
            out.append(UInt8(ascii: "<"))
            index += 1
            return
        }
        if lower == "br" || (lower == "p" && closing) || (lower == "li" && !closing) { out.append(0x0A) }
        index = end + 1
    }

    mutating func entity() {
        guard let semi = chars[index...].prefix(8).firstIndex(of: ";") else {
            out.append(UInt8(ascii: "&"))
            index += 1
            return
        }
        let name = Unit.string(chars[(index + 1)..<semi])
        if let value = MarkdownInline.entities[name.lowercased()] {
            out += value.utf8
            index = semi + 1
        } else {
            out.append(UInt8(ascii: "&"))
            index += 1
        }
    }
}
