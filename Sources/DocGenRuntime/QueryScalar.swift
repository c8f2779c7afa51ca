import Foundation

/// A value that is sent as one query item: its wire spelling is `queryString`.
public protocol QueryScalar: Sendable, Hashable, Codable {
    var queryString: String { get }
    /// The value as a number, for `minimum`/`maximum` checks (nil when it is not numeric).
    var numericValue: Double? { get }
}

extension String: QueryScalar {
    public var queryString: String { self }
    public var numericValue: Double? { Double(self.trimmingCharacters(in: .whitespaces)) }
}

extension Int: QueryScalar {
    public var queryString: String { String(self) }
    public var numericValue: Double? { Double(self) }
}

extension Int64: QueryScalar {
    public var queryString: String { String(self) }
    public var numericValue: Double? { Double(self) }
}

extension Double: QueryScalar {
    /// Whole numbers are sent without a fraction (`5`, not `5.0`), as the vendors' examples write them.
    public var queryString: String {
        if rounded() == self, abs(self) < 9.0e15 { return String(Int64(self)) }
        return String(self)
    }
    public var numericValue: Double? { self }
}

extension Bool: QueryScalar {
    public var queryString: String { self ? "true" : "false" }
    public var numericValue: Double? { nil }
}
