import Foundation
import DocGenSpec

/// Reading Unicode scalars straight from a String's UTF-8 bytes (always well formed), for the byte-level fast paths of
/// the description reader.
enum UTF8Bytes {
    /// The scalar starting at `i` and the number of bytes it takes.
    @inline(__always)
    static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 {
            return (Unicode.Scalar((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))!, 2)
        }
        if b0 < 0xF0 {
            let value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(value)!, 3)
        }
        let value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F)
        return (Unicode.Scalar(value)!, 4)
    }

    /// Whether the UTF-8 form of `text` holds `byte` (memchr, rather than the byte-by-byte `utf8.contains`).
    static func contains(_ text: String, byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Whether `needle` occurs in the UTF-8 form of `text`.
    static func contains(_ text: String, _ needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            let count = needle.utf8CodeUnitCount
            guard count > 0 else { return true }
            guard let base = haystack.baseAddress, haystack.count >= count else { return false }
            let pattern = needle.utf8Start
            var i = 0
            let last = haystack.count - count
            while i <= last, let hit = memchr(base + i, Int32(pattern[0]), last - i + 1) {
                let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + start, pattern, count) == 0 { return true }
                i = start + 1
            }
            return false
        }
    }
}
