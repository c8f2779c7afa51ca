import Foundation

/// One `name=value` pair of a request's query.
public struct QueryPair: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// The wire form of a request: name/value pairs in a stable order (the order the request appends them: `Action`,
/// `Version`, then the parameters in page order; list elements by index; object fields in page order).
///
/// Lists are flattened the vendor's way: `DiskId.1=a&DiskId.2=b` (Alibaba, base 1), `DiskIds.0=a` (Tencent, base 0),
/// and lists of objects as `Tag.1.Key=k&Tag.1.Value=v`. Absent (nil) values and empty lists send nothing.
public struct QueryItems: Sendable, Hashable, Sequence {
    public let listIndexBase: Int
    public private(set) var pairs: [QueryPair] = []

    public init(listIndexBase: Int) {
        self.listIndexBase = listIndexBase
    }

    public func makeIterator() -> IndexingIterator<[QueryPair]> { pairs.makeIterator() }

    /// The value sent for `name`, if any.
    public subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }

    @_spi(DocGenGenerated)
    public mutating func append(_ name: String, _ value: (some QueryScalar)?) {
        guard let value else { return }
        pairs.append(QueryPair(name, value.queryString))
    }

    /// A time parameter, in its documented layout (see ``TimeCoded``); nothing when it is not set.
    @_spi(DocGenGenerated)
    public mutating func append(_ name: String, _ value: some TimeWireValue) {
        guard let text = value.wireText else { return }
        pairs.append(QueryPair(name, text))
    }

    @_spi(DocGenGenerated)
    public mutating func append<Element: QueryScalar>(_ name: String, _ values: [Element]?) {
        guard let values else { return }
        for (offset, value) in values.enumerated() {
            pairs.append(QueryPair("\(name).\(offset + listIndexBase)", value.queryString))
        }
    }

    @_spi(DocGenGenerated)
    public mutating func append(_ name: String, _ value: (some QueryEncodable)?) {
        guard let value else { return }
        value.appendQueryItems(to: &self, prefix: name + ".")
    }

    @_spi(DocGenGenerated)
    public mutating func append<Element: QueryEncodable>(_ name: String, _ values: [Element]?) {
        guard let values else { return }
        for (offset, value) in values.enumerated() {
            value.appendQueryItems(to: &self, prefix: "\(name).\(offset + listIndexBase).")
        }
    }

    /// The pairs as Foundation query items, in the same order.
    public var urlQueryItems: [URLQueryItem] {
        pairs.map { URLQueryItem(name: $0.name, value: $0.value) }
    }

    /// `a=1&b=2`, each name and value percent-encoded per RFC 3986 (only unreserved characters stay as they are),
    /// which is the encoding the vendors' signature schemes require.
    public var percentEncodedQuery: String {
        pairs.map { Self.percentEncode($0.name) + "=" + Self.percentEncode($0.value) }.joined(separator: "&")
    }

    public static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
