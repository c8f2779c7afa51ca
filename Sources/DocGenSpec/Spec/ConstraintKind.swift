/// The vocabulary of limits: every kind of constraint docgen reads, with the facts each stage needs about it. The raw
/// value is the spec's JSON key (and the key of `constraintSources`); the runtime's `ValidationRule` of a checked kind
/// has the same raw value (tests hold the two together). Stages decide by these facts, not by spelling keys, so a new
/// kind is one case here plus its extractor rule and its runtime check (docs/architecture.md, "Adding a constraint kind").
///
/// The order of the cases is the order of `Constraints.setKeys`, of the extractor's settling and of the generator's limits.
public enum ConstraintKind: String, CaseIterable, Codable, Hashable, Sendable {
    case minLength, maxLength, minimum, maximum, minItems, maxItems, `enum`, `default`
    case forbiddenPrefixes, forbiddenSubstrings, mustStartWith, charset, deprecated, `internal`
    case mutuallyExclusiveWith, dependsOn
    /// Character classes (`letter`, `cjk`, `digit`) and single characters a text may consist of.
    case allowedCharacters

    /// The spec's JSON key.
    public var key: String { rawValue }

    /// What a value of this kind is.
    public var shape: ConstraintShape {
        switch self {
        case .minLength, .maxLength, .minItems, .maxItems: return .count
        case .minimum, .maximum: return .number
        case .enum, .forbiddenPrefixes, .forbiddenSubstrings, .mutuallyExclusiveWith, .dependsOn, .allowedCharacters: return .names
        case .default: return .scalar
        case .mustStartWith, .charset: return .word
        case .deprecated, .internal: return .flag
        }
    }

    /// The other end of a range kind.
    public var rangePartner: ConstraintKind? {
        switch self {
        case .minLength: return .maxLength
        case .maxLength: return .minLength
        case .minimum: return .maximum
        case .maximum: return .minimum
        case .minItems: return .maxItems
        case .maxItems: return .minItems
        default: return nil
        }
    }

    /// The lower end of a range (its partner is the upper end).
    public var isLowerBound: Bool { self == .minLength || self == .minimum || self == .minItems }

    /// List kinds collect the values of every sentence that states them; the others must agree or are dropped.
    public var isCumulativeList: Bool {
        switch self {
        case .forbiddenPrefixes, .forbiddenSubstrings, .mutuallyExclusiveWith, .dependsOn: return true
        default: return false
        }
    }

    /// Which values a generated request checks this kind on; nil when no per-value check exists (a default, a
    /// status flag, a rule between two parameters).
    public var appliesTo: ConstraintTarget? {
        switch self {
        case .minLength, .maxLength, .forbiddenPrefixes, .forbiddenSubstrings, .mustStartWith, .charset, .allowedCharacters: return .text
        case .minimum, .maximum: return .number
        case .minItems, .maxItems: return .list
        case .enum: return .scalar
        case .default, .deprecated, .internal, .mutuallyExclusiveWith, .dependsOn: return nil
        }
    }

    /// Whether generated code checks the kind at run time: a per-value limit or a rule between parameters. The
    /// runtime's `ValidationRule` with this raw value names the check.
    public var isCheckedAtRuntime: Bool { appliesTo != nil || self == .mutuallyExclusiveWith || self == .dependsOn }

    /// Names that mean nothing as a limit and are left out before checking (an empty substring is in every text).
    public var ignoresEmptyNames: Bool { self == .forbiddenSubstrings }

    /// The generator's note for a limit it cannot check on a value (`{value}` is the limit in words):
    /// `minLength 5 (not a text value)`.
    public var uncheckedNote: String {
        switch self {
        case .minLength, .maxLength: return "\(rawValue) {value} (not a text value)"
        case .forbiddenPrefixes, .forbiddenSubstrings: return "\(label) (not a text value)"
        case .minimum, .maximum: return "\(rawValue) {value} (not a number)"
        case .minItems, .maxItems: return "\(rawValue) {value} (not a list)"
        case .enum: return "one of {value}"
        case .mustStartWith: return "must start with {value} (not checked)"
        default: return "\(rawValue) {value} (not checked)"
        }
    }

    /// The kind in words, for messages: `forbidden prefixes`.
    public var label: String {
        switch self {
        case .minLength: return "minimum length"
        case .maxLength: return "maximum length"
        case .minimum: return "minimum"
        case .maximum: return "maximum"
        case .minItems: return "minimum count"
        case .maxItems: return "maximum count"
        case .enum: return "allowed values"
        case .default: return "default"
        case .forbiddenPrefixes: return "forbidden prefixes"
        case .forbiddenSubstrings: return "forbidden substrings"
        case .mustStartWith: return "start rule"
        case .charset: return "character set"
        case .deprecated: return "deprecated"
        case .internal: return "not for public use"
        case .mutuallyExclusiveWith: return "mutually exclusive with"
        case .dependsOn: return "depends on"
        case .allowedCharacters: return "allowed characters"
        }
    }

