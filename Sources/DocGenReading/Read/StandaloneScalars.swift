import DocGenSpec

/// Scalars on which a reader may compare scalars (or UTF-8 bytes) where its rules compare `Character`s: each is a
/// Character of its own beside any other such scalar (none extends, prepends to or pairs with a neighbour, and CR,
/// which pairs with LF, is left out), and none is canonically equivalent to an ASCII character (U+037E GREEK
/// QUESTION MARK is `;`, U+1FEF GREEK VARIA is a backtick, U+212A KELVIN SIGN is `K`: a `Character` comparison
/// sees them as such). Then a text's scalars are its Characters, an ASCII byte is a Character of its own, and
/// `Character` properties (`isLetter`, `isNumber`, `isWhitespace`: those of the first scalar) are the scalar's.
///
/// Broader than `isSimpleText`, which also keeps out precomposed letters for Foundation's search: this set holds the
/// Latin, Greek and Cyrillic letters, box drawing (`└`), arrows, maths, kana and Hangul syllables. Every range is
/// checked scalar by scalar against the running standard library's grapheme breaking in `StandaloneScalarTests`.
extension Unicode.Scalar {
    var isStandalone: Bool {
        switch value {
        case 0x4E00...0x9FFF: return true  // CJK unified ideographs, the most common on these pages
        case 0x0D: return false
        case 0x00...0x02FF: return true  // ASCII, Latin-1, Latin Extended, IPA, spacing modifiers (combining marks start at U+0300)
        case 0x0370...0x037D, 0x037F...0x03FF: return true  // Greek, without the question mark
        case 0x0400...0x0482, 0x048A...0x04FF: return true  // Cyrillic, without its combining marks
        case 0x2000...0x200B, 0x200E...0x206F: return true  // spaces and punctuation, without ZWNJ and ZWJ
        case 0x2070...0x20CF: return true  // super- and subscripts, currency (combining marks for symbols follow)
        case 0x2100...0x2129, 0x212B...0x2BFF: return true  // letterlike (no Kelvin sign), arrows, maths, box drawing, shapes, symbols
        case 0x2E80...0x2FDF, 0x3000...0x3029, 0x3030...0x303F: return true  // CJK radicals, CJK punctuation (not the tone marks)
        case 0x3041...0x3096, 0x309B...0x30FF: return true  // kana, without the combining voiced sound marks
        case 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x33FF: return true  // bopomofo, compatibility jamo (they do not join), CJK symbols
        case 0x3400...0x4DBF, 0xF900...0xFAFF: return true  // more CJK ideographs
        case 0xAC00...0xD7A3: return true  // Hangul syllables (the conjoining jamo that would join them are left out)
        case 0xFE30...0xFE6F, 0xFF01...0xFF9D, 0xFFE0...0xFFEE: return true  // CJK forms, full-width forms (U+FF9E/FF9F combine)
        default: return false
        }
    }
}

extension Unicode.Scalar {
    /// `isHorizontalSpace` from a list instead of a general-category lookup (which costs on every CJK line end);
    /// `StandaloneScalarTests` checks that both agree on every scalar.
    @inline(__always)
    var isListedHorizontalSpace: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

/// Reading UTF-8 that came from a `String` (so it is valid): scalars at a byte offset, in either direction.
enum UTF8Scalars {
    /// Bytes in the scalar whose first byte is `lead`.
    @inline(__always)
    static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The scalar starting at `i` and its length in bytes.
    @inline(__always)
    static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = length(lead: lead)
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Where the scalar that ends just before `end` starts.
    @inline(__always)
    static func start(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = end - 1
        while i > 0, isContinuation(bytes[i]) { i -= 1 }
        return i
    }

    /// Whether every scalar in `range` is standalone (see `Unicode.Scalar.isStandalone`).
    static func isStandalone(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == 0x0D { return false }
                i += 1
                continue
            }
            let (scalar, length) = scalar(at: i, in: bytes)
            if !scalar.isStandalone { return false }
            i += length
        }
        return true
    }

    /// `range` without the leading and trailing scalars that `trimmingWhitespace()` removes.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let byte = bytes[start]
            if byte == 0x20 || byte == 0x09 { start += 1; continue }
            if byte < 0x80 { break }
            let (scalar, length) = scalar(at: start, in: bytes)
            guard scalar.isListedHorizontalSpace else { break }
            start += length
        }
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 { end -= 1; continue }
            if byte < 0x80 { break }
            let before = self.start(before: end, in: bytes)
            guard scalar(at: before, in: bytes).scalar.isListedHorizontalSpace else { break }
            end = before
        }
        return start..<end
    }
}
