/// Limits stated in a parameter's prose. Every field is optional: `nil` means the page says nothing about it.
public struct Constraints: Codable, Hashable, Sendable {
    public var minLength: Int?
    public var maxLength: Int?
    public var minimum: SpecNumber?
    public var maximum: SpecNumber?
    /// The lower end of a repeat list's N range (`N的取值范围：1~20` gives minItems 1, maxItems 20).
    public var minItems: Int?
    public var maxItems: Int?
    public var `enum`: [String]?
    public var `default`: SpecScalar?
    public var forbiddenPrefixes: [String]?
    public var forbiddenSubstrings: [String]?
    /// `letter` or `letterOrCJK`.
    public var mustStartWith: String?
    /// e.g. `ascii`.
    public var charset: String?
    public var deprecated: Bool?
    /// "Not available for public use".
    public var `internal`: Bool?
    /// Base names of parameters that cannot be given together with this one.
    public var mutuallyExclusiveWith: [String]?
    /// Base names of parameters that must be given for this one to apply.
    public var dependsOn: [String]?

    public init() {}

    public var isEmpty: Bool { self == Constraints() }

    /// The keys that are set, in a stable order (the order of the declaration).
    public var setKeys: [String] {
        var keys: [String] = []
        if minLength != nil { keys.append("minLength") }
        if maxLength != nil { keys.append("maxLength") }
        if minimum != nil { keys.append("minimum") }
        if maximum != nil { keys.append("maximum") }
        if minItems != nil { keys.append("minItems") }
        if maxItems != nil { keys.append("maxItems") }
        if self.enum != nil { keys.append("enum") }
        if self.default != nil { keys.append("default") }
        if forbiddenPrefixes != nil { keys.append("forbiddenPrefixes") }
        if forbiddenSubstrings != nil { keys.append("forbiddenSubstrings") }
        if mustStartWith != nil { keys.append("mustStartWith") }
        if charset != nil { keys.append("charset") }
        if deprecated != nil { keys.append("deprecated") }
        if self.internal != nil { keys.append("internal") }
        if mutuallyExclusiveWith != nil { keys.append("mutuallyExclusiveWith") }
        if dependsOn != nil { keys.append("dependsOn") }
        return keys
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
