import Foundation

/// How a time value travels on the wire, as the operation's page documents it.
public enum TimeLayout: String, Sendable, Hashable, CaseIterable {
    /// `2024-05-01T08:00:00Z`: ISO 8601 with seconds, in UTC.
    case iso8601Seconds
    /// `2024-05-01T08:00Z`: ISO 8601 to the minute, in UTC.
    case iso8601Minutes
    /// `2024-05-01`: a calendar date (the UTC day).
    case calendarDate
    /// `1714550400`: whole seconds since 1970-01-01T00:00:00Z, sent as a number.
    case unixSeconds
    /// `1714550400000`: milliseconds since 1970-01-01T00:00:00Z, sent as a number.
    case unixMilliseconds

    /// Whether the value is a number on the wire (a JSON number, digits in a query).
    public var isNumeric: Bool { self == .unixSeconds || self == .unixMilliseconds }

    /// The wire text of a date: UTC, cut to the layout's precision (`08:00:59` is `08:00` to the minute).
    public func text(for date: Date) -> String {
        // Milliseconds first, rounded, so that a date made from a millisecond count gives that count back.
        let limit = 9.0e15
        let milliseconds = Int64(max(-limit, min(limit, (date.timeIntervalSince1970 * 1000).rounded())))
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        switch self {
        case .iso8601Seconds: return CivilTime.isoText(seconds: seconds, precision: .second)
        case .iso8601Minutes: return CivilTime.isoText(seconds: seconds, precision: .minute)
        case .calendarDate: return CivilTime.isoText(seconds: seconds, precision: .day)
        case .unixSeconds: return String(seconds)
        case .unixMilliseconds: return String(milliseconds)
        }
    }

    /// The date a wire text stands for; nil when it is not one. The ISO layouts read every ISO 8601 variant (a page
    /// documents one precision and a service may answer with another, with a fraction or an offset); the UNIX
    /// layouts read a whole or decimal number.
    public func date(fromText text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch self {
        case .iso8601Seconds, .iso8601Minutes, .calendarDate:
            return CivilTime.seconds(iso: trimmed).map(Date.init(timeIntervalSince1970:))
        case .unixSeconds, .unixMilliseconds:
            guard let number = Double(trimmed), number.isFinite,
                  trimmed.utf8.allSatisfy({ (48...57).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
            else { return nil }
            return date(fromNumber: number)
        }
    }

    /// The date a JSON number stands for in a UNIX layout; nil in the ISO layouts.
    public func date(fromNumber number: Double) -> Date? {
        switch self {
        case .unixSeconds: return Date(timeIntervalSince1970: number)
        case .unixMilliseconds: return Date(timeIntervalSince1970: number / 1000)
        default: return nil
        }
    }
}
