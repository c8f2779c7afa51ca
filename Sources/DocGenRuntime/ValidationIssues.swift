/// The kind of limit a request value broke. Raw values are the spec's constraint keys (docgen's `ConstraintKind`), so an
/// issue can be traced back to the `constraints` entry (and its `constraintSources` sentence) it was generated from.
/// Each per-value rule has a `ValidationIssues` method named like its case, which generated code calls, and a case in
/// `ValidationIssues.check`, which docgen calls; docgen's tests hold the three together.
public enum ValidationRule: String, Sendable, Hashable, Codable, CaseIterable {
    case minLength, maxLength, minimum, maximum, minItems, maxItems
    case allowedValues = "enum"
    case forbiddenPrefixes, forbiddenSubstrings, mustStartWith, charset, allowedCharacters
    case mutuallyExclusiveWith, dependsOn
    /// A numeric limit applied to a text value that is not a number.
    case notANumber
}

/// Collects broken limits while a request checks itself. Every check skips absent (nil) values; a check given a list
/// applies to each element (`DiskIds.1`, `DiskIds.2`, numbered from `listIndexBase`), except the item-count checks.
///
/// Plumbing between generated code and the runtime (`@_spi(DocGenGenerated)`): users see `ValidationIssue`s.
@_spi(DocGenGenerated)
public struct ValidationIssues: Sendable {
    public let listIndexBase: Int
    public private(set) var issues: [ValidationIssue] = []

    public init(listIndexBase: Int) {
        self.listIndexBase = listIndexBase
    }

    public mutating func record(_ issue: ValidationIssue) {
        issues.append(issue)
    }

    // MARK: Text length

    public mutating func minLength(_ value: (some QueryScalar)?, _ limit: Int, parameter: String, documentation: String? = nil) {
        guard let value else { return }
        let length = TextLength.of(value.queryString)
        if length < limit {
            record(.init(parameter: parameter, rule: .minLength, expected: "at least \(characters(limit))",
                         actual: characters(length), documentation: documentation))
        }
    }

    public mutating func maxLength(_ value: (some QueryScalar)?, _ limit: Int, parameter: String, documentation: String? = nil) {
        guard let value else { return }
        let length = TextLength.of(value.queryString)
        if length > limit {
            record(.init(parameter: parameter, rule: .maxLength, expected: "at most \(characters(limit))",
                         actual: characters(length), documentation: documentation))
        }
    }

    // MARK: Numeric range

    public mutating func minimum(_ value: (some QueryScalar)?, _ limit: Double, parameter: String, documentation: String? = nil) {
        guard let value else { return }
        guard let number = value.numericValue else {
            return recordNotANumber(value, parameter: parameter, documentation: documentation)
        }
        if number < limit {
            record(.init(parameter: parameter, rule: .minimum, expected: "at least \(limit.queryString)",
                         actual: number.queryString, documentation: documentation))
        }
    }

    public mutating func maximum(_ value: (some QueryScalar)?, _ limit: Double, parameter: String, documentation: String? = nil) {
        guard let value else { return }
        guard let number = value.numericValue else {
            return recordNotANumber(value, parameter: parameter, documentation: documentation)
        }
        if number > limit {
            record(.init(parameter: parameter, rule: .maximum, expected: "at most \(limit.queryString)",
                         actual: number.queryString, documentation: documentation))
        }
    }

    private mutating func recordNotANumber(_ value: some QueryScalar, parameter: String, documentation: String?) {
        // One report per value, even when both a minimum and a maximum apply.
        if issues.contains(where: { $0.parameter == parameter && $0.rule == .notANumber }) { return }
        record(.init(parameter: parameter, rule: .notANumber, expected: "a number",
                     actual: quoted(value.queryString), documentation: documentation))
    }

    // MARK: Item count

    public mutating func minItems<Element>(_ values: [Element]?, _ limit: Int, parameter: String, documentation: String? = nil) {
        guard let values else { return }
        if values.count < limit {
            record(.init(parameter: parameter, rule: .minItems, expected: "at least \(items(limit))",
                         actual: items(values.count), documentation: documentation))
        }
    }

