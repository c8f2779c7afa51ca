import DocGenSpec

/// Cutting a description line into sentences.
extension DescriptionText {
    /// Cuts after `。；;！？` and after `.`/`!`/`?` followed by a space, so `1.5`, `(.)` and `0.0.0.0/0` stay whole.
    static func splitSentences(_ line: String) -> [String] {
        line.isSimpleText ? splitSimpleSentences(line) : splitSentencesByCharacter(line)
    }

    /// `splitSentencesByCharacter` for simple text (see `isSimpleText`), where every scalar is a Character of its
    /// own and equals no other scalar: scalars are read from the UTF-8 bytes and compared instead of Characters, and
    /// pieces are cut from the bytes.
    static func splitSimpleSentences(_ line: String) -> [String] {
        var line = line
        return line.withUTF8 { bytes in
            var pieces: [String] = []
            var pieceStart = 0
            var previous: Unicode.Scalar?
            var i = 0
            while i < bytes.count {
                let (c, length) = UTF8Bytes.scalar(at: i, in: bytes)
                let next = i + length
                let endsHere: Bool
                switch c {
                case "。", "；", ";", "！", "？": endsHere = true
                case ".", "!", "?":
                    if next < bytes.count {
                        let following = UTF8Bytes.scalar(at: next, in: bytes)
                        endsHere = following.scalar == " " || following.scalar == "\t" || following.scalar == "\u{00A0}"
                            || (c == "." && startsRunTogetherSentence(after: previous, bytes, from: next))
                    } else {
                        endsHere = false
                    }
                default: endsHere = false
                }
                if endsHere {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[pieceStart..<next]), as: UTF8.self))
                    pieceStart = next
                }
                previous = c
                i = next
            }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[pieceStart...]), as: UTF8.self))
            return pieces.filter { !$0.isAllHorizontalSpace }
        }
    }

    /// `startsRunTogetherSentence` for simple text: the period (just before byte `start`) follows `previous` and is
    /// followed by at least two more scalars, read from `start`.
    private static func startsRunTogetherSentence(
        after previous: Unicode.Scalar?, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Bool {
        guard let previous, start < bytes.count else { return false }
        let first = UTF8Bytes.scalar(at: start, in: bytes)
        guard start + first.length < bytes.count else { return false }
        let second = UTF8Bytes.scalar(at: start + first.length, in: bytes).scalar
        if first.scalar == "*" && second == "*" {
            let before = Character(previous)
            return before.isLetter && before.isLowercase
        }
        return previous == ")" && Character(first.scalar).isUppercase && Character(second).isLowercase
    }

    static func splitSentencesByCharacter(_ line: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        let chars = Array(line)
        for (i, c) in chars.enumerated() {
            current.append(c)
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            let endsHere: Bool
            switch c {
            case "。", "；", ";", "！", "？": endsHere = true
            case ".", "!", "?": endsHere = next.map { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" } ?? false
                || Self.startsRunTogetherSentence(chars, after: i)
            default: endsHere = false
            }
            if endsHere {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isAllHorizontalSpace { pieces.append(current) }
        return pieces.filter { !$0.isAllHorizontalSpace }
    }

    /// "(-).It cannot" and "requests.**ClientToken** can": a period with the space lost. Paths such as `Tag.Key`
    /// are not cut, because their period follows a letter and is not followed by markup.
    private static func startsRunTogetherSentence(_ chars: [Character], after i: Int) -> Bool {
        guard chars[i] == ".", i > 0, i + 2 < chars.count else { return false }
        if chars[i + 1] == "*" && chars[i + 2] == "*" { return chars[i - 1].isLetter && chars[i - 1].isLowercase }
        return chars[i - 1] == ")" && chars[i + 1].isUppercase && chars[i + 2].isLowercase
    }
}
