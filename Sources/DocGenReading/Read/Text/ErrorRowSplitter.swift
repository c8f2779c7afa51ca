import DocGenSpec

/// Splits the text of a run-together error row after its HTTP status (`InvalidDiskIds.NotInSameZoneThe specified
/// disks are not in the same availability zone.-`) into error code, message and description.
///
/// Code / message: a code has no spaces, so the message starts inside the row's first space-free token, at the start
/// of one of its CamelCase words: a name known from the rest of the page (`...|InstanceId is ...`), a name the token
/// ends with twice, else the last word (`...NotInSameZone|The`, `...KMSUnauthorized|ECS`). A `%s` right after a dot
/// belongs to the code (`InvalidParameter.%s`).
///
/// Message / description: cells join without a space. Pages often repeat the message as the description (up to case
/// and final period), which is tried first; then, in tiers, a sentence end directly followed by a capitalised word
/// (`...zone.The ...`, not inside identifiers like `Tag.N.Key`; the last one when there are several), a placeholder
/// alone as the message (`%sThe number of ...`), an opening the table's other rows share, a sentence end next to an
/// identifier, a word glued without a period. A trailing `-` is an empty description. See docs/text-readers.md.
struct ErrorRowSplitter: Sendable {
    var knownNames: Set<String> = []
    /// Learned from the table's confidently split rows (see `ErrorTableSplitter`): how descriptions usually start
    /// (`The error message returned`), the capitalised words codes are made of, the lowercase words of its prose.
    var descriptionOpenings: [String] = []
    var codeWords: Set<String> = []
    var proseWords: Set<String> = []

    struct Split: Hashable, Sendable {
        var code: String
        var message: String
        /// `-` when the page shows no description.
        var description: String
        /// What had to be assumed, for an info diagnostic; nil when the split was unique.
        var assumption: String?
        /// Set when no rule fitted and the fallback was used.
        var failed: Bool = false
    }

    /// Splits code + message + description.
    func split(_ text: String) -> Split {
        let chars = Array(text)
        if chars.count >= 2, chars.last == "-", !chars[chars.count - 2].isWhitespace {
            let (code, message, assumption) = splitCodeAndText(Array(chars.dropLast()))
            return Split(code: code, message: message, description: "-", assumption: assumption,
                         failed: message.isEmpty)
        }
        if let split = splitByRepetition(chars) { return split }
        let starts = orderedMessageStarts(chars)
        guard let c = starts.first else {
            return Split(code: text, message: "", description: "",
                         assumption: "found no start of the message; kept the row as the code", failed: true)
        }
        func make(_ c: Int, _ j: Int, _ note: String?) -> Split {
            Split(code: String(chars[..<c]), message: String(chars[c..<j]), description: String(chars[j...]),
                  assumption: note.map { "assumed " + $0 })
        }
        let breaks = descriptionStarts(chars, messageStart: c)
        // Tier 1: a plain sentence end (`...zone.The ...`).
        if let j = breaks.strong.last {
            return make(c, j, breaks.strong.count > 1 ? severalBreaksNote(chars, breaks.strong, from: c) : nil)
        }
        // Tier 2: a placeholder alone as the message, starting at an earlier word (`Tags|%s|The number ...`).
        for earlier in starts.dropFirst() {
            if let end = Self.placeholderEnd(chars, at: earlier), end < chars.count, chars[end].isUppercase {
                return make(earlier, end, "the message is the placeholder \"\(String(chars[earlier..<end]))\"")
            }
        }
        // Tier 3: where a description opening that the table's other rows share starts, glued to the message.
        if let j = openingStart(chars, after: c) {
            return make(c, j, "the description starts with the opening other rows of the table share"
                + " (\"\(snippet(chars, around: j))\")")
        }
        // Tier 4: a sentence end next to an identifier (`...SystemDisk.Category`), or a glued word without a
        // period (`...creatingThe error ...`).
        if let j = breaks.weak.last {
            return make(c, j, "the description starts at \"\(snippet(chars, around: j))\" (next to an identifier)")
        }
        if let j = breaks.glued.last {
            return make(c, j, "the message has no final period and the description starts at"
                + " \"\(snippet(chars, around: j))\"")
        }
        return Split(code: String(chars[..<c]), message: String(chars[c...]), description: "",
                     assumption: "found no end of the message; kept the rest of the row as the message", failed: true)
    }

