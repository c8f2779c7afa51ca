import DocGenSpec

/// A text that many `RulePattern`s are tried on (the rules try some 35 on every sentence), with what their literal
/// gates need worked out once instead of once per pattern: the UTF-8 bytes with ASCII letters folded to lower case,
/// which bytes and (hashed) byte pairs occur, and whether a Latin letter that case-folds to ASCII is present.
/// A literal whose bytes or pairs are missing cannot occur; one whose pairs all show up is searched for to be sure.
final class SearchText {
    let string: String
    /// `string` has a character whose Unicode case folding gives ASCII letters (`ſ`, `ß`, `ﬁ`, the Kelvin sign…):
    /// a byte search could then miss what a case-insensitive pattern matches.
    let hasCaseFoldingLatin: Bool
    private let count: Int
    /// Bits 0–255: bytes of the folded text; bits from 256: `GateLiterals.pairBit` of each pair of adjacent bytes.
    private let seen: UnsafeMutablePointer<UInt64>
    /// UTF-8 of `string`, ASCII letters folded to lower case.
    private let folded: UnsafeMutablePointer<UInt8>

    init(_ string: String) {
        self.string = string
        var text = string
        let count = text.utf8.count
        self.count = count
        let seen = UnsafeMutablePointer<UInt64>.allocate(capacity: GateLiterals.seenWords)
        seen.initialize(repeating: 0, count: GateLiterals.seenWords)
        let folded = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
        self.seen = seen
        self.folded = folded
        var latin = false
        text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for i in 0..<count {
                let raw = bytes[i]
                if raw >= 0xC3, !latin { latin = Self.startsCaseFoldingLatin(raw, next: i + 1 < count ? bytes[i + 1] : nil) }
                let b = raw &- 0x41 < 26 ? raw | 0x20 : raw
                folded[i] = b
                seen[Int(b >> 6)] |= 1 << UInt64(b & 63)
                if i > 0 {
                    let pair = 256 + Int(GateLiterals.pairBit(previous, b))
                    seen[pair >> 6] |= 1 << UInt64(pair & 63)
                }
                previous = b
            }
        }
        hasCaseFoldingLatin = latin
    }

    deinit {
        seen.deallocate()
        folded.deallocate()
    }

    /// Whether one of `literals` occurs in the text, ASCII letters compared without case when `ignoringCase`.
    func containsAny(of literals: GateLiterals, ignoringCase: Bool) -> Bool {
        literals.withBuffers { bounds, foldedLiterals, exactLiterals, pairBits in
            for k in 0..<(bounds.count - 1) {
                let start = bounds[k]
                let length = bounds[k + 1] - start
                if length == 0 { return true }
                guard length <= count, has(Int(foldedLiterals[start])) else { continue }
                var pairsPresent = true
                for p in (start - k)..<(start - k + length - 1) where !has(256 + Int(pairBits[p])) {
                    pairsPresent = false
                    break
                }
                guard pairsPresent else { continue }
                let needle = UnsafeBufferPointer(rebasing: (ignoringCase ? foldedLiterals : exactLiterals)[start..<(start + length)])
                let found = ignoringCase
                    ? Self.find(needle, in: UnsafeBufferPointer(start: folded, count: count))
                    : string.utf8.withContiguousStorageIfAvailable { Self.find(needle, in: $0) } ?? Self.find(needle, in: Array(string.utf8))
                if found { return true }
            }
            return false
        }
    }

    @inline(__always)
    private func has(_ bit: Int) -> Bool { seen[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count, let head = needle.first else { return needle.isEmpty }
        for i in 0...(haystack.count - needle.count) where haystack[i] == head {
            var j = 1
            while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
            if j == needle.count { return true }
        }
        return false
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { find(needle, in: $0) }
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

/// One list of gate literals, stored flat (this is read for every pattern on every sentence).
struct GateLiterals: Sendable {
    /// 256 bits for bytes, then 2,048 for hashed byte pairs: a 50-byte sentence sets about 2% of the pair bits, so a
    /// literal with two or more pairs is rarely let through by chance.
    static let seenWords = 4 + 32

    /// Literal `k` is `folded[bounds[k]..<bounds[k + 1]]`; its pair bits are `pairBits[bounds[k] - k...]`, one fewer.
    private let bounds: [Int]
    /// ASCII letters folded to lower case (the form the pair bits are taken from).
    private let folded: [UInt8]
    /// As given, compared with the text's own bytes for a case-sensitive pattern.
    private let exact: [UInt8]
    private let pairBits: [UInt16]

    init(_ literals: [String]) {
        var bounds = [0]
        var exact: [UInt8] = []
        var pairBits: [UInt16] = []
        for literal in literals {
            let bytes = Array(literal.utf8)
            let folded = bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            exact += bytes
            bounds.append(exact.count)
            pairBits += folded.indices.dropFirst().map { Self.pairBit(folded[$0 - 1], folded[$0]) }
        }
        self.bounds = bounds
        self.exact = exact
        folded = exact.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        self.pairBits = pairBits
    }

    @inline(__always)
    static func pairBit(_ a: UInt8, _ b: UInt8) -> UInt16 {
        let key = UInt32(a) << 8 | UInt32(b)
        return UInt16((key &* 2_654_435_761) >> 21)
    }

    fileprivate func withBuffers<R>(
        _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt16>) -> R
    ) -> R {
        bounds.withUnsafeBufferPointer { b in
            folded.withUnsafeBufferPointer { f in
                exact.withUnsafeBufferPointer { e in pairBits.withUnsafeBufferPointer { p in body(b, f, e, p) } }
            }
        }
    }
}
