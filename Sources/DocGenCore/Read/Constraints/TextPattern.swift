import Foundation

/// A compiled regular expression over Swift strings. Patterns are fixed strings in the rule files, so a pattern
/// that does not compile is a programming error caught by the first test that runs the rule.
struct TextPattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to share between threads.
    let regex: NSRegularExpression

    init(_ pattern: String, caseSensitive: Bool = false) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            fatalError("constraint pattern does not compile: \(pattern): \(error)")
        }
    }

    func firstMatch(in text: String) -> TextMatch? {
        let whole = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: whole).map { TextMatch(result: $0, text: text) }
    }

    func allMatches(in text: String) -> [TextMatch] {
        let whole = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: whole).map { TextMatch(result: $0, text: text) }
    }

    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    func replacing(in text: String, with template: String) -> String {
        let whole = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: whole, withTemplate: template)
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
