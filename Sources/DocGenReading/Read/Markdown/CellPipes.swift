import DocGenSpec

/// The pipes that split a table row's line into cells: every `|` unless escaped (`\|`) or inside a code span that
/// closes on the same line. Given as byte offsets into the page.
extension MarkdownSource {
    func forEachCellPipe(_ index: Int, _ body: (Int) -> Void) {
        let line = lines[index]
        let range = line.range
        // Without escapes or code spans every `|` splits.
        guard bytes[range].contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "`") }) else {
            if line.isStandalone {
                for i in range where bytes[i] == UInt8(ascii: "|") { body(i) }
            } else {
                forEachPipeCharacter(in: Array(self.line(index)), from: range.lowerBound, skippingCode: false, body)
            }
            return
        }
        guard line.isStandalone else {
            forEachPipeCharacter(in: Array(self.line(index)), from: range.lowerBound, skippingCode: true, body)
            return
        }
        // Every scalar is a Character here: walk bytes, counting scalars for the code-span search limit.
        var i = range.lowerBound
        var scalarIndex = 0
        while i < range.upperBound {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\\") {
                i += 1
                if i < range.upperBound { i += UTF8Scalars.length(lead: bytes[i]) }
                scalarIndex += 2
                continue
            }
            if byte == UInt8(ascii: "`"), let close = closingBacktick(from: i, scalarIndex: scalarIndex, end: range.upperBound) {
                scalarIndex = close.scalar + 1
                i = close.byte + 1
                continue
            }
            if byte == UInt8(ascii: "|") { body(i) }
            i += UTF8Scalars.length(lead: byte)
            scalarIndex += 1
        }
    }

    /// The last backtick of the run that closes the run at `start` (same length, within `spanSearchLimit`
    /// Characters of it), as a byte offset and a scalar index.
    private func closingBacktick(from start: Int, scalarIndex: Int, end: Int) -> (byte: Int, scalar: Int)? {
        var run = 0
        while start + run < end, bytes[start + run] == UInt8(ascii: "`") { run += 1 }
        var j = start + run
        var scalarJ = scalarIndex + run
        let limit = scalarIndex + MarkdownInline.spanSearchLimit
        while j < end, scalarJ < limit {
            if bytes[j] == UInt8(ascii: "`") {
                var closing = 0
                while j + closing < end, bytes[j + closing] == UInt8(ascii: "`") { closing += 1 }
                if closing == run { return (j + closing - 1, scalarJ + closing - 1) }
                j += closing
                scalarJ += closing
            } else {
                j += UTF8Scalars.length(lead: bytes[j])
                scalarJ += 1
            }
        }
        return nil
    }

    /// The Character walk, for lines with scalars that combine or pair; `from` is the line's first byte.
    private func forEachPipeCharacter(in chars: [Character], from lineStart: Int, skippingCode: Bool, _ body: (Int) -> Void) {
        var offset = lineStart
        var offsets: [Int] = []
        offsets.reserveCapacity(chars.count + 1)
        for c in chars {
            offsets.append(offset)
            offset += c.utf8.count
        }
        offsets.append(offset)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if skippingCode {
                if c == "\\", i + 1 < chars.count {
                    i += 2
                    continue
                }
                if c == "`", let close = Self.closingBacktick(chars, from: i) {
                    i = close + 1
                    continue
                }
            }
            if c == "|" { body(offsets[i]) }
            i += 1
        }
    }

    private static func closingBacktick(_ chars: [Character], from start: Int) -> Int? {
        var run = 0
        while start + run < chars.count, chars[start + run] == "`" { run += 1 }
        var j = start + run
        let limit = min(chars.count, start + MarkdownInline.spanSearchLimit)
        while j < limit {
            if chars[j] == "`" {
                var closing = 0
                while j + closing < chars.count, chars[j + closing] == "`" { closing += 1 }
                if closing == run { return j + closing - 1 }
                j += closing
            } else {
                j += 1
            }
        }
        return nil
    }
}
