import DocGenSpec

/// The Swift type of one wire value.
public enum ScalarType: String, Sendable, Hashable, Encodable {
    case string = "String"
    case int = "Int"
    case int64 = "Int64"
    case double = "Double"
    case bool = "Bool"

    public var swiftName: String { rawValue }

    /// `nil` for object and array, which are not scalars.
    public init?(_ type: ParamType) {
        switch type {
        case .string: self = .string
        case .integer: self = .int
        case .long: self = .int64
        case .float, .double: self = .double
        case .boolean: self = .bool
        case .object, .array: return nil
        }
    }

    public var isNumeric: Bool { self == .int || self == .int64 || self == .double }
}