    private func openingStart(_ chars: [Character], after c: Int) -> Int? {
        guard !descriptionOpenings.isEmpty, c + 1 < chars.count else { return nil }
        let openings = descriptionOpenings.map { Array($0 + " ") }
        for j in (c + 1)..<chars.count where chars[j].isUppercase && !chars[j - 1].isWhitespace {
            if openings.contains(where: { chars[j...].starts(with: $0) }) { return j }
        }
        return nil
    }

    private func severalBreaksNote(_ chars: [Character], _ breaks: [Int], from c: Int) -> String {
        let options = breaks.map { "\"\(snippet(chars, around: $0))\"" }
        return "\(breaks.count) sentence ends could end the message (\(options.joined(separator: ", ")));"
            + " took the last, since descriptions are edited prose and messages are not"
    }

    private func snippet(_ chars: [Character], around j: Int) -> String {
        String(chars[max(0, j - 10)..<min(j + 10, chars.count)])
    }

    /// Splits code + one text cell (a row without description, or a table with only one of message/description).
    func splitCodeAndText(_ chars: [Character]) -> (code: String, text: String, assumption: String?) {
        guard let c = orderedMessageStarts(chars).first else {
            return (String(chars), "", "found no start of the message; kept the row as the code")
        }
        return (String(chars[..<c]), String(chars[c...]), nil)
    }

    /// Message starts in order of preference: a known name that ends the first token, a name the token ends with
    /// twice (`...ResourceOwnerAccount|ResourceOwnerAccount is ...`: codes often end with the name the message
    /// starts with), then the CamelCase word starts of the first token from last to first.
    func orderedMessageStarts(_ chars: [Character]) -> [Int] {
        let tokenEnd = chars.firstIndex(where: \.isWhitespace) ?? chars.count
        let starts = Self.wordStarts(chars, tokenEnd: tokenEnd)
        var ordered: [Int] = []
        if let named = starts.first(where: { knownNames.contains(String(chars[$0..<tokenEnd])) }) {
            ordered.append(named)
        }
        if let doubled = starts.first(where: { Self.isDoubledName(chars, start: $0, tokenEnd: tokenEnd) }) {
            ordered.append(doubled)
        }
        if let glued = lowercaseMessageStart(chars, starts: starts, tokenEnd: tokenEnd) { ordered.append(glued) }
        ordered += starts.reversed().filter { !ordered.contains($0) }
        return ordered
    }

    /// Whether the token ends with the same name twice and `start` begins the second copy.
    static func isDoubledName(_ chars: [Character], start: Int, tokenEnd: Int) -> Bool {
        let length = tokenEnd - start
        guard length >= 4, start - length >= 0 else { return false }
        guard chars[(start - length)..<start].elementsEqual(chars[start..<tokenEnd]) else { return false }
        let parts: [String] = String(chars[start..<tokenEnd]).split(separator: ".").map(String.init)
        let allNames = parts.allSatisfy { FieldRow.isIdentifier($0) }
        return allNames && parts.contains { PageEvidence.isMultiWordIdentifier($0) }
    }

    /// `...NotSupported|disk size ...`: a message starting in lowercase glued to the code's last word. Taken when the
    /// last word is a word codes of this table use plus a word the table's prose uses, and the glued whole is not
    /// itself a word of the page.
    func lowercaseMessageStart(_ chars: [Character], starts: [Int], tokenEnd: Int) -> Int? {
        guard !codeWords.isEmpty else { return nil }
        let afterDot = chars[..<tokenEnd].lastIndex(of: ".").map { $0 + 1 } ?? 0
        let last = max(starts.last ?? 0, afterDot)
        guard tokenEnd - last >= 4 else { return nil }
        let word = String(chars[last..<tokenEnd])
        guard !proseWords.contains(word.lowercased()) else { return nil }
        for cut in (last + 2)..<(tokenEnd - 1) {
            let head = String(chars[last..<cut]), tail = String(chars[cut..<tokenEnd])
            if codeWords.contains(head), tail.allSatisfy(\.isLowercase), proseWords.contains(tail) { return cut }
        }
        return nil
    }

