@_spi(DocGenGenerated) @testable import DocGenRuntime
import Foundation
import XCTest

/// A request as docgen generates it for time parameters: synthesized `Codable` over the time wrappers.
private struct TimedRequest: Codable, Hashable {
    @TimeCoded<ISO8601DateTime> var startTime: Date
    @OptionalTimeCoded<ISO8601Minutes> var endTime: Date?
    @OptionalTimeCoded<UnixMilliseconds> var since: Date?

    private enum CodingKeys: String, CodingKey {
        case startTime = "StartTime"
        case endTime = "EndTime"
        case since = "Since"
    }

    func query() -> QueryItems {
        var query = QueryItems(listIndexBase: 1)
        query.append("StartTime", self._startTime)
        query.append("EndTime", self._endTime)
        query.append("Since", self._since)
        return query
    }
}

/// A response as docgen generates it: `lenientTime` per time field.
private struct TimedResponse: Decodable {
    var created: Date?
    var expires: Date?

    private enum CodingKeys: String, CodingKey {
        case created = "CreationTime"
        case expires = "ExpiredTime"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        created = try container.lenientTime(ISO8601Minutes.self, forKey: .created)
        expires = try container.lenientTime(UnixSeconds.self, forKey: .expires)
    }
}

final class TimeCodingTests: XCTestCase {
    private func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    /// Instants whose UTC text is known independently (epoch arithmetic done by hand / `date -u -d @N`).
    func testLayoutsWriteKnownInstants() {
        let known: [(Double, String)] = [
            (0, "1970-01-01T00:00:00Z"), (-1, "1969-12-31T23:59:59Z"), (951_782_400, "2000-02-29T00:00:00Z"),
            (1_699_999_980, "2023-11-14T22:13:00Z"), (253_402_300_799, "9999-12-31T23:59:59Z"),
        ]
        for (seconds, text) in known {
            XCTAssertEqual(TimeLayout.iso8601Seconds.text(for: date(seconds)), text)
            XCTAssertEqual(TimeLayout.iso8601Seconds.date(fromText: text), date(seconds), text)
        }
        XCTAssertEqual(TimeLayout.iso8601Minutes.text(for: date(1_699_999_999)), "2023-11-14T22:13Z")
        XCTAssertEqual(TimeLayout.calendarDate.text(for: date(1_699_999_999)), "2023-11-14")
        XCTAssertEqual(TimeLayout.unixSeconds.text(for: date(1_699_999_999.9)), "1699999999")
        XCTAssertEqual(TimeLayout.unixMilliseconds.text(for: date(1_714_550_400.123)), "1714550400123")
        XCTAssertEqual(TimeLayout.unixMilliseconds.date(fromText: "1714550400123"), date(1_714_550_400.123))
    }

    /// A second implementation: Foundation's ISO8601DateFormatter, over instants spread across four centuries.
    func testISOTextAgreesWithFoundationsFormatter() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        // A fixed sequence (an LCG), so a failure reproduces: 2,000 instants between 1900 and 2100.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var seconds: [Double] = (0..<2_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(-2_208_988_800 + Int64(state >> 33) % 6_311_433_600)
        }
        seconds += [951_868_799, 951_868_800, 4_107_542_400, -2_203_891_200] // around 2000-02-29, 2100-03-01, 1900-03-01
        for value in seconds {
            let expected = formatter.string(from: date(value))
            XCTAssertEqual(TimeLayout.iso8601Seconds.text(for: date(value)), expected, "\(value)")
            XCTAssertEqual(TimeLayout.iso8601Seconds.date(fromText: expected), date(value), expected)
        }
    }

    func testISOVariantsAreReadAndImpossibleDaysAreNot() {
        // 2024-05-01T08:00:00.5+08:00 is 2024-05-01T00:00:00.5Z = 1714521600.5.
        XCTAssertEqual(TimeLayout.iso8601Seconds.date(fromText: "2024-05-01T08:00:00.5+08:00"), date(1_714_521_600.5))
        XCTAssertEqual(TimeLayout.iso8601Minutes.date(fromText: "2024-05-01T00:00Z"), date(1_714_521_600))
        XCTAssertEqual(TimeLayout.iso8601Minutes.date(fromText: "2024-05-01T00:00:00Z"), date(1_714_521_600))
        XCTAssertEqual(TimeLayout.iso8601Seconds.date(fromText: "2024-05-01 00:00:00"), date(1_714_521_600))
        XCTAssertEqual(TimeLayout.calendarDate.date(fromText: "2024-05-01"), date(1_714_521_600))
        for bad in ["2017-11-31T06:32:31Z", "2023-02-29", "2024-13-01", "2024-05-01T24:00Z", "2024-05-01T08:00:00Zjunk",
                    "yesterday", "", "1714521600"] {
            XCTAssertNil(TimeLayout.iso8601Seconds.date(fromText: bad), bad)
        }
        XCTAssertNil(TimeLayout.unixSeconds.date(fromText: "2024-05-01"))
    }

    func testRequestsSendTheDocumentedLayoutAndLeaveOutNil() throws {
        let request = TimedRequest(startTime: date(1_699_999_980), endTime: nil, since: date(1_714_550_400.123))
        XCTAssertEqual(request.query().pairs, [QueryPair("StartTime", "2023-11-14T22:13:00Z"), QueryPair("Since", "1714550400123")])
        let json = String(decoding: try JSONEncoder.wire.encode(request), as: UTF8.self)
        XCTAssertEqual(json, #"{"Since":1714550400123,"StartTime":"2023-11-14T22:13:00Z"}"#)
    }

    func testADecodedWireTextIsSentBackUnchangedUntilTheDateChanges() throws {
        let body = #"{"StartTime":"2024-05-01T08:00:00+08:00","EndTime":"2024-05-01T09:30Z","Since":1714550400123}"#
        var request = try JSONDecoder().decode(TimedRequest.self, from: Data(body.utf8))
        XCTAssertEqual(request.startTime, date(1_714_521_600))
        XCTAssertEqual(request.query()["StartTime"], "2024-05-01T08:00:00+08:00")
        XCTAssertEqual(String(decoding: try JSONEncoder.wire.encode(request), as: UTF8.self),
                       #"{"EndTime":"2024-05-01T09:30Z","Since":1714550400123,"StartTime":"2024-05-01T08:00:00+08:00"}"#)
        request.startTime = date(1_714_521_660)
        XCTAssertEqual(request.query()["StartTime"], "2024-05-01T00:01:00Z")
        XCTAssertThrowsError(try JSONDecoder().decode(TimedRequest.self, from: Data(#"{"StartTime":"soon"}"#.utf8)))
    }

    func testResponsesReadTimesLenientlyAndStrictModeReportsWhatItCannotRead() throws {
        let good = #"{"CreationTime":"2019-09-25T02:12:07Z","ExpiredTime":"1569377520"}"#
        let response = try JSONDecoder().decode(TimedResponse.self, from: Data(good.utf8))
        XCTAssertEqual(response.created, date(1_569_377_527))
        XCTAssertEqual(response.expires, date(1_569_377_520))

        let bad = Data(#"{"CreationTime":"next week","ExpiredTime":1569377520}"#.utf8)
        let (lenient, issues) = try StrictDecoding.collect(body: bad) { try JSONDecoder().decode(TimedResponse.self, from: bad) }
        XCTAssertNil(lenient.created)
        XCTAssertEqual(lenient.expires, date(1_569_377_520))
        XCTAssertEqual(issues, [.illTyped(path: "CreationTime")])
    }
}
