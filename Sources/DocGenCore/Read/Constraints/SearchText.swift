/// A text that many `RulePattern`s are tried on (the rules try some 35 on every sentence), with what their literal
/// gates need worked out once instead of once per pattern: the UTF-8 bytes with ASCII letters folded to lower case,
/// which bytes and (hashed) byte pairs occur, and whether a Latin letter that case-folds to ASCII is present.
/// A literal whose bytes or pairs are missing cannot occur; one whose pairs all show up is searched for to be sure.
final class SearchText {
    let string: String
    /// UTF-8 of `string`, ASCII letters folded to lower case.
    private let folded: [UInt8]
    /// `string` has a character whose Unicode case folding gives ASCII letters (`ſ`, `ß`, `ﬁ`, the Kelvin sign…):
    /// a byte search could then miss what a case-insensitive pattern matches.
    let hasCaseFoldingLatin: Bool
    /// Bits 0–255: bytes of `folded`; bits from 256: `PairFilter.bit` of each pair of adjacent bytes of `folded`.
    private var seen: [UInt64]

    init(_ string: String) {
        self.string = string
        var seen = [UInt64](repeating: 0, count: 4 + PairFilter.words)
        var folded = Array(string.utf8)
        var latin = false
        folded.withUnsafeMutableBufferPointer { out in
            seen.withUnsafeMutableBufferPointer { bits in
                var previous: UInt8 = 0
                for i in out.indices {
                    let raw = out[i]
                    if raw >= 0xC3, !latin { latin = Self.startsCaseFoldingLatin(raw, next: i + 1 < out.count ? out[i + 1] : nil) }
                    let b = raw &- 0x41 < 26 ? raw | 0x20 : raw
                    out[i] = b
                    bits[Int(b >> 6)] |= 1 << UInt64(b & 63)
                    if i > 0 {
                        let pair = PairFilter.bit(previous, b)
                        bits[4 + pair >> 6] |= 1 << UInt64(pair & 63)
                    }
                    previous = b
                }
            }
        }
        self.folded = folded
        self.seen = seen
        hasCaseFoldingLatin = latin
    }

    /// Whether `literal` (already folded when `ignoringCase`) occurs in the text, ASCII letters compared without
    /// case when `ignoringCase`.
    func contains(_ literal: PairFilter.Literal, ignoringCase: Bool) -> Bool {
        let needle = literal.folded
        guard let head = needle.first else { return true }
        if !has(bit: Int(head)) { return false }
        for pair in literal.pairBits where !has(bit: 256 + pair) { return false }
        if ignoringCase { return Self.find(needle, in: folded) }
        return string.utf8.withContiguousStorageIfAvailable { Self.find(literal.exact, in: $0) }
            ?? Self.find(literal.exact, in: Array(string.utf8))
    }

    private func has(bit: Int) -> Bool { seen[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    private static func find<C: RandomAccessCollection>(_ needle: [UInt8], in haystack: C) -> Bool
    where C.Element == UInt8, C.Index == Int {
        guard needle.count <= haystack.count, let head = needle.first else { return needle.isEmpty }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == head {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Lead bytes of U+00C0–U+027F, U+1E00–U+1FFF, U+2100–U+217F and U+FB00–U+FB3F: the blocks holding every
    /// character whose case folding has an ASCII letter (the same test as `TextPattern`'s gate).
    private static func startsCaseFoldingLatin(_ b: UInt8, next: UInt8?) -> Bool {
        if b <= 0xC9 { return true }
        guard let next else { return false }
        if b == 0xE1, next >= 0xB8, next <= 0xBF { return true }
        if b == 0xE2, next == 0x84 || next == 0x85 { return true }
        if b == 0xEF, next == 0xAC { return true }
        return false
    }
}

/// Hashing of adjacent byte pairs into the bit set of `SearchText`.
enum PairFilter {
    static let words = 32
    /// 2,048 bits: a 50-byte sentence sets about 2% of them, so a literal with two or more pairs is rarely let through
    /// by chance.
    static func bit(_ a: UInt8, _ b: UInt8) -> Int {
        let key = UInt32(a) << 8 | UInt32(b)
        return Int((key &* 2_654_435_761) >> 21)
    }

    /// A gate literal with its pair bits worked out once.
    struct Literal {
        /// As given (compared with the text's own bytes for a case-sensitive pattern).
        let exact: [UInt8]
        /// ASCII letters folded to lower case; the pair bits are those of this form.
        let folded: [UInt8]
        let pairBits: [Int]

        init(_ literal: String) {
            exact = Array(literal.utf8)
            let folded = exact.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            self.folded = folded
            pairBits = folded.indices.dropFirst().map { PairFilter.bit(folded[$0 - 1], folded[$0]) }
        }
    }
}
