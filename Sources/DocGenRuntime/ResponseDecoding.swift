import Foundation

/// Decoding of response bodies, tolerant of the ways real bodies differ from their documentation.
public enum ResponseDecoding {
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, style: VendorStyle) throws -> T {
        if style.wrapsResponse {
            return try JSONDecoder().decode(ResponseEnvelope<T>.self, from: data).response
        }
        return try JSONDecoder().decode(T.self, from: data)
    }
}

/// Tencent's `{"Response": {...}}`.
public struct ResponseEnvelope<Body: Decodable>: Decodable {
    public var response: Body

    private enum Keys: String, CodingKey { case response = "Response" }

    public init(from decoder: any Decoder) throws {
        response = try decoder.container(keyedBy: Keys.self).decode(Body.self, forKey: .response)
    }
}

/// A scalar as found in a response: pages document `Integer` fields that arrive as `"5"`, strings that arrive as
/// numbers, booleans as `"true"`. Each scalar type accepts the other spellings of the same value.
public protocol LenientScalar: Decodable {
    static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> Self
}

extension String: LenientScalar {
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> String {
        if let text = try? container.decode(String.self) { return text }
        if let number = try? container.decode(Int64.self) { return String(number) }
        if let number = try? container.decode(Double.self) { return number.queryString }
        if let flag = try? container.decode(Bool.self) { return flag ? "true" : "false" }
        return try container.decode(String.self)
    }
}

extension Int: LenientScalar {
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> Int {
        if let number = try? container.decode(Int.self) { return number }
        if let text = try? container.decode(String.self), let number = Int(text) { return number }
        return try container.decode(Int.self)
    }
}

extension Int64: LenientScalar {
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> Int64 {
        if let number = try? container.decode(Int64.self) { return number }
        if let text = try? container.decode(String.self), let number = Int64(text) { return number }
        return try container.decode(Int64.self)
    }
}

extension Double: LenientScalar {
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> Double {
        if let number = try? container.decode(Double.self) { return number }
        if let text = try? container.decode(String.self), let number = Double(text) { return number }
        return try container.decode(Double.self)
    }
}

extension Bool: LenientScalar {
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> Bool {
        if let flag = try? container.decode(Bool.self) { return flag }
        if let text = try? container.decode(String.self) {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        if let number = try? container.decode(Int.self), number == 0 || number == 1 { return number == 1 }
        return try container.decode(Bool.self)
    }
}

/// A response scalar decoded leniently (see `LenientScalar`).
public struct Lenient<Value: LenientScalar & Sendable & Hashable>: Decodable, Sendable, Hashable {
    public var value: Value

    public init(from decoder: any Decoder) throws {
        value = try Value.decodeLeniently(from: try decoder.singleValueContainer())
    }
}

/// A response list. Alibaba bodies wrap lists in an object named after the element (`"Disks": {"Disk": [...]}`) where
/// the page documents `Disks` as an array: the wrapper is unwrapped. A single element where a list is documented
/// becomes a one-element list.
public struct LenientList<Element: Decodable & Sendable>: Decodable, Sendable {
    public var elements: [Element]

    public init(from decoder: any Decoder) throws {
        if let list = try? [Element](from: decoder) {
            elements = list
            return
        }
        if let wrapper = try? decoder.container(keyedBy: AnyKey.self), wrapper.allKeys.count == 1,
           let list = try? wrapper.decode([Element].self, forKey: wrapper.allKeys[0]) {
            elements = list
            return
        }
        if let single = try? Element(from: decoder) {
            elements = [single]
            return
        }
        elements = try [Element](from: decoder)
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

/// Response fields are decoded so that a page that is wrong about a field never makes the whole response unreadable:
/// a field that is absent, null, or cannot be read as its documented type is nil (other spellings of the same value
/// are read, see `LenientScalar` and `LenientList`). Under `DecodingMode.strict` each helper also reports what it
/// turned into nil, and which fields no helper asked for (see `StrictDecoding`); the value it returns is the same.
extension KeyedDecodingContainer {
    public func lenientScalar<Value: LenientScalar & Sendable & Hashable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        let value = (try? decodeIfPresent(Lenient<Value>.self, forKey: key))??.value
        StrictDecoding.note(self, key: key, decoded: value != nil)
        return value
    }

    public func lenientScalarList<Value: LenientScalar & Sendable & Hashable>(_ type: Value.Type, forKey key: Key) throws -> [Value]? {
        let value = (try? decodeIfPresent(LenientList<Lenient<Value>>.self, forKey: key))??.elements.map(\.value)
        StrictDecoding.note(self, key: key, decoded: value != nil)
        return value
    }

    /// A time field in its documented layout; nil when it is absent or not a time (see ``LenientTime``).
    public func lenientTime<Format: TimeWireFormat>(_ format: Format.Type, forKey key: Key) throws -> Date? {
        let value = (try? decodeIfPresent(LenientTime<Format>.self, forKey: key))??.date
        StrictDecoding.note(self, key: key, decoded: value != nil)
        return value
    }

    public func lenientObject<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        let value = (try? decodeIfPresent(Value.self, forKey: key)) ?? nil
        StrictDecoding.note(self, key: key, decoded: value != nil)
        return value
    }

    public func lenientObjectList<Value: Decodable & Sendable>(_ type: Value.Type, forKey key: Key) throws -> [Value]? {
        let value = (try? decodeIfPresent(LenientList<Value>.self, forKey: key))??.elements
        StrictDecoding.note(self, key: key, decoded: value != nil)
        return value
    }
}