    /// How two revisions of the kind are compared (by `ConstraintDiff`, generically per rule). `name` forms the change
    /// path and the change kinds' ids (`request-parameter-<name>-narrowed`), `noun` the messages.
    public var diffRule: ConstraintDiffRule {
        switch self {
        case .minLength: return .bounds(name: "length", noun: "length")
        case .minimum: return .bounds(name: "range", noun: "value range")
        case .minItems: return .bounds(name: "count", noun: "N range")
        case .maxLength, .maximum, .maxItems: return .partOfBounds
        case .enum: return .allowedValues(name: "enum", noun: "allowed values")
        case .default: return .statedValue(name: "default", noun: "default")
        case .forbiddenPrefixes: return .members(name: "forbidden-prefix", noun: "forbidden prefix")
        case .forbiddenSubstrings: return .members(name: "forbidden-substring", noun: "forbidden substring")
        case .mustStartWith: return .wholeValue(name: "start-rule", noun: "start rule", acrossLanguages: ["letterOrCJK": "letter"])
        case .charset: return .wholeValue(name: "charset", noun: "character set", acrossLanguages: [:])
        case .deprecated: return .flag(name: "deprecated", set: "is deprecated", cleared: "is no longer deprecated")
        case .internal: return .flag(name: "became-internal", set: "is now not for public use", cleared: nil)
        case .mutuallyExclusiveWith, .dependsOn: return .betweenParameters
        // Reported as a change of the character set; across languages the Chinese page's `cjk` is left out.
        case .allowedCharacters: return .wholeValue(name: "charset", noun: "allowed characters", acrossLanguages: ["cjk": ""])
        }
    }
}

/// What a constraint's value is.
public enum ConstraintShape: String, Hashable, Sendable {
    /// A whole count (characters, items).
    case count
    case number
    /// A list of names or literal texts.
    case names
    /// A JSON string, number or boolean.
    case scalar
    /// One word of a closed set (`letter`, `ascii`).
    case word
    case flag
}

/// Which parameter values a limit is checked on.
public enum ConstraintTarget: String, Hashable, Sendable {
    /// Text values (and each element of a list of texts).
    case text
    /// Numbers, and texts holding numbers.
    case number
    /// The list itself (its item count).
    case list
    /// Any scalar value.
    case scalar
}

/// How `ConstraintDiff` compares a kind.
public enum ConstraintDiffRule: Hashable, Sendable {
    /// A lower bound and its partner, compared as one range: narrowed, widened, newly stated, no longer stated.
    case bounds(name: String, noun: String)
    /// The upper end of a range: compared with its lower end.
    case partOfBounds
    /// A set of accepted values: values added and removed, the list newly stated or no longer stated.
    case allowedValues(name: String, noun: String)
    /// One value, compared as written: changed, newly stated, no longer stated.
    case statedValue(name: String, noun: String)
    /// Members of a list that may each be added or removed.
    case members(name: String, noun: String)
    /// A value compared as a whole (a word, a list of words): changed, appeared or disappeared. `acrossLanguages` maps
    /// words that only differ between a page's languages onto one (an empty word: left out).
    case wholeValue(name: String, noun: String, acrossLanguages: [String: String])
    /// A status set or cleared; a nil message means clearing is not reported.
    case flag(name: String, set: String, cleared: String?)
    /// Rules between parameters, compared with the parameters (`ParameterDiff`).
    case betweenParameters
}

/// A constraint's value, of its kind's `shape`.
public enum ConstraintValue: Hashable, Sendable {
    case count(Int)
    case number(SpecNumber)
    case names([String])
    case scalar(SpecScalar)
    case word(String)
    case flag(Bool)

    public var shape: ConstraintShape {
        switch self {
        case .count: return .count
        case .number: return .number
        case .names: return .names
        case .scalar: return .scalar
        case .word: return .word
        case .flag: return .flag
        }
    }

    public var count: Int? { if case .count(let n) = self { return n }; return nil }
    public var number: SpecNumber? { if case .number(let n) = self { return n }; return nil }
    public var names: [String]? { if case .names(let n) = self { return n }; return nil }
    public var scalar: SpecScalar? { if case .scalar(let s) = self { return s }; return nil }
    public var word: String? { if case .word(let w) = self { return w }; return nil }
    public var flag: Bool? { if case .flag(let b) = self { return b }; return nil }

    /// A count or number as a `Double`, for comparing the ends of a range.
    public var bound: Double? {
        switch self {
        case .count(let n): return Double(n)
        case .number(let n): return n.value
        default: return nil
        }
    }

    /// The value for a reader: `128`, `0.5`, `Standard, Flash`, `letter`.
    public var text: String {
        switch self {
        case .count(let n): return String(n)
        case .number(let n): return n.description
        case .names(let names): return names.joined(separator: ", ")
        case .scalar(let s): return s.description
        case .word(let w): return w
        case .flag(let b): return String(b)
        }
    }
}
