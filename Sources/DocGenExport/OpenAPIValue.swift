import DocGenSpec

/// A JSON value of an OpenAPI document under construction.
///
/// Objects are plain dictionaries: the document is written through `SpecJSON.encode`, which sorts keys by their UTF-8
/// bytes, indents by two spaces and ends with a newline, so the same specs always give the same bytes.
public enum OpenAPIValue: Hashable, Sendable {
    case string(String)
    case integer(Int64)
    case number(SpecNumber)
    case bool(Bool)
    case array([OpenAPIValue])
    case object([String: OpenAPIValue])
    case null

    /// The dictionary of an object, or nil.
    public var objectValue: [String: OpenAPIValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The elements of an array, or nil.
    public var arrayValue: [OpenAPIValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The text of a string, or nil.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The member `key` of an object, or nil.
    public subscript(key: String) -> OpenAPIValue? {
        objectValue?[key]
    }
}

extension OpenAPIValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(arrayLiteral elements: OpenAPIValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, OpenAPIValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension OpenAPIValue: Codable {
    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .integer(let i): var c = encoder.singleValueContainer(); try c.encode(i)
        case .number(let n): try n.encode(to: encoder)
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .array(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case .object(let members):
            var c = encoder.container(keyedBy: MemberKey.self)
            for key in members.keys.sorted() { try c.encode(members[key]!, forKey: MemberKey(stringValue: key)) }
        }
    }

    /// Reads any JSON (used for the pages' response examples). Booleans are tried before numbers, whole numbers that
    /// fit `Int64` before other numbers.
    public init(from decoder: Decoder) throws {
        if let c = try? decoder.container(keyedBy: MemberKey.self) {
            var members: [String: OpenAPIValue] = [:]
            for key in c.allKeys { members[key.stringValue] = try c.decode(OpenAPIValue.self, forKey: key) }
            self = .object(members)
            return
        }
        if var c = try? decoder.unkeyedContainer() {
            var items: [OpenAPIValue] = []
            while !c.isAtEnd { items.append(try c.decode(OpenAPIValue.self)) }
            self = .array(items)
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .integer(i)
        } else if let d = try? c.decode(Double.self) {
            self = .number(SpecNumber(d))
        } else {
            self = .string(try c.decode(String.self))
        }
    }
}