    /// Positions inside the first token where a message could begin: CamelCase word starts (a capital after a
    /// lowercase letter or digit, the last capital of an acronym before a lowercase letter), a placeholder `%`
    /// that does not follow a dot, an opening quote or bracket. Never right after a dot: a code does not end in one.
    static func wordStarts(_ chars: [Character], tokenEnd: Int) -> [Int] {
        var starts: [Int] = []
        var p = 1
        while p < tokenEnd {
            let c = chars[p], prev = chars[p - 1]
            let next: Character? = p + 1 < tokenEnd ? chars[p + 1] : nil
            var isStart = false
            if prev == "." {
                isStart = false
            } else if c.isUppercase {
                isStart = prev.isLowercase || prev.isNumber
                    || (prev.isUppercase && (next?.isLowercase ?? false))
                    || !(prev.isLetter || prev.isNumber || prev == "-")
            } else if c == "%" {
                isStart = prev.isLetter || prev.isNumber
            } else if "'\"‘“(".contains(c) {
                // An opening quote, not the apostrophe of `Can't`: the token must close it again.
                let closing: Character = c == "‘" ? "’" : c == "“" ? "”" : c == "(" ? ")" : c
                isStart = (prev.isLetter || prev.isNumber) && chars[(p + 1)..<tokenEnd].contains(closing)
            }
            if isStart { starts.append(p) }
            p += 1
        }
        return starts
    }

    struct Breaks {
        /// After a sentence end, before a capitalised word: `zone.The`, `KMS.ECS is`, `process.A previous`.
        var strong: [Int] = []
        /// The same next to an identifier (`SystemDisk.Category`, `ZoneId.N parameter`): more often a path.
        var weak: [Int] = []
        /// A capitalised word glued to a lowercase one with no period: `not foundThe error ...`.
        var glued: [Int] = []
    }

    /// Where the description could start after a message starting at `messageStart`.
    func descriptionStarts(_ chars: [Character], messageStart: Int) -> Breaks {
        var breaks = Breaks()
        var j = messageStart + 1
        while j < chars.count {
            if let strength = Self.sentenceBreak(chars, at: j, messageStart: messageStart) {
                if strength { breaks.strong.append(j) } else { breaks.weak.append(j) }
            } else if Self.isGlued(chars, at: j, messageStart: messageStart) {
                breaks.glued.append(j)
            }
            j += 1
        }
        return breaks
    }

    /// `%s`, `%d`, `{name}` at `index`: the index after it.
    static func placeholderEnd(_ chars: [Character], at index: Int) -> Int? {
        guard index < chars.count else { return nil }
        if chars[index] == "%", index + 1 < chars.count, chars[index + 1].isLetter { return index + 2 }
        if chars[index] == "{", let close = chars[index...].firstIndex(of: "}") { return close + 1 }
        return nil
    }

    /// The capitalised word at `j` and what follows it.
    private static func word(_ chars: [Character], at j: Int) -> (word: ArraySlice<Character>, after: Character?) {
        var end = j
        while end < chars.count, chars[end].isLetter || chars[end].isNumber { end += 1 }
        return (chars[j..<end], end < chars.count ? chars[end] : nil)
    }

