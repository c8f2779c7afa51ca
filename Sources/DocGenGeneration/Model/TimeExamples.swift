import DocGenSpec
import Foundation

/// Reads the pages' example times with Foundation's `DateFormatter`: a second implementation, independent of the
/// runtime's own reader and writer (`TimeLayout`), so that the generated tests comparing the two can fail.
enum TimeExamples {
    /// The instant of an example written exactly in its documented format (formatting the instant again gives the
    /// same text: `2017-11-31T06:32:31Z`, a day that does not exist, is not one); nil otherwise.
    static func exactSeconds(_ text: String, format: TimeFormat) -> Double? {
        switch format {
        case .unixSeconds, .unixMilliseconds:
            guard !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }), let number = Int64(text) else { return nil }
            return format == .unixSeconds ? Double(number) : Double(number) / 1000
        case .iso8601, .iso8601Minutes, .date:
            let formatter = makeFormatter(exactPattern(format))
            guard let date = formatter.date(from: text), formatter.string(from: date) == text else { return nil }
            return date.timeIntervalSince1970
        }
    }

    /// The instant of a response example in any spelling of the format's family: ISO 8601 with or without seconds,
    /// a fraction or an offset; a number or digits for the UNIX formats. Nil when it is none of them.
    static func anySeconds(_ value: Any, format: TimeFormat) -> Double? {
        switch format {
        case .unixSeconds, .unixMilliseconds:
            let number: Double?
            if let n = value as? NSNumber, !(value is Bool) { number = n.doubleValue } else { number = (value as? String).flatMap(Double.init) }
            guard let number, number.isFinite else { return nil }
            return format == .unixSeconds ? number : number / 1000
        case .iso8601, .iso8601Minutes, .date:
            guard let text = value as? String else { return nil }
            for pattern in isoPatterns {
                if let date = makeFormatter(pattern).date(from: text) { return date.timeIntervalSince1970 }
            }
            return nil
        }
    }

    /// The instant the generated tests use where a page gives no usable example: 2023-11-14T22:13:00Z.
    static let sampleSeconds: Double = 1_699_999_980

    /// `sampleSeconds` in each format, written out by hand (not computed) so that the tests check the runtime.
    static func sampleText(_ format: TimeFormat) -> String {
        switch format {
        case .iso8601: return "2023-11-14T22:13:00Z"
        case .iso8601Minutes: return "2023-11-14T22:13Z"
        case .date: return "2023-11-14"
        case .unixSeconds: return "1699999980"
        case .unixMilliseconds: return "1699999980000"
        }
    }

    private static func exactPattern(_ format: TimeFormat) -> String {
        switch format {
        case .iso8601Minutes: return "yyyy-MM-dd'T'HH:mm'Z'"
        case .date: return "yyyy-MM-dd"
        default: return "yyyy-MM-dd'T'HH:mm:ss'Z'"
        }
    }

    private static let isoPatterns = [
        "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mmXXXXX", "yyyy-MM-dd",
    ]

    private static func makeFormatter(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.isLenient = false
        formatter.dateFormat = pattern
        return formatter
    }
}
