import Foundation

/// UTC calendar arithmetic and the reading of ISO 8601 texts, without `DateFormatter` (whose behaviour depends on
/// the platform's ICU and locale data) so that every platform reads and writes the same bytes.
enum CivilTime {
    /// The days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count from 1970-01-01 (`civil_from_days`).
    static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// An ISO 8601 text as seconds since 1970: `2024-05-01`, `2024-05-01T08:00Z`, `2024-05-01T08:00:00Z`,
    /// `2024-05-01T08:00:00.123+08:00`, `2024-05-01 08:00:00` (no zone: UTC). Nil for anything else, including
    /// dates that do not exist (`2017-11-31`).
    static func seconds(iso text: String) -> Double? {
        var reader = DigitReader(Array(text.utf8))
        guard let year = reader.number(digits: 4), reader.skip(UInt8(ascii: "-")),
              let month = reader.number(digits: 2), reader.skip(UInt8(ascii: "-")),
              let day = reader.number(digits: 2),
              (1...12).contains(month), (1...daysInMonth(year: year, month: month)).contains(day) else { return nil }
        var seconds = Double(days(year: year, month: month, day: day) * 86_400)
        if reader.atEnd { return seconds }
        guard reader.skip(UInt8(ascii: "T")) || reader.skip(UInt8(ascii: "t")) || reader.skip(UInt8(ascii: " ")),
              let hour = reader.number(digits: 2), reader.skip(UInt8(ascii: ":")), let minute = reader.number(digits: 2),
              hour < 24, minute < 60 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if reader.skip(UInt8(ascii: ":")) {
            guard let second = reader.number(digits: 2), second < 61 else { return nil }
            seconds += Double(second)
            if reader.skip(UInt8(ascii: ".")) || reader.skip(UInt8(ascii: ",")) {
                guard let fraction = reader.fraction() else { return nil }
                seconds += fraction
            }
        }
        if reader.atEnd || reader.skip(UInt8(ascii: "Z")) || reader.skip(UInt8(ascii: "z")) {
            return reader.atEnd ? seconds : nil
        }
        let sign: Double
        if reader.skip(UInt8(ascii: "+")) { sign = 1 } else if reader.skip(UInt8(ascii: "-")) { sign = -1 } else { return nil }
        guard let offsetHours = reader.number(digits: 2) else { return nil }
        _ = reader.skip(UInt8(ascii: ":"))
        let offsetMinutes = reader.atEnd ? 0 : reader.number(digits: 2)
        guard let offsetMinutes, reader.atEnd, offsetHours < 24, offsetMinutes < 60 else { return nil }
        return seconds - sign * Double(offsetHours * 3600 + offsetMinutes * 60)
    }

    /// `yyyy-MM-ddTHH:mm:ssZ`, to the given precision, of whole seconds since 1970 (UTC).
    static func isoText(seconds: Int64, precision: Precision) -> String {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let within = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = date(days: days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if precision == .day { return text }
        text += "T" + pad(within / 3600, 2) + ":" + pad(within / 60 % 60, 2)
        if precision == .second { text += ":" + pad(within % 60, 2) }
        return text + "Z"
    }

    enum Precision { case day, minute, second }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Reads fixed-width ASCII numbers from the bytes of a text.
private struct DigitReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += digits
        return value
    }

    /// The digits after a decimal mark, as a fraction of a second (at least one digit).
    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = index
        while index < bytes.count, (48...57).contains(bytes[index]) {
            value += Double(bytes[index] - 48) * scale
            scale /= 10
            index += 1
        }
        return index > start ? value : nil
    }
}
