import Foundation
import DocGenSpec

extension MustacheValue {
    /// Turns any Encodable (typed, Sendable view models) into a MustacheValue through a small custom Encoder.
    ///
    /// Optionals that are nil become `.null` members rather than missing ones, so a template looking up
    /// `{{description}}` inside a parameter finds the parameter's own (empty) value instead of falling through
    /// the context stack to an outer object's `description`.
    public init(encoding value: some Encodable) throws {
        let root = EncodingSlot(codingPath: [])
        try root.store(value)
        self = root.value
    }
}

/// One place in the value tree being built; containers fill it in.
private final class EncodingSlot {
    enum Content {
        case empty
        case single(MustacheValue)
        case keyed([String: EncodingSlot])
        case unkeyed([EncodingSlot])
    }

    let codingPath: [any CodingKey]
    var content: Content = .empty

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    var value: MustacheValue {
        switch content {
        case .empty: return .object([:])
        case .single(let value): return value
        case .keyed(let members): return .object(members.mapValues(\.value))
        case .unkeyed(let items): return .list(items.map(\.value))
        }
    }

    func store(_ value: some Encodable) throws {
        if let direct = EncodingSlot.directValue(of: value) {
            content = .single(direct)
        } else {
            try value.encode(to: SlotEncoder(slot: self))
        }
    }

    /// Values whose own Codable form is not what a template wants to see.
    private static func directValue(of value: some Encodable) -> MustacheValue? {
        switch value {
        case let value as MustacheValue: return value
        case let url as URL: return .string(url.absoluteString)
        case let decimal as Decimal: return .number(NSDecimalNumber(decimal: decimal).doubleValue)
        case let float as Float: return .number(Double("\(float)") ?? Double(float))
        default: return nil
        }
    }

    // `child` and `appended` take the container out of `content` (leaving `.empty`) before changing it: while `content`
    // still holds it, the copy taken out is shared, and every insert copied the whole container, which made encoding
    // a list quadratic in its length (a request of 10,000 parameters spent most of `generate` here).

    func child(_ key: any CodingKey) -> EncodingSlot {
        let slot = EncodingSlot(codingPath: codingPath + [key])
        var members: [String: EncodingSlot] = [:]
        if case .keyed(let existing) = content { members = existing }
        content = .empty
        members[key.stringValue] = slot
        content = .keyed(members)
        return slot
    }

    func appended() -> EncodingSlot {
        var items: [EncodingSlot] = []
        if case .unkeyed(let existing) = content { items = existing }
        content = .empty
        let slot = EncodingSlot(codingPath: codingPath + [IndexKey(intValue: items.count)])
        items.append(slot)
        content = .unkeyed(items)
        return slot
    }

    var count: Int {
        if case .unkeyed(let items) = content { return items.count }
        return 0
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(intValue: Int) { self.intValue = intValue; stringValue = String(intValue) }
    init(stringValue: String) { self.stringValue = stringValue; intValue = Int(stringValue) }
}

private struct SlotEncoder: Encoder {
    let slot: EncodingSlot
    var codingPath: [any CodingKey] { slot.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = slot.content {} else { slot.content = .keyed([:]) }
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed = slot.content {} else { slot.content = .unkeyed([]) }
        return UnkeyedSlotContainer(slot: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleSlotContainer(slot: slot) }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodingSlot
    var codingPath: [any CodingKey] { slot.codingPath }

    mutating func encodeNil(forKey key: Key) throws { slot.child(key).content = .single(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { slot.child(key).content = .single(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { slot.child(key).content = .single(.string(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try slot.child(key).store(value) }

    // Synthesized Codable calls these for optionals; nil becomes an explicit `.null` member (see `init(encoding:)`).
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encodeOptional(value, key) }

    private mutating func encodeOptional<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try slot.child(key).store(value) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.child(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.child(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot.child(IndexKey(stringValue: "super"))) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { SlotEncoder(slot: slot.child(key)) }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: EncodingSlot
    var codingPath: [any CodingKey] { slot.codingPath }
    var count: Int { slot.count }

    mutating func encodeNil() throws { slot.appended().content = .single(.null) }
    mutating func encode(_ value: Bool) throws { slot.appended().content = .single(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.appended().content = .single(.string(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try slot.appended().store(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.appended()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.appended()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot.appended()) }
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: EncodingSlot
    var codingPath: [any CodingKey] { slot.codingPath }

    mutating func encodeNil() throws { slot.content = .single(.null) }
    mutating func encode(_ value: Bool) throws { slot.content = .single(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.content = .single(.string(value)) }
    mutating func encode(_ value: Double) throws { slot.content = .single(.number(value)) }
    mutating func encode(_ value: Float) throws { try slot.store(value) }
    mutating func encode(_ value: Int) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode(_ value: Int8) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode(_ value: Int16) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode(_ value: Int32) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode(_ value: Int64) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode(_ value: UInt) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode(_ value: UInt8) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode(_ value: UInt16) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode(_ value: UInt32) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode(_ value: UInt64) throws { slot.content = .single(.number(Double(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { try slot.store(value) }
}
