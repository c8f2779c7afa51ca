import DocGenSpec

/// A Markdown page as UTF-8 bytes cut into lines, with what the reader asks of every line worked out once.
///
/// Lines are cut where `String.split(separator: "\n")` cuts: at each LF not preceded by CR (CR LF is one `Character`).
/// The reader normalises CR first, so that exception only matters for pages it is handed directly.
struct MarkdownSource {
    /// The page's bytes; valid only inside `MarkdownSource.reading(_:_:)`.
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [MarkdownLine]

    /// Runs `body` on `text` cut into lines (the bytes are borrowed from a copy for that time only).
    static func reading<T>(_ text: String, _ body: (MarkdownSource) -> T) -> T {
        var text = text
        return text.withUTF8 { body(MarkdownSource(bytes: $0)) }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var lines: [MarkdownLine] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        var start = 0
        var standalone = true
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == 0x0A, i == 0 || bytes[i - 1] != 0x0D {
                    lines.append(MarkdownLine(bytes, start..<i, isStandalone: standalone))
                    start = i + 1
                    standalone = true
                } else if byte == 0x0D {
                    standalone = false
                }
                i += 1
            } else if (0xE5...0xE9).contains(byte) {
                i += 3  // U+5000...U+9FFF: CJK ideographs, all standalone
            } else {
                let (scalar, length) = UTF8Scalars.scalar(at: i, in: bytes)
                if standalone, !scalar.isStandalone { standalone = false }
                i += length
            }
        }
        lines.append(MarkdownLine(bytes, start..<bytes.count, isStandalone: standalone))
        self.lines = lines
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func line(_ index: Int) -> String { string(lines[index].range) }

    func trimmed(_ index: Int) -> String { string(lines[index].trimmed) }

    /// The text of lines `first...last` as the reader joins them with "\n": the bytes between them.
    func joined(_ first: Int, _ last: Int) -> String {
        string(lines[first].range.lowerBound..<lines[last].range.upperBound)
    }
}

struct MarkdownLine {
    let range: Range<Int>
    /// `range` without leading and trailing horizontal space, as `trimmingWhitespace()` cuts it.
    let trimmed: Range<Int>
    /// Every scalar is a Character of its own (`Unicode.Scalar.isStandalone`): byte tests give the Character answers.
    let isStandalone: Bool
    /// Only spaces, tabs and NBSPs (or nothing).
    let isBlank: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isStandalone: Bool) {
        self.range = range
        self.isStandalone = isStandalone
        trimmed = UTF8Scalars.trimmed(bytes, range)
        // A line with anything left after trimming has a scalar outside the three.
        isBlank = trimmed.isEmpty && MarkdownBytes.isSpaceTabOrNBSP(bytes, range)
    }
}

/// Byte tests shared by the Markdown reader's files.
enum MarkdownBytes {
    /// Whether `range` holds only spaces, tabs and NBSPs. No other scalar is canonically equivalent to one of them,
    /// so this is also the `Character` test on any text.
    static func isSpaceTabOrNBSP(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            switch bytes[i] {
            case 0x20, 0x09: i += 1
            case 0xC2 where i + 1 < range.upperBound && bytes[i + 1] == 0xA0: i += 2
            default: return false
            }
        }
        return true
    }

    /// Whether `range` starts with `prefix` (ASCII).
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ prefix: StaticString) -> Bool {
        guard range.count >= prefix.utf8CodeUnitCount else { return false }
        let p = prefix.utf8Start
        for k in 0..<prefix.utf8CodeUnitCount where bytes[range.lowerBound + k] != p[k] { return false }
        return true
    }
}