    /// True for a strong break, false for a weak one, nil for none.
    static func sentenceBreak(_ chars: [Character], at j: Int, messageStart: Int) -> Bool? {
        guard j >= 2, chars[j].isUppercase else { return nil }
        let isPlaceholderEnd = chars[j - 2] == "%" && chars[j - 1].isLetter
        guard ".!?。".contains(chars[j - 1]) || isPlaceholderEnd else { return nil }
        // The word after must be a word: `The`, `A previous`, `ECS is`, not the `N` of `Tag.N.Key`.
        let (word, after) = Self.word(chars, at: j)
        if after == "." { return nil }
        if word.count == 1 {
            guard after == " " else { return nil }
        } else if !word.dropFirst().contains(where: \.isLowercase) {
            guard after == nil || after == " " || after == "," else { return nil }
        }
        if isPlaceholderEnd { return true }
        // The word before must not itself be dotted (`Tag.n.Key`), and must be a word.
        var wordStart = j - 1
        while wordStart > messageStart, !chars[wordStart - 1].isWhitespace { wordStart -= 1 }
        let before = String(chars[wordStart..<(j - 1)])
        guard let last = before.last, last.isLetter || last.isNumber || ")'\"”’".contains(last),
              !before.contains(".") else { return nil }
        let identifierBefore = PageEvidence.isMultiWordIdentifier(before) || (before.count == 1 && last.isUppercase)
        let identifierAfter = PageEvidence.isMultiWordIdentifier(String(word))
        return !(identifierBefore || identifierAfter)
    }

    /// `foundThe error`: a capitalised word directly after a lowercase letter, inside a word that starts in
    /// lowercase (so not a CamelCase identifier like `InstanceChargeType`), followed by a space.
    static func isGlued(_ chars: [Character], at j: Int, messageStart: Int) -> Bool {
        guard j > messageStart + 1, chars[j].isUppercase else { return false }
        let (word, after) = Self.word(chars, at: j)
        guard word.count >= 2, word.dropFirst().allSatisfy(\.isLowercase), after == " " else { return false }
        // After a number or a closing quote (`limit: 50The`, `"UserData"The`) a glued word is a new cell.
        if chars[j - 1].isNumber || "\"'”’)".contains(chars[j - 1]) { return true }
        guard chars[j - 1].isLowercase else { return false }
        var wordStart = j - 1
        while wordStart > messageStart, !chars[wordStart - 1].isWhitespace { wordStart -= 1 }
        return wordStart > messageStart && chars[wordStart].isLowercase
    }

    /// Rows whose description repeats the message (up to case and a final period): try every message start in the
    /// first token and look for two equal halves.
    func splitByRepetition(_ chars: [Character]) -> Split? {
        let tokenEnd = chars.firstIndex(where: \.isWhitespace) ?? chars.count
        guard tokenEnd >= 2 else { return nil }
        let wordStarts = Set(Self.wordStarts(chars, tokenEnd: tokenEnd))
        var found: [(c: Int, j: Int)] = []
        for c in 1..<tokenEnd where chars[c - 1] != "." {
            let length = chars.count - c
            let middle = c + length / 2, other = c + (length + 1) / 2
            for j in (middle == other ? [middle] : [middle, other]) where j > c && j < chars.count {
                // Cheap reject first: both halves must start with the same letter.
                guard Self.equalIgnoringCase(chars[c], chars[j]) else { continue }
                if Self.sameSentence(chars[c..<j], chars[j...]) { found.append((c, j)) }
            }
        }
        guard let best = found.first(where: { wordStarts.contains($0.c) }) ?? found.first else { return nil }
        return Split(code: String(chars[..<best.c]), message: String(chars[best.c..<best.j]),
                     description: String(chars[best.j...]), assumption: nil)
    }

    /// Equal up to case and one final period, compared in place (this runs for every candidate split).
    static func sameSentence(_ a: ArraySlice<Character>, _ b: ArraySlice<Character>) -> Bool {
        func core(_ s: ArraySlice<Character>) -> ArraySlice<Character> {
            var t = s
            while let last = t.last, last == " " { t = t.dropLast() }
            if t.last == "." { t = t.dropLast() }
            while let first = t.first, first == " " { t = t.dropFirst() }
            return t
        }
        let x = core(a), y = core(b)
        guard x.count >= 2, x.count == y.count else { return false }
        return zip(x, y).allSatisfy(equalIgnoringCase)
    }

    static func equalIgnoringCase(_ a: Character, _ b: Character) -> Bool {
        if a == b { return true }
        if let x = a.asciiValue, let y = b.asciiValue {
            let lower = x | 0x20
            return lower == y | 0x20 && lower >= 97 && lower <= 122
        }
        return a.lowercased() == b.lowercased()
    }
}
