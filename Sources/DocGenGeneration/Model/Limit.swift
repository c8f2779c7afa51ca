@_spi(DocGenGenerated) import DocGenRuntime
import DocGenSpec

/// One checkable limit of a parameter, from its `Constraints`, with the page sentence it came from. Everything about it
/// follows from its `ConstraintKind` and the value's shape: the runtime rule is the `ValidationRule` whose raw value is
/// the kind's key, the method generated code calls is that rule's case name, and the argument is the value's literal.
public struct Limit: Sendable, Hashable {
    public var kind: ConstraintKind
    public var value: ConstraintValue
    public var rule: ValidationRule
    public var documentation: String?

    /// A limit of a kind the runtime checks, with a value its check can read; nil otherwise.
    init?(kind: ConstraintKind, value: ConstraintValue, documentation: String?) {
        guard let rule = ValidationRule(rawValue: kind.key), let limit = Self.ruleLimit(value),
              ValidationIssues.canCheck(rule, limit) else { return nil }
        self.kind = kind
        self.value = value
        self.rule = rule
        self.documentation = documentation
    }

    /// The spec's constraint key (`maxLength`, `enum`, ...): the key of `constraintSources`.
    public var key: String { kind.key }

    /// Whether the limit is about the list itself rather than each element.
    public var appliesToList: Bool { kind.appliesTo == .list }

    /// The `ValidationIssues` method that checks it: the rule's case name (`allowedValues` for `enum`).
    public var method: String { String(describing: rule) }

    /// The limit as the runtime's generic check takes it.
    var ruleLimit: RuleLimit { Self.ruleLimit(value)! }

    private static func ruleLimit(_ value: ConstraintValue) -> RuleLimit? {
        switch value {
        case .count(let n): return .count(n)
        case .number(let x): return .number(x.value)
        case .names(let names): return .texts(names)
        case .word(let word): return .word(word)
        case .scalar, .flag: return nil
        }
    }

    /// The limit as a Swift expression (the method's second argument).
    public var argumentLiteral: String {
        switch ruleLimit {
        case .count(let n): return String(n)
        case .number(let x): return SwiftLiterals.double(x)
        case .texts(let values): return SwiftEscaping.stringArrayLiteral(values)
        case .word(let word): return "." + word
        }
    }

    /// The limit for a reader: `128`, `0.5`, `Standard, Flash`, `letter`.
    public var humanValue: String {
        switch ruleLimit {
        case .count(let n): return String(n)
        case .number(let x): return x.queryString
        case .texts(let values): return values.joined(separator: ", ")
        case .word(let word): return word
        }
    }

    /// Runs the runtime's own check on a value, so the generator picks test values with exactly the rules the
    /// generated code applies.
    public func accepts(_ value: SampleValue) -> Bool {
        var issues = ValidationIssues(listIndexBase: 1)
        if let items = value.listItems {
            guard appliesToList else { return items.allSatisfy(accepts) }
            issues.checkItems(rule, items, ruleLimit, parameter: "")
            return issues.issues.isEmpty
        }
        guard !appliesToList, let scalar = value.queryScalar else { return true }
        check(scalar, into: &issues)
        return issues.issues.isEmpty
    }

    private func check(_ value: some QueryScalar, into issues: inout ValidationIssues) {
        issues.check(rule, value, ruleLimit, parameter: "")
    }
}

extension Limit {
    /// The checkable limits of a parameter of the given shape, in the order of `ConstraintKind`, and notes for what
    /// the generated code cannot check (an unknown `charset`, a numeric limit on a boolean).
    static func limits(of parameter: Parameter, scalar: ScalarType?, isList: Bool) -> (limits: [Limit], notes: [String]) {
        var limits: [Limit] = []
        var notes: [String] = []
        let isText = scalar == .string
        for kind in ConstraintKind.allCases {
            guard let target = kind.appliesTo, var value = parameter.constraints[kind] else { continue }
            if kind.ignoresEmptyNames, let names = value.names { value = .names(names.filter { !$0.isEmpty }) }
            if let names = value.names, names.isEmpty { continue }
            let fits: Bool
            switch target {
            case .text: fits = isText
            case .number: fits = scalar?.isNumeric == true || isText
            case .list: fits = isList
            case .scalar: fits = scalar != nil
            }
            if fits, let limit = Limit(kind: kind, value: value, documentation: parameter.constraintSources[kind.key]) {
                limits.append(limit)
            } else {
                notes.append(kind.uncheckedNote.replacingOccurrences(of: "{value}", with: value.text))
            }
        }
        return (limits, notes)
    }
}

/// Swift spellings of numbers.
enum SwiftLiterals {
    /// A Double literal that reads back as the same value: `5.0`, `0.5`, `1e+20`.
    static func double(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 9.0e15 { return String(Int64(value)) + ".0" }
        return "\(value)"
    }
}
