import Foundation
import DocGenSpec

/// Byte-level versions of string tests the builder makes on whole pages and on every cell, with the same results.
/// `memchr` and `memcmp` find a literal far faster than a loop over `String.UTF8View`.
enum TextBytes {
    /// The first offset at or after `from` where `needle` starts in `haystack`, or nil.
    static func firstOffset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from: Int = 0) -> Int? {
        guard needle.count > 0 else { return from <= haystack.count ? from : nil }
        guard from < haystack.count, let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
        let head = Int32(needle[0])
        let last = haystack.count - needle.count
        var i = from
        while i <= last {
            guard let hit = memchr(base + i, head, last - i + 1) else { return nil }
            i = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + i, pattern, needle.count) == 0 { return i }
            i += 1
        }
        return nil
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, cut at the bytes instead of walking
    /// Characters (which costs a grapheme-break test per scalar, on a whole page). Unicode never joins LF with a
    /// neighbour into one Character except in CR LF, so every LF byte not preceded by CR is exactly where the
    /// Character split cuts, and the pieces are the same Substrings.
    static func linesSplitAtLF(_ text: String) -> [Substring] {
        let offsets = withBytes(text) { bytes -> [Int] in
            var found: [Int] = []
            guard let base = bytes.baseAddress else { return found }
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, 0x0A, bytes.count - from) {
                let offset = base.distance(to: UnsafeRawPointer(hit))
                if offset == 0 || bytes[offset - 1] != 0x0D { found.append(offset) }
                from = offset + 1
            }
            return found
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for offset in offsets {
            let end = utf8.index(start, offsetBy: offset - startOffset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
            startOffset = offset + 1
        }
        lines.append(text[start...])
        return lines
    }

    /// `body` with the UTF-8 bytes of `text` (copied only when the string has no contiguous storage).
    static func withBytes<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var text = text
        return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

    /// Whether `text` holds the bytes of `needle` (as `containsUTF8`).
    static func contains(_ needle: String, in text: String) -> Bool {
        withBytes(text) { haystack in withBytes(needle) { firstOffset(of: $0, in: haystack) != nil } }
    }

    /// `isSimpleText`, decided on the UTF-8 bytes without building scalars one by one.
    static func isSimple(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i += 1
                continue
            }
            // Valid UTF-8 (a `String`): the lead byte gives the length.
            let value: UInt32
            if b < 0xE0 {
                value = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b < 0xF0 {
                value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return false  // outside the BMP: never simple
            }
            switch value {
            case 0..<0xC0, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF9D: continue
            default: return false
            }
        }
        return true
    }

    static func isSimple(_ text: String) -> Bool { withBytes(text) { isSimple($0) } }
}
