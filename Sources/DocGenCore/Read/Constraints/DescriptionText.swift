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
    var sentences: [DescriptionSentence] { lines.flatMap(\.sentences) }

    init(_ description: String) {
        var lines: [DescriptionLine] = []
        for raw in Self.splitLines(description) {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            let marker = Self.bulletMarker.firstMatch(in: trimmed)
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
                    original: piece.trimmingCharacters(in: .whitespaces), text: text, itemLabel: label,
                    leadIn: marker == nil ? "" : sentences.map(\.text).joined(separator: " ")))
            }
            lines.append(DescriptionLine(index: index, isBullet: marker != nil, body: body, sentences: sentences))
        }
        self.lines = lines
    }

    // MARK: - Lines

    private static let bulletMarker = TextPattern(#"^(?:[-*+•·]|\d{1,2}[.)])\s+"#)
    private static let htmlBreak = TextPattern(#"<br\s*/?>"#)
    /// `取值范围：-   A：...` — pages sometimes run the first list item onto the introducing line.
    private static let listAfterColon = TextPattern(#"([:：])[ \t]*([-•])[ \t]+(?=\S)"#)

    private static func splitLines(_ description: String) -> [String] {
        var text = description.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        text = htmlBreak.replacing(in: text, with: "\n")
        text = listAfterColon.replacing(in: text, with: "$1\n$2 ")
        return text.components(separatedBy: "\n")
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
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { pieces.append(current) }
        return pieces.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// "(-).It cannot" and "requests.**ClientToken** can": a period with the space lost. Paths such as `Tag.Key`
    /// are not cut, because their period follows a letter and is not followed by markup.
    private static func startsRunTogetherSentence(_ chars: [Character], after i: Int) -> Bool {
        guard chars[i] == ".", i > 0, i + 2 < chars.count else { return false }
        if chars[i + 1] == "*" && chars[i + 2] == "*" { return chars[i - 1].isLetter && chars[i - 1].isLowercase }
        return chars[i - 1] == ")" && chars[i + 1].isUppercase && chars[i + 2].isLowercase
    }

    // MARK: - Normalisation

    private static let markdownLink = TextPattern(#"\[([^\]]*)\]\([^)]*\)"#)
    private static let docReference = TextPattern(#"~~[0-9A-Za-z#_-]+~~"#)
    private static let escape = TextPattern(#"\\([^A-Za-z0-9\s])"#)
    private static let spaces = TextPattern(#"[ \t\u00A0\u3000]+"#)
    private static let folded: [Character: String] = [
        "：": ":", "～": "~", "（": "(", "）": ")", "［": "[", "］": "]", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "＜": "<", "＞": ">", "＝": "=", "\u{00A0}": " ", "\u{3000}": " ", "`": "",
    ]

    static func normalize(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "**", with: "")
        s = markdownLink.replacing(in: s, with: "$1")
        s = docReference.replacing(in: s, with: "")
        s = escape.replacing(in: s, with: "$1")
        s = String(s.flatMap { folded[$0].map(Array.init) ?? [$0] })
        s = spaces.replacing(in: s, with: " ")
        return s.trimmingCharacters(in: .whitespaces)
    }
}
