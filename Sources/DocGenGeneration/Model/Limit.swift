import DocGenRuntime
import DocGenSpec

/// One checkable limit of a parameter, from its `Constraints`, with the page sentence it came from.
public struct Limit: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case minLength(Int), maxLength(Int)
        case minimum(Double), maximum(Double)
        case minItems(Int), maxItems(Int)
        case allowedValues([String])
        case forbiddenPrefixes([String]), forbiddenSubstrings([String])
        case mustStartWith(TextStart), charset(TextCharset)
    }

    public var kind: Kind
    /// The spec's constraint key (`maxLength`, `enum`, ...): the key of `constraintSources`.
    public var key: String
    public var documentation: String?

    public var rule: ValidationRule {
        switch kind {
        case .minLength: return .minLength
        case .maxLength: return .maxLength
        case .minimum: return .minimum
        case .maximum: return .maximum
        case .minItems: return .minItems
        case .maxItems: return .maxItems
        case .allowedValues: return .allowedValues
        case .forbiddenPrefixes: return .forbiddenPrefixes
        case .forbiddenSubstrings: return .forbiddenSubstrings
        case .mustStartWith: return .mustStartWith
        case .charset: return .charset
        }
    }

    /// Whether the limit is about the list itself rather than each element.
    public var appliesToList: Bool {
        switch kind {
        case .minItems, .maxItems: return true
        default: return false
        }
    }

    /// The `ValidationIssues` method that checks it.
    public var method: String {
        switch kind {
        case .minLength: return "minLength"
        case .maxLength: return "maxLength"
        case .minimum: return "minimum"
        case .maximum: return "maximum"
        case .minItems: return "minItems"
        case .maxItems: return "maxItems"
        case .allowedValues: return "allowedValues"
        case .forbiddenPrefixes: return "forbiddenPrefixes"
        case .forbiddenSubstrings: return "forbiddenSubstrings"
        case .mustStartWith: return "mustStartWith"
        case .charset: return "charset"
        }
    }

    /// The limit as a Swift expression (the method's second argument).
    public var argumentLiteral: String {
        switch kind {
        case .minLength(let n), .maxLength(let n), .minItems(let n), .maxItems(let n): return String(n)
        case .minimum(let x), .maximum(let x): return SwiftLiterals.double(x)
        case .allowedValues(let values), .forbiddenPrefixes(let values), .forbiddenSubstrings(let values):
            return SwiftEscaping.stringArrayLiteral(values)
        case .mustStartWith(let start): return "." + start.rawValue
        case .charset(let charset): return "." + charset.rawValue
        }
    }

    /// The limit for a reader: `128`, `0.5`, `Standard, Flash`, `letter`.
    public var humanValue: String {
        switch kind {
        case .minimum(let x), .maximum(let x): return x.queryString
        case .allowedValues(let values), .forbiddenPrefixes(let values), .forbiddenSubstrings(let values):
            return values.joined(separator: ", ")
        default: return argumentLiteral.hasPrefix(".") ? String(argumentLiteral.dropFirst()) : argumentLiteral
        }
    }

    /// Runs the runtime's own check on a value, so the generator picks test values with exactly the rules the
    /// generated code applies.
    public func accepts(_ value: SampleValue) -> Bool {
        var issues = ValidationIssues(listIndexBase: 1)
        if let items = value.listItems {
            switch kind {
            case .minItems(let n): issues.minItems(items, n, parameter: "")
            case .maxItems(let n): issues.maxItems(items, n, parameter: "")
            default: return items.allSatisfy(accepts)
            }
            return issues.issues.isEmpty
        }
        guard let scalar = value.queryScalar else { return true }
        check(scalar, into: &issues)
        return issues.issues.isEmpty
    }

    private func check(_ value: some QueryScalar, into issues: inout ValidationIssues) {
        switch kind {
        case .minLength(let n): issues.minLength(value, n, parameter: "")
        case .maxLength(let n): issues.maxLength(value, n, parameter: "")
        case .minimum(let x): issues.minimum(value, x, parameter: "")
        case .maximum(let x): issues.maximum(value, x, parameter: "")
        case .allowedValues(let values): issues.allowedValues(value, values, parameter: "")
        case .forbiddenPrefixes(let values): issues.forbiddenPrefixes(value, values, parameter: "")
        case .forbiddenSubstrings(let values): issues.forbiddenSubstrings(value, values, parameter: "")
        case .mustStartWith(let start): issues.mustStartWith(value, start, parameter: "")
        case .charset(let charset): issues.charset(value, charset, parameter: "")
        case .minItems, .maxItems: break
        }
    }
}

extension Limit {
    /// The checkable limits of a parameter of the given shape, in the order of `Constraints.setKeys`, and notes for
    /// what the generated code cannot check (an unknown `charset`, a numeric limit on a boolean).
    static func limits(of parameter: Parameter, scalar: ScalarType?, isList: Bool) -> (limits: [Limit], notes: [String]) {
        let c = parameter.constraints
        var limits: [Limit] = []
        var notes: [String] = []
        func add(_ kind: Limit.Kind, _ key: String) {
            limits.append(Limit(kind: kind, key: key, documentation: parameter.constraintSources[key]))
        }
        let isText = scalar == .string
        let isNumber = scalar?.isNumeric == true || isText
        let isScalar = scalar != nil
        if let n = c.minLength { isText ? add(.minLength(n), "minLength") : notes.append("minLength \(n) (not a text value)") }
        if let n = c.maxLength { isText ? add(.maxLength(n), "maxLength") : notes.append("maxLength \(n) (not a text value)") }
        if let x = c.minimum { isNumber ? add(.minimum(x.value), "minimum") : notes.append("minimum \(x) (not a number)") }
        if let x = c.maximum { isNumber ? add(.maximum(x.value), "maximum") : notes.append("maximum \(x) (not a number)") }
        if let n = c.minItems { isList ? add(.minItems(n), "minItems") : notes.append("minItems \(n) (not a list)") }
        if let n = c.maxItems { isList ? add(.maxItems(n), "maxItems") : notes.append("maxItems \(n) (not a list)") }
        if let values = c.enum, !values.isEmpty {
            isScalar ? add(.allowedValues(values), "enum") : notes.append("one of \(values.joined(separator: ", "))")
        }
        if let values = c.forbiddenPrefixes, !values.isEmpty {
            isText ? add(.forbiddenPrefixes(values), "forbiddenPrefixes") : notes.append("forbidden prefixes (not a text value)")
        }
        if let values = c.forbiddenSubstrings?.filter({ !$0.isEmpty }), !values.isEmpty {
            isText ? add(.forbiddenSubstrings(values), "forbiddenSubstrings") : notes.append("forbidden substrings (not a text value)")
        }
        if let start = c.mustStartWith {
            if isText, let rule = TextStart(rawValue: start) { add(.mustStartWith(rule), "mustStartWith") } else {
                notes.append("must start with \(start) (not checked)")
            }
        }
        if let charset = c.charset {
            if isText, let rule = TextCharset(rawValue: charset) { add(.charset(rule), "charset") } else {
                notes.append("charset \(charset) (not checked)")
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