    public mutating func maxItems<Element>(_ values: [Element]?, _ limit: Int, parameter: String, documentation: String? = nil) {
        guard let values else { return }
        if values.count > limit {
            record(.init(parameter: parameter, rule: .maxItems, expected: "at most \(items(limit))",
                         actual: items(values.count), documentation: documentation))
        }
    }

    // MARK: Text content

    /// `allowed` holds the wire spellings (`"true"`, `"5"`, `"Standard"`).
    public mutating func allowedValues(_ value: (some QueryScalar)?, _ allowed: [String], parameter: String, documentation: String? = nil) {
        guard let value else { return }
        let text = value.queryString
        if !allowed.contains(text) {
            record(.init(parameter: parameter, rule: .allowedValues,
                         expected: "one of " + allowed.map(quoted).joined(separator: ", "),
                         actual: quoted(text), documentation: documentation))
        }
    }

    public mutating func forbiddenPrefixes(_ value: (some QueryScalar)?, _ prefixes: [String], parameter: String, documentation: String? = nil) {
        guard let value else { return }
        let text = value.queryString
        if let prefix = prefixes.first(where: { text.unicodeScalars.starts(with: $0.unicodeScalars) }) {
            record(.init(parameter: parameter, rule: .forbiddenPrefixes, expected: "not starting with \(quoted(prefix))",
                         actual: quoted(text), documentation: documentation))
        }
    }

    public mutating func forbiddenSubstrings(_ value: (some QueryScalar)?, _ substrings: [String], parameter: String, documentation: String? = nil) {
        guard let value else { return }
        let text = value.queryString
        if let part = substrings.first(where: { !$0.isEmpty && text.contains($0) }) {
            record(.init(parameter: parameter, rule: .forbiddenSubstrings, expected: "not containing \(quoted(part))",
                         actual: quoted(text), documentation: documentation))
        }
    }

    public mutating func mustStartWith(_ value: (some QueryScalar)?, _ start: TextStart, parameter: String, documentation: String? = nil) {
        guard let value else { return }
        let text = value.queryString
        guard let first = text.unicodeScalars.first, !start.accepts(first) else {
            if text.isEmpty {
                record(.init(parameter: parameter, rule: .mustStartWith, expected: "starting with \(start.wording)",
                             actual: "empty text", documentation: documentation))
            }
            return
        }
        record(.init(parameter: parameter, rule: .mustStartWith, expected: "starting with \(start.wording)",
                     actual: quoted(text), documentation: documentation))
    }

    public mutating func charset(_ value: (some QueryScalar)?, _ charset: TextCharset, parameter: String, documentation: String? = nil) {
        guard let value else { return }
        let text = value.queryString
        if let bad = text.unicodeScalars.first(where: { !charset.accepts($0) }) {
            record(.init(parameter: parameter, rule: .charset, expected: "only \(charset.wording)",
                         actual: "\(quoted(text)) (contains U+\(String(bad.value, radix: 16, uppercase: true)))",
                         documentation: documentation))
        }
    }

    /// `allowed` names character classes (`letter`: ASCII letters, `cjk`: Chinese characters, `digit`: 0-9) and
    /// single characters (`:`, `_`, `-`); every character of the text must be one of them.
    public mutating func allowedCharacters(_ value: (some QueryScalar)?, _ allowed: [String], parameter: String, documentation: String? = nil) {
        guard let value else { return }
        let text = value.queryString
        if let bad = text.unicodeScalars.first(where: { !AllowedCharacters.accepts($0, allowed) }) {
            record(.init(parameter: parameter, rule: .allowedCharacters,
                         expected: "only " + allowed.map(AllowedCharacters.wording).joined(separator: ", "),
                         actual: "\(quoted(text)) (contains \(quoted(String(bad))))", documentation: documentation))
        }
    }

    // MARK: Lists of values: each element is checked, its path numbered like the wire (`DiskIds.1`)

