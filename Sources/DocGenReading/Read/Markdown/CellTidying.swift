import DocGenSpec

/// Trims each line (NBSP read as a space), drops leading/trailing blank lines and squeezes blank-line runs to one.
func tidyCell(_ text: String) -> String {
    var text = text
    return text.withUTF8 { CellTidying.tidy($0) }
}

/// `tidyCell` and the reader's text pipeline (`tidyCell(MarkdownInline.plainText(text))`) on UTF-8 bytes.
///
/// Everything `tidyCell` asks is a scalar question, so bytes give its answers on any text: lines end at each LF not
/// preceded by CR (where `split(separator: "\n")` cuts), trimming removes the scalars `trimmingWhitespace()` removes,
/// and NBSP is replaced by a space.
enum CellTidying {
    static func tidy(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var blankPending = false
            var lineStart = 0
            var i = 0
            while i <= bytes.count {
                guard i == bytes.count || (bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D)) else {
                    i += 1
                    continue
                }
                let t = UTF8Scalars.trimmed(bytes, lineStart..<i)
                lineStart = i + 1
                i += 1
                if t.isEmpty {
                    blankPending = count > 0
                    continue
                }
                if count > 0 {
                    out[count] = 0x0A
                    count += 1
                    if blankPending {
                        out[count] = 0x0A
                        count += 1
                    }
                }
                var k = t.lowerBound
                while k < t.upperBound {
                    if bytes[k] == 0xC2, k + 1 < t.upperBound, bytes[k + 1] == 0xA0 {
                        out[count] = 0x20
                        k += 2
                    } else {
                        out[count] = bytes[k]
                        k += 1
                    }
                    count += 1
                }
                blankPending = false
            }
            return count
        }
    }

    /// `tidyCell(MarkdownInline.plainText(text))` for the UTF-8 `text`.
    static func plainCell(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(where: MarkdownInline.isMarkupByte) else { return tidy(bytes) }
        if let plain = MarkdownInline.scanBytes(bytes) { return plain.withUnsafeBufferPointer { tidy($0) } }
        return tidyCell(MarkdownInline.scanCharacters(String(decoding: bytes, as: UTF8.self)))
    }
}
