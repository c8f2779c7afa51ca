import DocGenSpec

/// Reads the documented time format of a parameter or response field from its description and example.
///
/// Only what the page states counts: a written pattern (`yyyy-MM-ddTHH:mm:ssZ`, `YYYY-MM-DDThh:mmZ`, `yyyy-MM-dd`),
/// "ISO 8601", or a timestamp with its unit ("UNIX 时间戳，单位：毫秒", "timestamp in milliseconds"); an example
/// value of the exact ISO shape (`2024-05-01T08:00:00Z`) confirms a string field whose description speaks of time.
/// A number described as a timestamp without a unit takes the unit from its example's digits (13: milliseconds,
/// 10: seconds). `yyyy-MM-dd HH:mm:ss` (a space, no zone) is not ISO 8601 and gets no format.
enum TimeFormatReader {
    static func format(type: ParamType, description: String?, example: String?) -> TimeFormat? {
        let text = description ?? ""
        let value = example.map(CellText.collapsed) ?? ""
        switch type {
        case .string:
            if let written = Pattern.writtenFormat.firstMatch(in: text)?[1] { return format(written: written) }
            if Pattern.iso8601Words.firstMatch(in: text) != nil {
                return Pattern.isoMinutesValue.matches(value) ? .iso8601Minutes : .iso8601
            }
            guard Pattern.timeWords.firstMatch(in: text) != nil else { return nil }
            if Pattern.isoSecondsValue.matches(value) { return .iso8601 }
            if Pattern.isoMinutesValue.matches(value) { return .iso8601Minutes }
            return nil
        case .integer, .long:
            guard Pattern.timestampWords.firstMatch(in: text) != nil else { return nil }
            if Pattern.millisecondWords.firstMatch(in: text) != nil { return .unixMilliseconds }
            let digits = value.filter(\.isNumber)
            if digits.count == 13, digits.count == value.count { return .unixMilliseconds }
            if digits.count == 10, digits.count == value.count { return .unixSeconds }
            if Pattern.secondWords.firstMatch(in: text) != nil { return .unixSeconds }
            return nil
        default:
            return nil
        }
    }

    /// `yyyy-MM-ddTHH:mm:ssZ` → ISO 8601 with seconds; `yyyy-MM-ddTHH:mmZ` → to the minute; `yyyy-MM-dd` → date.
    private static func format(written: String) -> TimeFormat? {
        let lower = written.lowercased()
        guard lower.contains("t") else { return lower.count == 10 ? .date : nil }
        return lower.contains(":ss") ? .iso8601 : .iso8601Minutes
    }

    private enum Pattern {
        /// A written date pattern; a time part only with its `T` (the ISO separator).
        static let writtenFormat = TextPattern(
            #"((?i:yyyy-mm-dd)(?:(?i:t)(?i:hh):(?i:mm)(?::(?i:ss))?(?:\.(?i:s+))?(?i:z|x+)?)?)(?![ ]?(?i:hh))"#, caseSensitive: true)
        static let iso8601Words = TextPattern(#"(?i:iso\s*-?\s*8601)"#, caseSensitive: true)
        static let timeWords = TextPattern(#"时间|日期|(?i:\btime\b|\bdate\b|\btimestamp\b)"#, caseSensitive: true)
        static let timestampWords = TextPattern(#"时间戳|(?i:timestamp|unix\s*time|epoch)"#, caseSensitive: true)
        static let millisecondWords = TextPattern(#"毫秒|(?i:millisecond|\bms\b)"#, caseSensitive: true)
        static let secondWords = TextPattern(#"单位[:：为]?\s*秒|(?i:in seconds|unit:\s*seconds?)"#, caseSensitive: true)
        static let isoSecondsValue = TextPattern(
            #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$"#, caseSensitive: true)
        static let isoMinutesValue = TextPattern(#"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?:Z|[+-]\d{2}:?\d{2})$"#, caseSensitive: true)
    }
}