    public mutating func minLength<E: QueryScalar>(_ values: [E]?, _ limit: Int, parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.minLength($1, limit, parameter: $2, documentation: documentation) }
    }

    public mutating func maxLength<E: QueryScalar>(_ values: [E]?, _ limit: Int, parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.maxLength($1, limit, parameter: $2, documentation: documentation) }
    }

    public mutating func minimum<E: QueryScalar>(_ values: [E]?, _ limit: Double, parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.minimum($1, limit, parameter: $2, documentation: documentation) }
    }

    public mutating func maximum<E: QueryScalar>(_ values: [E]?, _ limit: Double, parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.maximum($1, limit, parameter: $2, documentation: documentation) }
    }

    public mutating func allowedValues<E: QueryScalar>(_ values: [E]?, _ allowed: [String], parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.allowedValues($1, allowed, parameter: $2, documentation: documentation) }
    }

    public mutating func forbiddenPrefixes<E: QueryScalar>(_ values: [E]?, _ prefixes: [String], parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.forbiddenPrefixes($1, prefixes, parameter: $2, documentation: documentation) }
    }

    public mutating func forbiddenSubstrings<E: QueryScalar>(_ values: [E]?, _ parts: [String], parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.forbiddenSubstrings($1, parts, parameter: $2, documentation: documentation) }
    }

    public mutating func mustStartWith<E: QueryScalar>(_ values: [E]?, _ start: TextStart, parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.mustStartWith($1, start, parameter: $2, documentation: documentation) }
    }

    public mutating func charset<E: QueryScalar>(_ values: [E]?, _ charset: TextCharset, parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.charset($1, charset, parameter: $2, documentation: documentation) }
    }

    public mutating func allowedCharacters<E: QueryScalar>(_ values: [E]?, _ allowed: [String], parameter: String, documentation: String? = nil) {
        forEach(values, parameter) { $0.allowedCharacters($1, allowed, parameter: $2, documentation: documentation) }
    }

    private mutating func forEach<E: QueryScalar>(_ values: [E]?, _ parameter: String, _ check: (inout ValidationIssues, E, String) -> Void) {
        guard let values else { return }
        for (offset, value) in values.enumerated() {
            check(&self, value, "\(parameter).\(offset + listIndexBase)")
        }
    }

    // MARK: Between parameters

    public mutating func mutuallyExclusive(parameter: String, isSet: Bool, other: String, otherIsSet: Bool, documentation: String? = nil) {
        if isSet && otherIsSet {
            record(.init(parameter: parameter, rule: .mutuallyExclusiveWith, expected: "not set together with \(other)",
                         actual: "both set", documentation: documentation))
        }
    }

    public mutating func dependsOn(parameter: String, isSet: Bool, other: String, otherIsSet: Bool, documentation: String? = nil) {
        if isSet && !otherIsSet {
            record(.init(parameter: parameter, rule: .dependsOn, expected: "set only when \(other) is set",
                         actual: "\(other) is not set", documentation: documentation))
        }
    }

    // MARK: Nested structs

    public mutating func nested(_ value: (some Validatable)?, parameter: String) {
        value?.collectIssues(into: &self, prefix: parameter + ".")
    }

    public mutating func nested<Element: Validatable>(_ values: [Element]?, parameter: String) {
        guard let values else { return }
        for (offset, value) in values.enumerated() {
            value.collectIssues(into: &self, prefix: "\(parameter).\(offset + listIndexBase).")
        }
    }

    private func characters(_ count: Int) -> String { count == 1 ? "1 character" : "\(count) characters" }
    private func items(_ count: Int) -> String { count == 1 ? "1 item" : "\(count) items" }
}

/// A limit as `ValidationIssues.check` takes it.
@_spi(DocGenGenerated)
public enum RuleLimit: Sendable, Hashable {
    case count(Int)
    case number(Double)
    /// Wire spellings or literal texts.
    case texts([String])
    /// One word of a closed set: a `TextStart` or `TextCharset` raw value.
    case word(String)
}

