import Foundation

/// One sentence of a parameter description: as the page wrote it (kept as the constraint's source) and normalised
/// for matching (markup removed, full-width punctuation folded, spaces collapsed).
struct DescriptionSentence: Equatable {
    let original: String
    let text: String
    /// `Label` of the `- Label: explanation` list item the sentence belongs to.
    let itemLabel: String?
    /// For a sentence in a list item, the item's earlier sentences (they can hold the item's condition).
    let leadIn: String
    /// `text` prepared for the rules' patterns.
    let search: SearchText

    init(original: String, text: String, itemLabel: String?, leadIn: String) {
        self.original = original
        self.text = text
        self.itemLabel = itemLabel
        self.leadIn = leadIn
        search = SearchText(text)
    }

    static func == (a: Self, b: Self) -> Bool {
        a.original == b.original && a.text == b.text && a.itemLabel == b.itemLabel && a.leadIn == b.leadIn
    }
}

/// A non-empty line of a description, cut into sentences.
struct DescriptionLine: Equatable {
    let index: Int
    let isBullet: Bool
    /// The line without its list marker, normalised.
    let body: String
    let sentences: [DescriptionSentence]
}

/// A description cut into lines and sentences, the units every rule reads.
struct DescriptionText {
    let lines: [DescriptionLine]
    /// All lines' sentences in order; stored, because every rule walks them.
    let sentences: [DescriptionSentence]

    init(_ description: String) {
        var lines: [DescriptionLine] = []
        for raw in Self.splitLines(description) {
            let trimmed = raw.trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            let marker = Self.mayStartList(trimmed) ? Self.bulletMarker.firstMatch(in: trimmed) : nil
            let content = marker.map(\.after) ?? trimmed
            let body = Self.normalize(content)
            guard !body.isEmpty else { continue }
            let label = marker == nil ? nil : Self.itemLabel(of: body)
            let index = lines.count
            var sentences: [DescriptionSentence] = []
            for piece in Self.splitSentences(content) {
                let text = Self.normalize(piece)
                guard !text.isEmpty else { continue }
                sentences.append(DescriptionSentence(
                    original: piece.trimmingWhitespace(), text: text, itemLabel: label,
                    leadIn: marker == nil ? "" : sentences.map(\.text).joined(separator: " ")))
            }
            lines.append(DescriptionLine(index: index, isBullet: marker != nil, body: body, sentences: sentences))
        }
        self.lines = lines
        sentences = lines.flatMap(\.sentences)
    }

    // MARK: - Lines

