import Foundation

/// A request time value as the wire carries it.
public protocol TimeWireValue: Sendable {
    /// The text sent for the value (nil: not set).
    var wireText: String? { get }
}

/// A required time parameter: a `Date` for the caller, its documented layout on the wire.
///
/// A value decoded from a wire text keeps that text, so encoding it again sends the same bytes (an offset or a
/// fraction the layout would not write survives); setting a new date drops it.
@propertyWrapper
public struct TimeCoded<Format: TimeWireFormat>: TimeWireValue, Codable, Hashable {
    public var wrappedValue: Date {
        didSet { decodedText = nil }
    }
    private var decodedText: String?

    public init(wrappedValue: Date) {
        self.wrappedValue = wrappedValue
    }

    public var wireText: String? { decodedText ?? Format.layout.text(for: wrappedValue) }

    public init(from decoder: any Decoder) throws {
        let (date, text) = try TimeWireCoding.decode(Format.layout, from: decoder)
        wrappedValue = date
        decodedText = text
    }

    public func encode(to encoder: any Encoder) throws {
        try TimeWireCoding.encode(wireText ?? "", layout: Format.layout, to: encoder)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wrappedValue == rhs.wrappedValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}

/// An optional time parameter: `Date?` for the caller, its documented layout on the wire, left out when nil.
@propertyWrapper
public struct OptionalTimeCoded<Format: TimeWireFormat>: TimeWireValue, Codable, Hashable {
    public var wrappedValue: Date? {
        didSet { decodedText = nil }
    }
    private var decodedText: String?

    public init(wrappedValue: Date?) {
        self.wrappedValue = wrappedValue
    }

    public var wireText: String? { decodedText ?? wrappedValue.map(Format.layout.text(for:)) }

    public init(from decoder: any Decoder) throws {
        if (try? decoder.singleValueContainer().decodeNil()) == true {
            wrappedValue = nil
            return
        }
        let (date, text) = try TimeWireCoding.decode(Format.layout, from: decoder)
        wrappedValue = date
        decodedText = text
    }

    public func encode(to encoder: any Encoder) throws {
        guard let text = wireText else {
            var container = encoder.singleValueContainer()
            try container.encodeNil()
            return
        }
        try TimeWireCoding.encode(text, layout: Format.layout, to: encoder)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wrappedValue == rhs.wrappedValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}

// Synthesized `Codable` calls these for an `@OptionalTimeCoded` property: a nil date is left out of the body rather
// than sent as `null`, and a missing key decodes as nil.
extension KeyedDecodingContainer {
    public func decode<Format>(_ type: OptionalTimeCoded<Format>.Type, forKey key: Key) throws -> OptionalTimeCoded<Format> {
        try decodeIfPresent(type, forKey: key) ?? OptionalTimeCoded(wrappedValue: nil)
    }
}

extension KeyedEncodingContainer {
    public mutating func encode<Format>(_ value: OptionalTimeCoded<Format>, forKey key: Key) throws {
        guard value.wrappedValue != nil else { return }
        try value.encode(to: superEncoder(forKey: key))
    }
}

/// The wire side of the time wrappers: a string in the ISO layouts, a number in the UNIX ones.
enum TimeWireCoding {
    static func decode(_ layout: TimeLayout, from decoder: any Decoder) throws -> (Date, String) {
        let container = try decoder.singleValueContainer()
        if layout.isNumeric, let number = try? container.decode(Int64.self) {
            return (layout.date(fromNumber: Double(number))!, String(number))
        }
        if layout.isNumeric, let number = try? container.decode(Double.self), let date = layout.date(fromNumber: number) {
            return (date, number.queryString)
        }
        let text = try container.decode(String.self)
        guard let date = layout.date(fromText: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a time in the layout \(layout.rawValue)")
        }
        return (date, text)
    }

    static func encode(_ text: String, layout: TimeLayout, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if layout.isNumeric, let number = Int64(text) {
            try container.encode(number)
        } else if layout.isNumeric, let number = Double(text) {
            try container.encode(number)
        } else {
            try container.encode(text)
        }
    }
}

/// A response time field: read in its layout, leniently (see ``TimeLayout/date(fromText:)``).
public struct LenientTime<Format: TimeWireFormat>: Decodable, Sendable {
    public var date: Date

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self), let date = Format.layout.date(fromNumber: number) {
            self.date = date
            return
        }
        let text = try container.decode(String.self)
        guard let date = Format.layout.date(fromText: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a time in the layout \(Format.layout.rawValue)")
        }
        self.date = date
    }
}
