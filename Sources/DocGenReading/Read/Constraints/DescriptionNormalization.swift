import DocGenSpec

/// Normalising description text for matching: markup removed, full-width punctuation and curly quotes folded, runs of
/// spaces collapsed, ends trimmed.
extension DescriptionText {
    private static let markdownLink = RulePattern(#"\[([^\]]*)\]\([^)]*\)"#)
    private static let docReference = RulePattern(#"~~[0-9A-Za-z#_-]+~~"#)
    private static let escape = RulePattern(#"\\([^A-Za-z0-9\s])"#)
    private static let spaces = RulePattern(#"[ \t\u00A0\u3000]+"#)
    static let folded: [Character: String] = [
        "：": ":", "～": "~", "（": "(", "）": ")", "［": "[", "］": "]", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "＜": "<", "＞": ">", "＝": "=", "\u{00A0}": " ", "\u{3000}": " ", "`": "",
    ]

    /// `folded` for a single scalar: nil when it is not folded, else the ASCII byte it becomes (0 for "`", which is
    /// dropped). A switch, because this runs on every scalar of every sentence.
    static func foldedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x60: return 0
        case 0xA0, 0x3000: return UInt8(ascii: " ")
        case 0x2018, 0x2019: return UInt8(ascii: "'")
        case 0x201C, 0x201D: return UInt8(ascii: "\"")
        case 0xFF08: return UInt8(ascii: "(")
        case 0xFF09: return UInt8(ascii: ")")
        case 0xFF1A: return UInt8(ascii: ":")
        case 0xFF1C: return UInt8(ascii: "<")
        case 0xFF1D: return UInt8(ascii: "=")
        case 0xFF1E: return UInt8(ascii: ">")
        case 0xFF3B: return UInt8(ascii: "[")
        case 0xFF3D: return UInt8(ascii: "]")
        case 0xFF5E: return UInt8(ascii: "~")
        default: return nil
        }
    }

    static func normalize(_ text: String) -> String {
        // Removing markup keeps simple text simple (it only takes scalars away).
        let simple = text.isSimpleText
        // Each step runs only when the text holds what it looks for (a byte or bytes it cannot match without).
        var s = text
        if UTF8Bytes.contains(s, byte: UInt8(ascii: "*")) {
            s = simple ? removingDoubleAsterisks(s) : s.replacingOccurrences(of: "**", with: "")
        }
        if UTF8Bytes.contains(s, "](") { s = markdownLink.replacing(in: s, with: "$1") }
        if UTF8Bytes.contains(s, "~~") { s = docReference.replacing(in: s, with: "") }
        if UTF8Bytes.contains(s, byte: UInt8(ascii: "\\")) { s = escape.replacing(in: s, with: "$1") }
        return simple ? foldedSqueezedAndTrimmed(s) : foldedSqueezedAndTrimmedByCharacter(s)
    }

    /// `folded` applied Character by Character, runs of spaces collapsed by `spaces`, the ends trimmed: the general
    /// path, for any text.
    static func foldedSqueezedAndTrimmedByCharacter(_ text: String) -> String {
        var s = text
        if s.unicodeScalars.contains(where: { foldedByte($0) != nil }) {
            s = String(s.flatMap { folded[$0].map(Array.init) ?? [$0] })
        }
        if needsSpaceSqueeze(s) { s = spaces.replacing(in: s, with: " ") }
        return s.trimmingWhitespace()
    }

    /// `replacingOccurrences(of: "**", with: "")` for simple text, where Foundation's search equals a byte search:
    /// pairs are taken left to right, so `***` leaves one `*`.
    static func removingDoubleAsterisks(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var i = 0
                while i < bytes.count {
                    if bytes[i] == UInt8(ascii: "*"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "*") {
                        i += 2
                    } else {
                        out[count] = bytes[i]
                        count += 1
                        i += 1
                    }
                }
                return count
            }
        }
    }

    /// The last steps of `normalize` for simple text (see `isSimpleText`), in one pass over the UTF-8 bytes: `folded`
    /// applied, runs of spaces and tabs made one space (what `spaces` does once NBSP and U+3000 are folded to spaces),
    /// the ends trimmed. In simple text the only horizontal spaces are space, tab, NBSP and U+3000, so after folding
    /// and squeezing only spaces are left for `trimmingWhitespace()` to remove. Folding never lengthens the text.
    static func foldedSqueezedAndTrimmed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                let space = UInt8(ascii: " ")
                var count = 0
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    var replacement: UInt8?
                    var length = 1
                    if b < 0x80 {
                        if b == UInt8(ascii: "\t") { replacement = space } else if b == UInt8(ascii: "`") { replacement = 0 }
                    } else {
                        let decoded = UTF8Bytes.scalar(at: i, in: bytes)
                        length = decoded.length
                        replacement = foldedByte(decoded.scalar)
                    }
                    if replacement == space || (replacement == nil && b == space) {
                        // Squeezed, and never first: the start is trimmed.
                        if count > 0 && out[count - 1] != space {
                            out[count] = space
                            count += 1
                        }
                    } else if let replacement {
                        if replacement != 0 {  // 0: "`", dropped
                            out[count] = replacement
                            count += 1
                        }
                    } else {
                        for k in 0..<length { out[count + k] = bytes[i + k] }
                        count += length
                    }
                    i += length
                }
                if count > 0 && out[count - 1] == space { count -= 1 }
                return count
            }
        }
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