    private static let bulletMarker = RulePattern(#"^(?:[-*+•·]|\d{1,2}[.)])\s+"#)
    /// `bulletMarker` can only match a line that starts with a marker character or a decimal digit (`\d` is any Nd).
    private static func mayStartList(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return "-*+•·".unicodeScalars.contains(first) || first.properties.generalCategory == .decimalNumber
    }
    private static let htmlBreak = RulePattern(#"<br\s*/?>"#, requiresAnyOf: ["<br"])
    /// `取值范围：-   A：...` — pages sometimes run the first list item onto the introducing line.
    private static let listAfterColon = RulePattern(#"([:：])[ \t]*([-•])[ \t]+(?=\S)"#, requiresAnyOf: [":", "："], andAnyOf: ["-", "•"])

    private static func splitLines(_ description: String) -> [String] {
        var text = description
        // Each rewrite runs only when its pattern can match: most descriptions need none of them.
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.utf8.contains(UInt8(ascii: "<")) { text = htmlBreak.replacing(in: text, with: "\n") }
        if text.utf8.contains(UInt8(ascii: ":")) || text.containsUTF8("：") {
            text = listAfterColon.replacing(in: text, with: "$1\n$2 ")
        }
        // "\n" is always a Character of its own once CRs are gone, so splitting on it cuts where Foundation did.
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func itemLabel(of body: String) -> String? {
        guard let colon = body.firstIndex(of: ":") else { return nil }
        let label = body[..<colon].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, label.count <= 60, !label.contains(where: { "。；;，,".contains($0) }),
              !label.lowercased().hasSuffix("http"), !label.lowercased().hasSuffix("https")
        else { return nil }
        return label
    }

    // MARK: - Sentences

    /// Cuts after `。；;！？` and after `.`/`!`/`?` followed by a space, so `1.5`, `(.)` and `0.0.0.0/0` stay whole.
    static func splitSentences(_ line: String) -> [String] {
        line.isSimpleText ? splitSimpleSentences(line) : splitSentencesByCharacter(line)
    }

    /// `splitSentencesByCharacter` for simple text (see `isSimpleText`), where every scalar is a Character of its
    /// own and equals no other scalar: scalars are compared instead of Characters, and pieces are cut as slices.
    private static func splitSimpleSentences(_ line: String) -> [String] {
        let view = line.unicodeScalars
        let scalars = Array(view)
        var indices = Array(view.indices)
        indices.append(view.endIndex)
        var pieces: [String] = []
        var pieceStart = 0
        for (i, c) in scalars.enumerated() {
            let endsHere: Bool
            switch c {
            case "。", "；", ";", "！", "？": endsHere = true
            case ".", "!", "?":
                if i + 1 < scalars.count {
                    let next = scalars[i + 1]
                    endsHere = next == " " || next == "\t" || next == "\u{00A0}" || startsRunTogetherSentence(scalars, after: i)
                } else {
                    endsHere = false
                }
            default: endsHere = false
            }
            if endsHere {
                pieces.append(String(view[indices[pieceStart]..<indices[i + 1]]))
                pieceStart = i + 1
            }
        }
        pieces.append(String(view[indices[pieceStart]...]))
        return pieces.filter { !$0.isAllHorizontalSpace }
    }

    /// `startsRunTogetherSentence` over the scalars of simple text (each one a Character of its own).
    private static func startsRunTogetherSentence(_ scalars: [Unicode.Scalar], after i: Int) -> Bool {
        guard scalars[i] == ".", i > 0, i + 2 < scalars.count else { return false }
        let previous = Character(scalars[i - 1])
        if scalars[i + 1] == "*" && scalars[i + 2] == "*" { return previous.isLetter && previous.isLowercase }
        return scalars[i - 1] == ")" && Character(scalars[i + 1]).isUppercase && Character(scalars[i + 2]).isLowercase
    }

    private static func splitSentencesByCharacter(_ line: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        let chars = Array(line)
        for (i, c) in chars.enumerated() {
            current.append(c)
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            let endsHere: Bool
            switch c {
            case "。", "；", ";", "！", "？": endsHere = true
            case ".", "!", "?": endsHere = next.map { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" } ?? false
                || Self.startsRunTogetherSentence(chars, after: i)
            default: endsHere = false
            }
            if endsHere {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isAllHorizontalSpace { pieces.append(current) }
        return pieces.filter { !$0.isAllHorizontalSpace }
    }

    /// "(-).It cannot" and "requests.**ClientToken** can": a period with the space lost. Paths such as `Tag.Key`
    /// are not cut, because their period follows a letter and is not followed by markup.
    private static func startsRunTogetherSentence(_ chars: [Character], after i: Int) -> Bool {
        guard chars[i] == ".", i > 0, i + 2 < chars.count else { return false }
        if chars[i + 1] == "*" && chars[i + 2] == "*" { return chars[i - 1].isLetter && chars[i - 1].isLowercase }
        return chars[i - 1] == ")" && chars[i + 1].isUppercase && chars[i + 2].isLowercase
    }

    // MARK: - Normalisation

    private static let markdownLink = RulePattern(#"\[([^\]]*)\]\([^)]*\)"#)
    private static let docReference = RulePattern(#"~~[0-9A-Za-z#_-]+~~"#)
    private static let escape = RulePattern(#"\\([^A-Za-z0-9\s])"#)
    private static let spaces = RulePattern(#"[ \t\u00A0\u3000]+"#)
    private static let folded: [Character: String] = [
        "：": ":", "～": "~", "（": "(", "）": ")", "［": "[", "］": "]", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "＜": "<", "＞": ">", "＝": "=", "\u{00A0}": " ", "\u{3000}": " ", "`": "",
    ]

    /// Whether `scalar` is one of `folded`'s keys (each is a single scalar): a text without any of them has nothing
    /// to fold. A switch, because this runs on every scalar of every sentence (a set lookup hashes each one).
    private static func isFoldedScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x60, 0xA0, 0x2018, 0x2019, 0x201C, 0x201D, 0x3000,
             0xFF08, 0xFF09, 0xFF1A, 0xFF1C, 0xFF1D, 0xFF1E, 0xFF3B, 0xFF3D, 0xFF5E: return true
        default: return false
        }
    }

    /// `folded` applied scalar by scalar, for simple text (see `isSimpleText`), where each scalar is a Character
    /// of its own and equals no other scalar.
    private static func foldSimpleText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isFoldedScalar(scalar), let replacement = folded[Character(scalar)] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func normalize(_ text: String) -> String {
        // Each step runs only when the text holds what it looks for (a byte or scalar it cannot match without).
        var s = text
        let bytes = s.utf8
        if bytes.contains(UInt8(ascii: "*")) { s = s.replacingOccurrences(of: "**", with: "") }
        if s.containsUTF8("](") { s = markdownLink.replacing(in: s, with: "$1") }
        if s.containsUTF8("~~") { s = docReference.replacing(in: s, with: "") }
        if s.utf8.contains(UInt8(ascii: "\\")) { s = escape.replacing(in: s, with: "$1") }
        if s.unicodeScalars.contains(where: isFoldedScalar) {
            s = s.isSimpleText ? foldSimpleText(s) : String(s.flatMap { folded[$0].map(Array.init) ?? [$0] })
        }
        if needsSpaceSqueeze(s) { s = spaces.replacing(in: s, with: " ") }
        return s.trimmingWhitespace()
    }

    /// Whether `spaces` would change `s`: a tab, NBSP or U+3000, or two spaces in a row.
    private static func needsSpaceSqueeze(_ s: String) -> Bool {
        var previousWasSpace = false
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\t", "\u{00A0}", "\u{3000}": return true
            case " ":
                if previousWasSpace { return true }
                previousWasSpace = true
            default: previousWasSpace = false
            }
        }
        return false
    }
}
