import Foundation
import DocGenSpec

/// A compiled regular expression of the constraint rules. It matches exactly as `TextPattern` does; the difference
/// is the literal gate, which here reads a `SearchText` prepared once per sentence instead of scanning the text again
/// for every pattern, and matches that build their groups only when asked.
struct RulePattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to share between threads.
    let regex: NSRegularExpression
    /// Lists of literals: every match holds one literal of each list.
    private let gate: [GateLiterals]
    private let caseSensitive: Bool

    /// - Parameters:
    ///   - requiresAnyOf: optional lower-case literals such that every possible match contains at least one of them;
    ///     a text holding none of them is not handed to the regex engine at all. It must be a true necessary
    ///     condition: a wrong list silently loses matches.
    ///   - andAnyOf: a second such list, for patterns whose matches always hold one literal of each.
    init(_ pattern: String, caseSensitive: Bool = false, requiresAnyOf literals: [String] = [], andAnyOf more: [String] = []) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            fatalError("constraint pattern does not compile: \(pattern): \(error)")
        }
        precondition(literals.isEmpty ? more.isEmpty : true, "andAnyOf needs requiresAnyOf")
        precondition(caseSensitive || (literals + more).allSatisfy { $0.lowercased() == $0 }, "gate literals must be lower-case")
        gate = [literals, more].filter { !$0.isEmpty }.map(GateLiterals.init)
        self.caseSensitive = caseSensitive
    }

    /// Whether the gate lets the text through: it holds one literal of each list (ASCII letters compared without
    /// case unless the pattern is case-sensitive), or, for a case-insensitive pattern, a Latin letter whose Unicode
    /// case folding gives ASCII letters.
    func admits(_ text: SearchText) -> Bool {
        if gate.isEmpty || (!caseSensitive && text.hasCaseFoldingLatin) { return true }
        for literals in gate where !text.containsAny(of: literals, ignoringCase: !caseSensitive) { return false }
        return true
    }

    func firstMatch(in text: SearchText) -> RuleMatch? {
        guard admits(text) else { return nil }
        return firstUngatedMatch(in: text.string)
    }

    func firstMatch(in text: String) -> RuleMatch? {
        if !gate.isEmpty && !admits(SearchText(text)) { return nil }
        return firstUngatedMatch(in: text)
    }

    func allMatches(in text: SearchText) -> [RuleMatch] {
        guard admits(text) else { return [] }
        return allUngatedMatches(in: text.string)
    }

    func allMatches(in text: String) -> [RuleMatch] {
        if !gate.isEmpty && !admits(SearchText(text)) { return [] }
        return allUngatedMatches(in: text)
    }

    func matches(_ text: SearchText) -> Bool {
        admits(text) && regex.firstMatch(in: text.string, range: Self.whole(text.string)) != nil
    }

    func matches(_ text: String) -> Bool {
        if !gate.isEmpty && !admits(SearchText(text)) { return false }
        return regex.firstMatch(in: text, range: Self.whole(text)) != nil
    }

    func replacing(in text: String, with template: String) -> String {
        if !gate.isEmpty && !admits(SearchText(text)) { return text }
        return regex.stringByReplacingMatches(in: text, range: Self.whole(text), withTemplate: template)
    }

    private func firstUngatedMatch(in text: String) -> RuleMatch? {
        regex.firstMatch(in: text, range: Self.whole(text)).map { RuleMatch(result: $0, text: text) }
    }

    private func allUngatedMatches(in text: String) -> [RuleMatch] {
        regex.matches(in: text, range: Self.whole(text)).map { RuleMatch(result: $0, text: text) }
    }

    private static func whole(_ text: String) -> NSRange { NSRange(location: 0, length: text.utf16.count) }
}

/// One match: the matched text, its place in the searched string and the capture groups (nil when a group did not
/// take part), each group cut from the string when it is read.
struct RuleMatch {
    let range: Range<String.Index>
    let text: String
    private let result: NSTextCheckingResult

    fileprivate init(result: NSTextCheckingResult, text: String) {
        self.result = result
        self.text = text
        range = Range(result.range, in: text) ?? text.startIndex..<text.startIndex
    }

    var matched: String { String(text[range]) }
    var before: String { String(text[..<range.lowerBound]) }
    var after: String { String(text[range.upperBound...]) }

    subscript(group: Int) -> String? {
        guard group < result.numberOfRanges, let bounds = Range(result.range(at: group), in: text) else { return nil }
        return String(text[bounds])
    }
}
