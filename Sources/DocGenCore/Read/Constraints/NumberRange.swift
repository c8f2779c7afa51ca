import Foundation

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

    private static let bracketed = RulePattern(
        #"^\s*\[\s*(\#(simpleNumber))\s*,\s*(\#(simpleNumber)|\#(infinity))\s*\]"#)
    private static let spanned = RulePattern(
        #"^\s*(?:from\s+|between\s+)?(\#(number))\s*(?:~|-|–|—|to|至|到|and)\s*(\#(number)|\#(infinity))"#)

    private static let infinityOnly = RulePattern(#"^(?:\#(infinity))$"#)

    /// Reads a range at the very start of `text` (after spaces), returning it and the text after it.
    static func parse(atStartOf text: String) -> (range: NumberRange, rest: String)? {
        for pattern in [bracketed, spanned] {
            guard let m = pattern.firstMatch(in: text), let lowText = m[1], let highText = m[2],
                  let low = parseNumber(lowText) else { continue }
            let high = parseNumber(highText)
            if high == nil && !infinityOnly.matches(highText) { continue }
            return (NumberRange(low: low, high: high), m.after)
        }
        return nil
    }

    static func parseNumber(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces))
    }
}

extension Double {
    /// Whole, non-negative and small enough to be a length or an item count.
    var asCount: Int? {
        guard self >= 0, self.rounded() == self, self < 1e9 else { return nil }
        return Int(self)
    }
}
