import DocGenSpec

/// Finds the lines of a page that hold a literal, so a regex that cannot match across a line break runs on those few
/// lines instead of the whole page (which Foundation would bridge to NSString on every call).
enum PageLines {
    /// The lines of `text` that contain one of `needles`, in page order, each once, without their line ends.
    /// Lines end at LF, CR, U+2028 and U+2029 (the line ends ICU's `\s` matches), and also at U+0085 (NEL) when
    /// `nelEndsLine` is set (as `NSString.lineRange` does).
    static func containing(_ needles: [String], in text: String, nelEndsLine: Bool) -> [String] {
        let patterns = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }
        return TextBytes.withBytes(text) { bytes in
            // The next place each needle occurs (nil: nowhere further), found again only once the search has passed it.
            var next: [Int?] = patterns.map { firstOffset(of: $0, in: bytes, from: 0) }
            var out: [String] = []
            var from = 0
            while true {
                for k in patterns.indices { if let at = next[k], at < from { next[k] = firstOffset(of: patterns[k], in: bytes, from: from) } }
                guard let hit = next.compactMap({ $0 }).min() else { break }
                var start = hit
                while start > 0, breakLength(endingAt: start, in: bytes, nel: nelEndsLine) == 0 { start -= 1 }
                var end = hit
                while end < bytes.count, breakLength(startingAt: end, in: bytes, nel: nelEndsLine) == 0 { end += 1 }
                out.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                from = end
            }
            return out
        }
    }

    private static func firstOffset(of pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        pattern.withUnsafeBytes { TextBytes.firstOffset(of: $0, in: bytes, from: from) }
    }

    /// Length of a line end whose last byte is just before `index` (0 if none). Lead bytes (C2, E2) are never
    /// continuation bytes, so these tests cannot fire inside another character.
    private static func breakLength(endingAt index: Int, in bytes: UnsafeRawBufferPointer, nel: Bool) -> Int {
        let b = bytes[index - 1]
        if b == 0x0A || b == 0x0D { return 1 }
        if nel, b == 0x85, index >= 2, bytes[index - 2] == 0xC2 { return 2 }
        if b == 0xA8 || b == 0xA9, index >= 3, bytes[index - 2] == 0x80, bytes[index - 3] == 0xE2 { return 3 }
        return 0
    }

    /// Length of a line end starting at `index` (0 if none).
    private static func breakLength(startingAt index: Int, in bytes: UnsafeRawBufferPointer, nel: Bool) -> Int {
        let b = bytes[index]
        if b == 0x0A || b == 0x0D { return 1 }
        if nel, b == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return 2 }
        if b == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
            return 3
        }
        return 0
    }
}
