/// Splits the text of a run-together error row after its HTTP status (`InvalidDiskIds.NotInSameZoneThe specified
/// disks are not in the same availability zone.-`) into error code, message and description.
///
/// Code / message: a code has no spaces, so the message starts inside the row's first space-free token, at the start
/// of one of its CamelCase words (`...NotInSameZone|The`, `...KMSUnauthorized|ECS`, `QuotaExceed.Tags|%s`); the last
/// word is the usual answer, unless a name known from the rest of the page ends the token (`...|InstanceId is ...`).
/// A `%s` right after a dot belongs to the code (`InvalidParameter.%s`).
///
/// Message / description: cells join without a space, so the description starts at a sentence end directly followed
/// by a capitalised word (`...zone.The ...`; not inside identifiers like `Tag.N.Key`). Pages often repeat the message
/// as the description, up to case and final period, which settles rows whose message starts in lowercase
/// (`...Failedram sub-account ... failed.RAM sub-account ... failed.`) or has no sentence end at all.
/// A placeholder alone can be the message (`%sThe number of ...`). A trailing `-` is an empty description.
struct ErrorRowSplitter: Sendable {
    var knownNames: Set<String> = []

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
        for (rank, c) in starts.enumerated() {
            let breaks = descriptionStarts(chars, messageStart: c)
            guard let j = breaks.last else { continue }
            var notes: [String] = []
            if rank > 0 { notes.append("the message starts at \"\(String(chars[c..<min(c + 12, chars.count)]))\"") }
            if breaks.count > 1 {
                let options = breaks.map { "\"\(String(chars[max(c, $0 - 10)..<min($0 + 10, chars.count)]))\"" }
                notes.append("\(breaks.count) sentence ends could end the message (\(options.joined(separator: ", ")));"
                    + " took the last, since descriptions are edited prose and messages are not")
            }
            return Split(code: String(chars[..<c]), message: String(chars[c..<j]), description: String(chars[j...]),
                         assumption: notes.isEmpty ? nil : "assumed " + notes.joined(separator: "; "))
        }
        let c = starts.first ?? chars.count
        return Split(code: String(chars[..<c]), message: String(chars[c...]), description: "",
                     assumption: "found no end of the message; kept the rest of the row as the message", failed: true)
    }

    /// Splits code + one text cell (a row without description, or a table with only one of message/description).
    func splitCodeAndText(_ chars: [Character]) -> (code: String, text: String, assumption: String?) {
        guard let c = orderedMessageStarts(chars).first else {
            return (String(chars), "", "found no start of the message; kept the row as the code")
        }
        return (String(chars[..<c]), String(chars[c...]), nil)
    }

    /// Message starts in order of preference: a known name that ends the first token, then the CamelCase word
    /// starts of the first token from last to first.
    func orderedMessageStarts(_ chars: [Character]) -> [Int] {
        let tokenEnd = chars.firstIndex(where: \.isWhitespace) ?? chars.count
        let starts = Self.wordStarts(chars, tokenEnd: tokenEnd)
        var ordered: [Int] = []
        if let named = starts.first(where: { knownNames.contains(String(chars[$0..<tokenEnd])) }) {
            ordered.append(named)
        }
        ordered += starts.reversed().filter { !ordered.contains($0) }
        return ordered
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
                    || !(prev.isLetter || prev.isNumber)
            } else if c == "%" || "'\"‘“(".contains(c) {
                isStart = prev.isLetter || prev.isNumber
            }
            if isStart { starts.append(p) }
            p += 1
        }
        return starts
    }

    /// Where the description could start after a message starting at `messageStart`: right after a sentence end
    /// that is directly followed by a capitalised word, or right after a message that is only a placeholder.
    func descriptionStarts(_ chars: [Character], messageStart: Int) -> [Int] {
        var result: [Int] = []
        if let placeholderEnd = Self.placeholderEnd(chars, at: messageStart), placeholderEnd < chars.count,
           chars[placeholderEnd].isUppercase {
            result.append(placeholderEnd)
        }
        var j = messageStart + 2
        while j < chars.count {
            if Self.isSentenceBreak(chars, at: j, messageStart: messageStart) { result.append(j) }
            j += 1
        }
        return result
    }

    /// `%s`, `%d`, `{name}` at `index`: the index after it.
    static func placeholderEnd(_ chars: [Character], at index: Int) -> Int? {
        guard index < chars.count else { return nil }
        if chars[index] == "%", index + 1 < chars.count, chars[index + 1].isLetter { return index + 2 }
        if chars[index] == "{", let close = chars[index...].firstIndex(of: "}") { return close + 1 }
        return nil
    }

    static func isSentenceBreak(_ chars: [Character], at j: Int, messageStart: Int) -> Bool {
        guard ".!?。".contains(chars[j - 1]), chars[j].isUppercase else { return false }
        // The word after must be a word: `The`, `A previous`, `ECS is`, not the `N` of `Tag.N.Key`.
        var wordEnd = j
        while wordEnd < chars.count, chars[wordEnd].isLetter || chars[wordEnd].isNumber { wordEnd += 1 }
        let word = chars[j..<wordEnd]
        let after: Character? = wordEnd < chars.count ? chars[wordEnd] : nil
        if word.count == 1 {
            guard after == " " else { return false }
        } else if !word.dropFirst().contains(where: \.isLowercase) {
            guard after == nil || after == " " || after == "," else { return false }
        }
        if after == "." { return false }
        // The word before must not itself be dotted (`Tag.n.Key`), and must be a word.
        var wordStart = j - 1
        while wordStart > messageStart, !chars[wordStart - 1].isWhitespace { wordStart -= 1 }
        let before = chars[wordStart..<(j - 1)]
        guard let last = before.last, last.isLetter || last.isNumber || ")'\"”’".contains(last) else { return false }
        return !before.contains(".")
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
            for j in Set([c + length / 2, c + (length + 1) / 2]) where j > c && j < chars.count {
                if Self.sameSentence(chars[c..<j], chars[j...]) { found.append((c, j)) }
            }
        }
        guard let best = found.first(where: { wordStarts.contains($0.c) }) ?? found.first else { return nil }
        return Split(code: String(chars[..<best.c]), message: String(chars[best.c..<best.j]),
                     description: String(chars[best.j...]), assumption: nil)
    }

    static func sameSentence(_ a: ArraySlice<Character>, _ b: ArraySlice<Character>) -> Bool {
        func normal(_ s: ArraySlice<Character>) -> String {
            var t = String(s).lowercased().trimmingCharacters(in: .whitespaces)
            if t.hasSuffix(".") { t.removeLast() }
            return t
        }
        let x = normal(a)
        return x.count >= 2 && x == normal(b)
    }
}
