import DocGenRuntime
import DocGenSpec

/// A request value the generated tests use, kept typed so the generator can check it with the runtime's rules
/// before writing it out as a Swift expression.
public indirect enum SampleValue: Sendable, Hashable {
    case text(String)
    /// `String(repeating: unit, count: count)`: long texts stay short in the source.
    case repeated(unit: String, count: Int)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    /// A `Date`, and the text its property's wire format gives it (the page's own example text where one was used).
    case time(secondsSince1970: Double, wireText: String)
    case list([SampleValue])
    case repeatedList(SampleValue, count: Int)
    /// A nested struct: its qualified type name and its arguments in initializer order.
    case object(type: String, arguments: [(label: String, value: SampleValue)])
    case fields([String: String])

    public static func == (lhs: SampleValue, rhs: SampleValue) -> Bool { lhs.swiftExpression == rhs.swiftExpression }
    public func hash(into hasher: inout Hasher) { hasher.combine(swiftExpression) }

    /// The value as a Swift expression.
    public var swiftExpression: String {
        switch self {
        case .text(let s): return SwiftEscaping.stringLiteral(s)
        case .repeated(let unit, let count): return "String(repeating: \(SwiftEscaping.stringLiteral(unit)), count: \(count))"
        case .integer(let n): return String(n)
        case .number(let x): return SwiftLiterals.double(x)
        case .bool(let b): return b ? "true" : "false"
        case .time(let seconds, _): return "Date(timeIntervalSince1970: \(SwiftLiterals.double(seconds)))"
        case .list(let items): return "[" + items.map(\.swiftExpression).joined(separator: ", ") + "]"
        case .repeatedList(let item, let count): return "Array(repeating: \(item.swiftExpression), count: \(count))"
        case .object(let type, let arguments):
            return type + "(" + arguments.map { "\($0.label): \($0.value.swiftExpression)" }.joined(separator: ", ") + ")"
        case .fields(let fields):
            if fields.isEmpty { return "QueryFields([:])" }
            return "QueryFields([" + fields.keys.sorted().map {
                SwiftEscaping.stringLiteral($0) + ": " + SwiftEscaping.stringLiteral(fields[$0]!)
            }.joined(separator: ", ") + "])"
        }
    }

    /// The scalar the runtime would see, for checking.
    var queryScalar: (any QueryScalar)? {
        switch self {
        case .text(let s): return s
        case .repeated(let unit, let count): return String(repeating: unit, count: count)
        case .integer(let n): return n
        case .number(let x): return x
        case .bool(let b): return b
        default: return nil
        }
    }

    /// The wire text of a scalar (what the query carries).
    var wireText: String? {
        if case .time(_, let text) = self { return text }
        return queryScalar?.queryString
    }

    var listItems: [SampleValue]? {
        switch self {
        case .list(let items): return items
        case .repeatedList(let item, let count): return Array(repeating: item, count: count)
        default: return nil
        }
    }
}
