import Foundation

/// A time layout as a type, so that a property wrapper (`@TimeCoded<ISO8601DateTime>`) and a response decoder know
/// it without storing it.
public protocol TimeWireFormat: Sendable {
    static var layout: TimeLayout { get }
}

/// `2024-05-01T08:00:00Z` (``TimeLayout/iso8601Seconds``).
public enum ISO8601DateTime: TimeWireFormat {
    public static var layout: TimeLayout { .iso8601Seconds }
}

/// `2024-05-01T08:00Z` (``TimeLayout/iso8601Minutes``).
public enum ISO8601Minutes: TimeWireFormat {
    public static var layout: TimeLayout { .iso8601Minutes }
}

/// `2024-05-01` (``TimeLayout/calendarDate``).
public enum ISO8601Date: TimeWireFormat {
    public static var layout: TimeLayout { .calendarDate }
}

/// Whole seconds since 1970 (``TimeLayout/unixSeconds``).
public enum UnixSeconds: TimeWireFormat {
    public static var layout: TimeLayout { .unixSeconds }
}

/// Milliseconds since 1970 (``TimeLayout/unixMilliseconds``).
public enum UnixMilliseconds: TimeWireFormat {
    public static var layout: TimeLayout { .unixMilliseconds }
}
