import Foundation
import DocGenSpec

/// A compiled regular expression over Swift strings. Patterns are fixed strings in the rule files, so a pattern
/// that does not compile is a programming error caught by the first test that runs the rule.
struct TextPattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to share between threads.
    let regex: NSRegularExpression
    /// Literals of which every match holds at least one (see `init`).
    private let gate: LiteralGate?

    /// - Parameter requiresAnyOf: optional lower-case literals such that every possible match contains at least one
    ///   of them. A text holding none of them is not handed to the regex engine at all, which is most of the cost
    ///   of the rules (most sentences match none of a rule's patterns). It must be a true necessary condition:
    ///   a wrong list silently loses matches.
    init(_ pattern: String, caseSensitive: Bool = false, requiresAnyOf literals: [String] = []) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            fatalError("constraint pattern does not compile: \(pattern): \(error)")
        }
        gate = literals.isEmpty ? nil : LiteralGate(literals, caseSensitive: caseSensitive)
    }

    func firstMatch(in text: String) -> TextMatch? {
        guard gate?.admits(text) ?? true else { return nil }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: whole).map { TextMatch(result: $0, text: text) }
    }

    func allMatches(in text: String) -> [TextMatch] {
        guard gate?.admits(text) ?? true else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: whole).map { TextMatch(result: $0, text: text) }
    }

    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    func replacing(in text: String, with template: String) -> String {
        guard gate?.admits(text) ?? true else { return text }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: whole, withTemplate: template)
    }
}

/// A quick byte search that rules out texts a pattern cannot match.
private struct LiteralGate {
    let literals: [[UInt8]]
    let caseSensitive: Bool

    /// For each byte value, whether some literal starts with it, so that one pass over the text finds every
    /// place a literal could start (rather than one pass per literal).
    private let startsLiteral: [Bool]
    private let hasEmptyLiteral: Bool

    init(_ literals: [String], caseSensitive: Bool) {
        self.literals = literals.map { Array($0.utf8) }
        self.caseSensitive = caseSensitive
        var starts = [Bool](repeating: false, count: 256)
        for literal in self.literals { if let head = literal.first { starts[Int(head)] = true } }
        startsLiteral = starts
        hasEmptyLiteral = self.literals.contains { $0.isEmpty }
    }

    /// Whether the text may match: it holds one of the literals (ASCII letters compared without case unless the
    /// pattern is case-sensitive), or, for a case-insensitive pattern, a Latin letter whose Unicode case folding
    /// gives ASCII letters (`ſ`, `ß`, `ﬁ`, the Kelvin sign…), where a byte search could be wrong.
    func admits(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ admits(bytes: $0) }) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer { admits(bytes: $0) }
    }

    private func admits(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if !caseSensitive && Self.hasCaseFoldingLatin(bytes) { return true }
        return containsAnyLiteral(bytes)
    }

    /// Whether some literal occurs in `bytes` (ASCII letters of the text folded to lower case unless the pattern is
    /// case-sensitive; the literals are compared as given).
    private func containsAnyLiteral(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmptyLiteral { return true }
        let ignoringASCIICase = !caseSensitive
        @inline(__always) func fold(_ b: UInt8) -> UInt8 { ignoringASCIICase && b &- 0x41 < 26 ? b | 0x20 : b }
        return startsLiteral.withUnsafeBufferPointer { starts in
            var i = 0
            while i < bytes.count {
                let head = fold(bytes[i])
                if starts[Int(head)] {
                    for needle in literals where needle[0] == head && needle.count <= bytes.count - i {
                        var j = 1
                        while j < needle.count, fold(bytes[i + j]) == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// Lead bytes of U+00C0–U+027F, U+1E00–U+1FFF, U+2100–U+217F and U+FB00–U+FB3F: the blocks holding every
    /// character whose case folding has an ASCII letter.
    private static func hasCaseFoldingLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0xC3 {
                if b <= 0xC9 { return true }
                if i + 1 < bytes.count {
                    let next = bytes[i + 1]
                    if b == 0xE1, next >= 0xB8, next <= 0xBF { return true }
                    if b == 0xE2, next == 0x84 || next == 0x85 { return true }
                    if b == 0xEF, next == 0xAC { return true }
                }
            }
            i += 1
        }
        return false
    }
}

/// One match: the matched text, its place in the searched string and the capture groups (nil when a group did not take part).
struct TextMatch {
    let range: Range<String.Index>
    let groups: [String?]
    let text: String

    fileprivate init(result: NSTextCheckingResult, text: String) {
        self.text = text
        range = Range(result.range, in: text) ?? text.startIndex..<text.startIndex
        groups = (0..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    var matched: String { String(text[range]) }
    var before: String { String(text[..<range.lowerBound]) }
    var after: String { String(text[range.upperBound...]) }

    subscript(group: Int) -> String? { group < groups.count ? groups[group] : nil }
}
