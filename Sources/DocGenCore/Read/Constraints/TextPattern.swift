import Foundation

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

    init(_ literals: [String], caseSensitive: Bool) {
        self.literals = literals.map { Array($0.utf8) }
        self.caseSensitive = caseSensitive
    }

    /// Whether the text may match: it holds one of the literals (ASCII letters compared without case unless the
    /// pattern is case-sensitive), or, for a case-insensitive pattern, a Latin letter whose Unicode case folding
    /// gives ASCII letters (`ſ`, `ß`, `ﬁ`, the Kelvin sign…), where a byte search could be wrong.
    func admits(_ text: String) -> Bool {
        var bytes = Array(text.utf8)
        if !caseSensitive {
            var risky = false
            for i in bytes.indices {
                let b = bytes[i]
                if b >= 0x41 && b <= 0x5A { bytes[i] = b | 0x20 }
                // Lead bytes of U+00C0–U+024F, U+1E00–U+1FFF, U+2100–U+214F and U+FB00–U+FB4F.
                else if (0xC3...0xC9).contains(b) { risky = true }
                else if b == 0xE1, i + 1 < bytes.count, (0xB8...0xBF).contains(bytes[i + 1]) { risky = true }
                else if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x84 || bytes[i + 1] == 0x85 { risky = true }
                else if b == 0xEF, i + 1 < bytes.count, bytes[i + 1] == 0xAC { risky = true }
            }
            if risky { return true }
        }
        return literals.contains { literal in Self.contains(bytes, literal) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let head = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == head {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
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
