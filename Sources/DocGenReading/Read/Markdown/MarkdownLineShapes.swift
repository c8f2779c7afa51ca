import DocGenSpec

/// The questions the Markdown reader asks of one line, with the answers comparing `Character`s would give.
/// Lines whose scalars are all Characters of their own (`MarkdownLine.isStandalone`, nearly all) are answered from
/// their bytes; the others are made into a `String` and asked as before.
extension MarkdownSource {
    func trimmedHasPrefix(_ index: Int, _ prefix: StaticString) -> Bool {
        let line = lines[index]
        if line.isStandalone { return MarkdownBytes.hasPrefix(bytes, line.trimmed, prefix) }
        return trimmed(index).hasPrefix(prefix.description)
    }

    func trimmedHasSuffix(_ index: Int, _ byte: UInt8) -> Bool {
        let line = lines[index]
        if line.isStandalone { return !line.trimmed.isEmpty && bytes[line.trimmed.upperBound - 1] == byte }
        return trimmed(index).hasSuffix(String(UnicodeScalar(byte)))
    }

    /// Whether the trimmed line is exactly `|`.
    func trimmedIsPipe(_ index: Int) -> Bool {
        let line = lines[index]
        if line.isStandalone { return line.trimmed.count == 1 && bytes[line.trimmed.lowerBound] == UInt8(ascii: "|") }
        return trimmed(index) == "|"
    }

    /// More than one Character once trimmed.
    func trimmedIsLong(_ index: Int) -> Bool {
        let line = lines[index]
        if line.isStandalone {
            return line.trimmed.count > UTF8Scalars.length(lead: line.trimmed.isEmpty ? 0 : bytes[line.trimmed.lowerBound])
        }
        return trimmed(index).count > 1
    }

    /// A code fence line: starts (once trimmed) with three backticks or tildes.
    func isFenceMarker(_ index: Int) -> Bool {
        trimmedHasPrefix(index, "```") || trimmedHasPrefix(index, "~~~")
    }

    /// Starts with `|` after any spaces.
    func startsRow(_ index: Int) -> Bool {
        let line = lines[index]
        guard line.isStandalone else { return self.line(index).drop(while: { $0 == " " }).first == "|" }
        var i = line.range.lowerBound
        while i < line.range.upperBound, bytes[i] == 0x20 { i += 1 }
        return i < line.range.upperBound && bytes[i] == UInt8(ascii: "|")
    }

    /// Ends (before spaces, tabs and NBSPs) with an unescaped `|`.
    func endsWithPipe(_ index: Int) -> Bool {
        let line = lines[index]
        guard line.isStandalone else { return Self.endsWithPipe(self.line(index)) }
        var end = line.range.upperBound
        while end > line.range.lowerBound {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 {
                end -= 1
            } else if byte == 0xA0, end - 2 >= line.range.lowerBound, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        guard end > line.range.lowerBound, bytes[end - 1] == UInt8(ascii: "|") else { return false }
        // `\|` is an escaped pipe: count the backslashes before it.
        var k = end - 1
        while k > line.range.lowerBound, bytes[k - 1] == UInt8(ascii: "\\") { k -= 1 }
        return (end - 1 - k) % 2 == 0
    }

    private static func endsWithPipe(_ line: String) -> Bool {
        let t = line.trimmingTrailingSpace()
        guard t.last == "|" else { return false }
        let backslashes = t.dropLast().reversed().prefix(while: { $0 == "\\" }).count
        return backslashes % 2 == 0
    }

    /// A delimiter row (`|---|:--|`): only pipes, dashes, colons and spaces, with at least one pipe and one dash.
    /// All of these are ASCII and cannot combine with what follows them, so bytes decide on any line.
    func isDelimiter(_ index: Int) -> Bool {
        var pipe = false
        var dash = false
        for i in lines[index].trimmed {
            switch bytes[i] {
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: ":"), UInt8(ascii: " "): continue
            default: return false
            }
        }
        return pipe && dash
    }
}

extension String {
    func trimmingTrailingSpace() -> Substring {
        var s = self[...]
        while let last = s.last, last == " " || last == "\t" || last == "\u{00A0}" || last == "\r" { s = s.dropLast() }
        return s
    }
}
