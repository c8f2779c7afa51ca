@testable import DocGenSpec
@testable import DocGenGeneration
import Testing

/// Time parameters and fields with a documented format become `Date` in the generated code.
@Suite struct TimeFieldGenerationTests {
    private func widget() -> OperationSpec {
        var spec = RenderFixtures.alibabaCreateWidget
        var start = Parameter(name: "StartTime", type: .string, required: true, example: "2018-01-01T12:05Z", line: 20,
                              timeFormat: .iso8601Minutes)
        start.constraints.maxLength = 17
        // A day that does not exist: the example cannot be a `Date`.
        let end = Parameter(name: "EndTime", type: .string, example: "2017-11-31T06:32:31Z", line: 21, timeFormat: .iso8601)
        let since = Parameter(name: "Since", type: .long, example: "1714550400123", line: 22, timeFormat: .unixMilliseconds)
        spec.parameters += [start, end, since]
        spec.responseFields.append(ResponseField(name: "CreationTime", type: .string, line: 32, timeFormat: .iso8601))
        spec.examples.responseJSON = #"{"RequestId": "r-1", "WidgetId": "w-1", "CreationTime": "2019-09-25T02:12:07Z"}"#
        return spec
    }

    @Test func requestTimesAreDatesWithTheirWireFormat() throws {
        let files = try RenderFixtures.generate([widget()])
        let source = try #require(RenderFixtures.text(files, "Sources/AlibabaDemo/CreateWidget.swift"))
        #expect(source.contains("@TimeCoded<ISO8601Minutes> public var startTime: Date\n"))
        #expect(source.contains("@OptionalTimeCoded<ISO8601DateTime> public var endTime: Date?\n"))
        #expect(source.contains("@OptionalTimeCoded<UnixMilliseconds> public var since: Date?\n"))
        #expect(source.contains(#"query.append(prefix + "StartTime", self._startTime)"#))
        // The format is the limit: no text check is generated for a Date, and the doc comment keeps the page's limit.
        #expect(!source.contains("maxLength(self.startTime"))
        #expect(source.contains("- Not checked: maxLength 17 (not a text value)"))
        #expect(source.contains("- Wire format: yyyy-MM-ddTHH:mmZ (UTC)"))
        #expect(source.contains(#"self.creationTime = try container.lenientTime(ISO8601DateTime.self, forKey: .creationTime)"#))
    }

    @Test func theTestsExpectThePagesOwnExampleTextOnTheWire() throws {
        let files = try RenderFixtures.generate([widget()])
        let tests = try #require(RenderFixtures.text(files, "Tests/AlibabaDemoTests/CreateWidgetTests.swift"))
        // 2018-01-01T12:05Z is 1514808300 s; the request must send the page's text back.
        #expect(tests.contains("startTime: Date(timeIntervalSince1970: 1514808300.0)"))
        #expect(tests.contains(#"QueryPair("StartTime", "2018-01-01T12:05Z")"#))
        #expect(tests.contains(#"QueryPair("Since", "1714550400123")"#))
        #expect(tests.contains("example 2017-11-31T06:32:31Z of EndTime is not a time written as yyyy-MM-ddTHH:mm:ssZ"))
        #expect(!tests.contains(#"QueryPair("EndTime""#))
        // 2019-09-25T02:12:07Z, read by Foundation's DateFormatter at generation time.
        #expect(tests.contains("#expect(response.creationTime == Date(timeIntervalSince1970: 1569377527.0))"))
    }
}