@_spi(DocGenGenerated)
extension ValidationIssues {
    /// Runs the per-value check `rule` names, as generated code runs it through the rule's own method. Returns false
    /// when the rule has no per-value check or cannot read the limit (an unknown word); a nil value checks nothing.
    @discardableResult
    public mutating func check(_ rule: ValidationRule, _ value: (some QueryScalar)?, _ limit: RuleLimit, parameter: String,
                               documentation: String? = nil) -> Bool {
        switch (rule, limit) {
        case (.minLength, .count(let n)): minLength(value, n, parameter: parameter, documentation: documentation)
        case (.maxLength, .count(let n)): maxLength(value, n, parameter: parameter, documentation: documentation)
        case (.minimum, .number(let x)): minimum(value, x, parameter: parameter, documentation: documentation)
        case (.maximum, .number(let x)): maximum(value, x, parameter: parameter, documentation: documentation)
        case (.allowedValues, .texts(let values)): allowedValues(value, values, parameter: parameter, documentation: documentation)
        case (.forbiddenPrefixes, .texts(let values)): forbiddenPrefixes(value, values, parameter: parameter, documentation: documentation)
        case (.forbiddenSubstrings, .texts(let values)): forbiddenSubstrings(value, values, parameter: parameter, documentation: documentation)
        case (.mustStartWith, .word(let word)):
            guard let start = TextStart(rawValue: word) else { return false }
            mustStartWith(value, start, parameter: parameter, documentation: documentation)
        case (.allowedCharacters, .texts(let allowed)):
            allowedCharacters(value, allowed, parameter: parameter, documentation: documentation)
        case (.charset, .word(let word)):
            guard let charset = TextCharset(rawValue: word) else { return false }
            self.charset(value, charset, parameter: parameter, documentation: documentation)
        default: return false
        }
        return true
    }

    /// Runs the item-count check `rule` names on a list; false when the rule is not one.
    @discardableResult
    public mutating func checkItems<Element>(_ rule: ValidationRule, _ values: [Element]?, _ limit: RuleLimit, parameter: String,
                                             documentation: String? = nil) -> Bool {
        switch (rule, limit) {
        case (.minItems, .count(let n)): minItems(values, n, parameter: parameter, documentation: documentation)
        case (.maxItems, .count(let n)): maxItems(values, n, parameter: parameter, documentation: documentation)
        default: return false
        }
        return true
    }

    /// Whether `check` or `checkItems` can check the rule with this limit.
    public static func canCheck(_ rule: ValidationRule, _ limit: RuleLimit) -> Bool {
        var issues = ValidationIssues(listIndexBase: 0)
        return issues.check(rule, String?.none, limit, parameter: "") || issues.checkItems(rule, [Int]?.none, limit, parameter: "")
    }
}

private func quoted(_ text: String) -> String { "\"" + text + "\"" }

/// Presence of a parameter for the between-parameter rules: set and, for lists, not empty (an empty list sends nothing).
@_spi(DocGenGenerated)
public enum Presence {
    public static func of(_ value: (some Any)?) -> Bool {
        guard let value else { return false }
        if let collection = value as? any Collection, !(value is String) { return !collection.isEmpty }
        return true
    }
}

/// What the first character of a text must be.
public enum TextStart: String, Sendable, Hashable, CaseIterable {
    case letter
    case letterOrCJK

    /// ASCII letters only for `letter` (the pages say "英文字母" / "a letter"); `letterOrCJK` adds CJK ideographs.
    public func accepts(_ scalar: Unicode.Scalar) -> Bool {
        let isASCIILetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        switch self {
        case .letter: return isASCIILetter
        case .letterOrCJK: return isASCIILetter || scalar.properties.isIdeographic
        }
    }

    var wording: String { self == .letter ? "a letter" : "a letter or a Chinese character" }
}

/// Which characters a text may hold.
public enum TextCharset: String, Sendable, Hashable, CaseIterable {
    case ascii

    public func accepts(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .ascii: return scalar.isASCII
        }
    }

    var wording: String { "ASCII characters" }
}

/// The character classes `allowedCharacters` names; any other entry is one character.
enum AllowedCharacters {
    static func accepts(_ scalar: Unicode.Scalar, _ allowed: [String]) -> Bool {
        allowed.contains { entry in
            switch entry {
            case "letter": return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            case "cjk": return scalar.properties.isIdeographic
            case "digit": return ("0"..."9").contains(scalar)
            default: return entry.unicodeScalars.count == 1 && entry.unicodeScalars.first == scalar
            }
        }
    }

    static func wording(_ entry: String) -> String {
        switch entry {
        case "letter": return "letters"
        case "cjk": return "Chinese characters"
        case "digit": return "digits"
        default: return quoted(entry)
        }
    }
}
