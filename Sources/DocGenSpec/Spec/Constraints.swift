/// Limits stated in a parameter's prose, keyed by `ConstraintKind`. A kind that is absent means the page says nothing
/// about it. The typed properties (`minLength`, `enum`, ...) read and write the same store.
public struct Constraints: Codable, Hashable, Sendable {
    private var values: [ConstraintKind: ConstraintValue] = [:]

    public init() {}

    /// The value of one kind; setting a value of another shape than the kind's is a programming error.
    public subscript(kind: ConstraintKind) -> ConstraintValue? {
        get { values[kind] }
        set {
            precondition(newValue.map { $0.shape == kind.shape } ?? true, "\(kind) takes a \(kind.shape) value")
            values[kind] = newValue
        }
    }

    public var isEmpty: Bool { values.isEmpty }

    /// The kinds that are set, in vocabulary order.
    public var setKinds: [ConstraintKind] { ConstraintKind.allCases.filter { values[$0] != nil } }

    /// The keys that are set, in a stable order (the order of `ConstraintKind`).
    public var setKeys: [String] { setKinds.map(\.rawValue) }

    public var minLength: Int? { get { values[.minLength]?.count } set { values[.minLength] = newValue.map { .count($0) } } }
    public var maxLength: Int? { get { values[.maxLength]?.count } set { values[.maxLength] = newValue.map { .count($0) } } }
    public var minimum: SpecNumber? { get { values[.minimum]?.number } set { values[.minimum] = newValue.map { .number($0) } } }
    public var maximum: SpecNumber? { get { values[.maximum]?.number } set { values[.maximum] = newValue.map { .number($0) } } }
    /// The lower end of a repeat list's N range (`N的取值范围：1~20` gives minItems 1, maxItems 20).
    public var minItems: Int? { get { values[.minItems]?.count } set { values[.minItems] = newValue.map { .count($0) } } }
    public var maxItems: Int? { get { values[.maxItems]?.count } set { values[.maxItems] = newValue.map { .count($0) } } }
    public var `enum`: [String]? { get { values[.enum]?.names } set { values[.enum] = newValue.map { .names($0) } } }
    public var `default`: SpecScalar? { get { values[.default]?.scalar } set { values[.default] = newValue.map { .scalar($0) } } }
    public var forbiddenPrefixes: [String]? {
        get { values[.forbiddenPrefixes]?.names } set { values[.forbiddenPrefixes] = newValue.map { .names($0) } }
    }
    public var forbiddenSubstrings: [String]? {
        get { values[.forbiddenSubstrings]?.names } set { values[.forbiddenSubstrings] = newValue.map { .names($0) } }
    }
    /// `letter` or `letterOrCJK`.
    public var mustStartWith: String? { get { values[.mustStartWith]?.word } set { values[.mustStartWith] = newValue.map { .word($0) } } }
    /// e.g. `ascii`.
    public var charset: String? { get { values[.charset]?.word } set { values[.charset] = newValue.map { .word($0) } } }
    public var deprecated: Bool? { get { values[.deprecated]?.flag } set { values[.deprecated] = newValue.map { .flag($0) } } }
    /// "Not available for public use".
    public var `internal`: Bool? { get { values[.internal]?.flag } set { values[.internal] = newValue.map { .flag($0) } } }
    /// Base names of parameters that cannot be given together with this one.
    public var mutuallyExclusiveWith: [String]? {
        get { values[.mutuallyExclusiveWith]?.names } set { values[.mutuallyExclusiveWith] = newValue.map { .names($0) } }
    }
    /// Base names of parameters that must be given for this one to apply.
    public var dependsOn: [String]? { get { values[.dependsOn]?.names } set { values[.dependsOn] = newValue.map { .names($0) } } }

    // MARK: Coding: one JSON key per kind, the value as its shape says

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ kind: ConstraintKind) { stringValue = kind.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        for kind in ConstraintKind.allCases {
            let key = Key(kind)
            let value: ConstraintValue?
            switch kind.shape {
            case .count: value = try c.decodeIfPresent(Int.self, forKey: key).map { .count($0) }
            case .number: value = try c.decodeIfPresent(SpecNumber.self, forKey: key).map { .number($0) }
            case .names: value = try c.decodeIfPresent([String].self, forKey: key).map { .names($0) }
            case .scalar: value = try c.decodeIfPresent(SpecScalar.self, forKey: key).map { .scalar($0) }
            case .word: value = try c.decodeIfPresent(String.self, forKey: key).map { .word($0) }
            case .flag: value = try c.decodeIfPresent(Bool.self, forKey: key).map { .flag($0) }
            }
            if let value { values[kind] = value }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for kind in setKinds {
            let key = Key(kind)
            switch values[kind]! {
            case .count(let n): try c.encode(n, forKey: key)
            case .number(let n): try c.encode(n, forKey: key)
            case .names(let names): try c.encode(names, forKey: key)
            case .scalar(let s): try c.encode(s, forKey: key)
            case .word(let w): try c.encode(w, forKey: key)
            case .flag(let b): try c.encode(b, forKey: key)
            }
        }
    }
}

/// A number as the page states it: written as a JSON integer when it is whole, so `1` stays `1` and not `1.0`.
public struct SpecNumber: Codable, Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public var value: Double

    public init(_ value: Double) { self.value = value }
    public init(integerLiteral value: Int) { self.value = Double(value) }

    public var isWhole: Bool { value.rounded() == value && abs(value) < 9.0e15 }
    public var description: String { isWhole ? String(Int64(value)) : String(value) }

    public init(from decoder: Decoder) throws {
        value = try decoder.singleValueContainer().decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if isWhole { try c.encode(Int64(value)) } else { try c.encode(value) }
    }

    public static func < (lhs: SpecNumber, rhs: SpecNumber) -> Bool { lhs.value < rhs.value }
}

/// A default value: a JSON string, number or boolean.
public enum SpecScalar: Codable, Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case number(SpecNumber)
    case bool(Bool)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let d = try? c.decode(Double.self) {
            self = .number(SpecNumber(d))
        } else {
            self = .string(try c.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .number(let n): try n.encode(to: encoder)
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        }
    }

    public var description: String {
        switch self {
        case .string(let s): return s
        case .number(let n): return n.description
        case .bool(let b): return b ? "true" : "false"
        }
    }
}
