import Foundation
import DocGenSpec

/// A stated span of numbers: `1~65535`, `2 to 128`, `[1, 10]`, `1-16`, `1 至 100`, `1 to ∞` (no upper end).
struct NumberRange: Equatable {
    let low: Double
    let high: Double?

    /// A number as pages write it: `65535`, `1,024`, `0.5`, `-1`.
    static let number = #"-?\d{1,3}(?:,\d{3})+(?![\d.])|-?\d+(?:\.\d+)?"#
    private static let simpleNumber = #"-?\d+(?:\.\d+)?"#
    private static let infinity = #"\+?∞|infinity|无穷大?"#

    /// Pattern text for a range (used inside larger patterns); its numbers are read back by `parse`.
    static let pattern =
        #"(?:\[\s*(?:\#(simpleNumber))\s*,\s*(?:\#(simpleNumber)|\#(infinity))\s*\]"#
        + #"|(?:\#(number))\s*(?:~|-|–|—|to|至|到)\s*(?:\#(number)|\#(infinity)))"#

    static let bracketed = RulePattern(
        #"^\s*\[\s*(\#(simpleNumber))\s*,\s*(\#(simpleNumber)|\#(infinity))\s*\]"#)
    static let spanned = RulePattern(
        #"^\s*(?:from\s+|between\s+)?(\#(number))\s*(?:~|-|–|—|to|至|到|and)\s*(\#(number)|\#(infinity))"#)

    private static let infinityOnly = RulePattern(#"^(?:\#(infinity))$"#)

    /// Reads a range at the very start of `text` (after spaces), returning it and the text after it.
    static func parse(atStartOf text: String) -> (range: NumberRange, rest: String)? {
        for pattern in candidates(atStartOf: text) {
            guard let m = pattern.firstMatch(in: text), let lowText = m[1], let highText = m[2],
                  let low = parseNumber(lowText) else { continue }
            let high = parseNumber(highText)
            if high == nil && !infinityOnly.matches(highText) { continue }
            return (NumberRange(low: low, high: high), m.after)
        }
        return nil
    }

    /// The patterns that can match `text`, judged from its first byte after spaces and control characters: a range
    /// opens with `[`, or with a digit, `-`, `from` or `between`. Text starting with any other ASCII character
    /// matches neither; a non-ASCII start (a full-width digit, a Unicode space) goes to both.
    static func candidates(atStartOf text: String) -> [RulePattern] {
        guard let first = text.utf8.first(where: { $0 > 0x20 }) else { return [] }
        if first >= 0x80 { return [bracketed, spanned] }
        switch first {
        case UInt8(ascii: "["): return [bracketed]
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "b"), UInt8(ascii: "B"): return [spanned]
        default: return []
        }
    }

    static func parseNumber(_ text: String) -> Double? {
        // Without a comma there is nothing to remove; in simple text Foundation's search equals a byte search.
        if !UTF8Bytes.contains(text, byte: UInt8(ascii: ",")) { return Double(text.trimmingWhitespace()) }
        if text.isSimpleText { return Double(String(text.filter { $0 != "," }).trimmingWhitespace()) }
        return Double(text.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces))
    }
}

extension Double {
    /// Whole, non-negative and small enough to be a length or an item count.
    var asCount: Int? {
        guard self >= 0, self.rounded() == self, self < 1e9 else { return nil }
        return Int(self)
    }
}
