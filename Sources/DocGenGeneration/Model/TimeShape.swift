import DocGenRuntime
import DocGenSpec

/// How a documented time format appears in generated code: the runtime's wire-format type and layout.
extension TimeFormat {
    /// The runtime type naming the layout (`ISO8601DateTime`), for `@TimeCoded<...>` and `lenientTime(...)`.
    var wireFormatTypeName: String {
        switch self {
        case .iso8601: return "ISO8601DateTime"
        case .iso8601Minutes: return "ISO8601Minutes"
        case .date: return "ISO8601Date"
        case .unixSeconds: return "UnixSeconds"
        case .unixMilliseconds: return "UnixMilliseconds"
        }
    }

    var layout: TimeLayout {
        switch self {
        case .iso8601: return .iso8601Seconds
        case .iso8601Minutes: return .iso8601Minutes
        case .date: return .calendarDate
        case .unixSeconds: return .unixSeconds
        case .unixMilliseconds: return .unixMilliseconds
        }
    }

    /// The pattern a reader of the generated code knows the format by.
    var writtenPattern: String {
        switch self {
        case .iso8601: return "yyyy-MM-ddTHH:mm:ssZ"
        case .iso8601Minutes: return "yyyy-MM-ddTHH:mmZ"
        case .date: return "yyyy-MM-dd"
        case .unixSeconds: return "UNIX seconds"
        case .unixMilliseconds: return "UNIX milliseconds"
        }
    }
}
