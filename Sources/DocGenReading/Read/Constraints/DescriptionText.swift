import Foundation
import DocGenSpec

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
            let itemText = ListMarker.itemText(of: trimmed)
            let isBullet = itemText != nil
            let content = itemText ?? trimmed
            let body = Self.normalize(content)
            guard !body.isEmpty else { continue }
            let label = isBullet ? Self.itemLabel(of: body) : nil
            let index = lines.count
            var sentences: [DescriptionSentence] = []
            for piece in Self.splitSentences(content) {
                let text = Self.normalize(piece)
                guard !text.isEmpty else { continue }
                sentences.append(DescriptionSentence(
                    original: piece.trimmingWhitespace(), text: text, itemLabel: label,
                    leadIn: isBullet ? sentences.map(\.text).joined(separator: " ") : ""))
            }
            lines.append(DescriptionLine(index: index, isBullet: isBullet, body: body, sentences: sentences))
        }
        self.lines = lines
        sentences = lines.flatMap(\.sentences)
    }

    // MARK: - Lines

    private static let htmlBreak = RulePattern(#"<br\s*/?>"#, requiresAnyOf: ["<br"])
    /// `取值范围：-   A：...` — pages sometimes run the first list item onto the introducing line.
    /// (`mayRunListOntoColon` is its gate.)
    private static let listAfterColon = RulePattern(#"([:：])[ \t]*([-•])[ \t]+(?=\S)"#)

    private static func splitLines(_ description: String) -> [Substring] {
        var text = description
        // Each rewrite runs only when its pattern can match: most descriptions need none of them.
        if UTF8Bytes.contains(text, byte: UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if UTF8Bytes.contains(text, byte: UInt8(ascii: "<")) { text = htmlBreak.replacing(in: text, with: "\n") }
        if mayRunListOntoColon(text) { text = listAfterColon.replacing(in: text, with: "$1\n$2 ") }
        // "\n" is always a Character of its own once CRs are gone, so cutting the bytes at it cuts where Foundation
        // did.
        let newlines = text.withUTF8 { bytes -> [Int] in
            var offsets: [Int] = []
            guard let base = bytes.baseAddress else { return offsets }
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, 0x0A, bytes.count - from) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                offsets.append(offset)
                from = offset + 1
            }
            return offsets
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(newlines.count + 1)
        var start = utf8.startIndex
        for offset in newlines {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(text[start...])
        return lines
    }

    /// Whether `listAfterColon` can match: a colon (`:` or `：`), spaces or tabs, `-` or `•`, then a space or tab.
    /// The run of spaces and tabs is taken whole, as the pattern's `[ \t]*` gives none back to `[-•]`.
    static func mayRunListOntoColon(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func isSpaceOrTab(_ i: Int) -> Bool { i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09) }
            func has(_ sequence: [UInt8], at i: Int) -> Bool {
                i + sequence.count <= bytes.count && sequence.indices.allSatisfy { bytes[i + $0] == sequence[$0] }
            }
            for i in bytes.indices where bytes[i] == UInt8(ascii: ":") || bytes[i] == 0xEF {
                guard bytes[i] == UInt8(ascii: ":") || has([0xEF, 0xBC, 0x9A], at: i) else { continue }  // "："
                var j = i + (bytes[i] == UInt8(ascii: ":") ? 1 : 3)
                while isSpaceOrTab(j) { j += 1 }
                if has([UInt8(ascii: "-")], at: j) && isSpaceOrTab(j + 1) { return true }
                if has([0xE2, 0x80, 0xA2], at: j) && isSpaceOrTab(j + 3) { return true }  // "•"
            }
            return false
        }
    }

    /// `Label` of a `Label: explanation` item. On simple text (see `isSimpleText`) the colon is found by its byte and
    /// scalars are counted and compared instead of Characters.
    private static func itemLabel(of body: String) -> String? {
        let simple = body.isSimpleText
        guard let colon = simple ? body.utf8.firstIndex(of: UInt8(ascii: ":")) : body.firstIndex(of: ":") else { return nil }
        let label = body[..<colon].trimmingWhitespace()
        let length = simple ? label.unicodeScalars.count : label.count
        let hasStop = simple ? label.unicodeScalars.contains(where: isClauseStop) : label.contains(where: isClauseStop)
        guard !label.isEmpty, length <= 60, !hasStop else { return nil }
        let lower = label.lowercased()
        guard !lower.hasSuffix("http"), !lower.hasSuffix("https") else { return nil }
        return label
    }

    /// `。；;，,`: a label holding one is a sentence, not a label.
    private static func isClauseStop(_ c: Character) -> Bool {
        switch c {
        case "。", "；", ";", "，", ",": return true
        default: return false
        }
    }

    private static func isClauseStop(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "；", ";", "，", ",": return true
        default: return false
        }
    }
}
