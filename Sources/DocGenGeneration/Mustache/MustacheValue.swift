import Foundation
import DocGenSpec

/// A value a template can see. Built from typed view models, never [String: Any].
public indirect enum MustacheValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    /// Rendered like JSON numbers: 1 not 1.0.
    case number(Double)
    case list([MustacheValue])
    case object([String: MustacheValue])
    case null
}

extension MustacheValue {
    /// Whether a section `{{#x}}` renders (and `{{^x}}` does not).
    /// Falsy: `false`, `null`, the empty list and the empty string (so an absent description and an empty one
    /// behave alike in generated code). Zero is truthy, as in JSON-based engines other than JavaScript.
    public var isTruthy: Bool {
        switch self {
        case .bool(let flag): return flag
        case .null: return false
        case .list(let items): return !items.isEmpty
        case .string(let text): return !text.isEmpty
        case .number, .object: return true
        }
    }

    /// The text an interpolation tag inserts, or nil for values that have no text form (lists, objects).
    var interpolatedText: String? {
        switch self {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return MustacheValue.format(number)
        case .null: return ""
        case .list, .object: return nil
        }
    }

    /// Whole numbers print without a fraction (85, not 85.0); others use Swift's shortest round-trip form.
    static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 9.0e15 {
            return String(Int64(number))
        }
        return String(number)
    }

    /// The member `key` when this is an object that has it (a member that is `null` still counts as present).
    func member(_ key: String) -> MustacheValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

// MARK: - JSON

/// Decodes any JSON document: `true`/`false` stay booleans (JSONDecoder does not turn them into numbers).
extension MustacheValue: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([MustacheValue].self) {
            self = .list(items)
        } else {
            self = .object(try container.decode([String: MustacheValue].self))
        }
    }
}

extension MustacheValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .bool(let flag): try container.encode(flag)
        case .number(let number): try container.encode(number)
        case .list(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        case .null: try container.encodeNil()
        }
    }
}

// MARK: - Literals, for tests and small hand-built contexts

extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(arrayLiteral elements: MustacheValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}
