import DocGenSpec

/// Turns a page's raw bytes into the bytes readers expect, checking UTF-8 on the way, in one pass:
/// a leading BOM is dropped, CRLF and lone CR become LF, and NBSP and the typographic spaces U+2000-U+200A,
/// U+202F, U+205F become a plain space (pages copied from browsers are full of them, and a reader splitting
/// on spaces must not see two kinds).
///
/// Invalid UTF-8 is an error, not a lossy decode: a spec built from mis-decoded text would carry U+FFFD into
/// names and generated code without anyone noticing, while an error names the byte to look at.
enum PageBytesNormalizer {
    struct Normalized {
        var bytes: [UInt8]
        /// How many exotic spaces became plain spaces.
        var replacedSpaces: Int
    }

    struct InvalidUTF8: Error {
        /// 0-based offset in the original bytes.
        var offset: Int
        /// 1-based line of that byte.
        var line: Int
    }

    static func normalize(_ input: [UInt8]) -> Result<Normalized, InvalidUTF8> {
        input.withUnsafeBufferPointer { normalize($0) }
    }

    /// Runs of bytes that stay as they are are copied in one go; ASCII without CR is skipped eight bytes at a time.
    private static func normalize(_ input: UnsafeBufferPointer<UInt8>) -> Result<Normalized, InvalidUTF8> {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var replacedSpaces = 0
        var i = 0
        let n = input.count
        if n >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3 }
        var kept = i
        func keep(upTo end: Int) {
            if kept < end { out.append(contentsOf: UnsafeBufferPointer(rebasing: input[kept..<end])) }
        }
        let base = UnsafeRawPointer(input.baseAddress)
        while i < n {
            if i + 8 <= n, let base {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
                let hasCR = (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080 != 0
                if word & 0x8080_8080_8080_8080 == 0, !hasCR {
                    i += 8
                    continue
                }
            }
            let b = input[i]
            if b < 0x80 {
                if b == 0x0D {
                    keep(upTo: i)
                    out.append(0x0A)
                    i += (i + 1 < n && input[i + 1] == 0x0A) ? 2 : 1
                    kept = i
                    continue
                }
                i += 1
                continue
            }
            guard let length = sequenceLength(input, at: i) else {
                return .failure(InvalidUTF8(offset: i, line: line(of: i, in: input)))
            }
            if isExoticSpace(input, at: i, length: length) {
                keep(upTo: i)
                out.append(0x20)
                replacedSpaces += 1
                kept = i + length
            }
            i += length
        }
        keep(upTo: n)
        return .success(Normalized(bytes: out, replacedSpaces: replacedSpaces))
    }

    /// 1-based line of byte `offset`: LF, CR and CRLF each end one line.
    private static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A {
                line += 1
            } else if bytes[i] == 0x0D {
                line += 1
                if i + 1 < offset, bytes[i + 1] == 0x0A { i += 1 }
            }
            i += 1
        }
        return line
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (a non-ASCII lead byte), or nil.
    /// Follows the Unicode table of well-formed sequences: no overlongs, no surrogates, nothing above U+10FFFF.
    private static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b0 = s[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= s.count else { return nil }
        guard s[i + 1] >= low, s[i + 1] <= high else { return nil }
        for k in 2..<length where s[i + k] & 0xC0 != 0x80 { return nil }
        return length
    }

    private static func isExoticSpace(_ s: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        if length == 2 { return s[i] == 0xC2 && s[i + 1] == 0xA0 }
        guard length == 3, s[i] == 0xE2 else { return false }
        switch (s[i + 1], s[i + 2]) {
        case (0x80, 0x80...0x8A), (0x80, 0xAF), (0x81, 0x9F): return true
        default: return false
        }
    }
}
