import DocGenSpec
@testable import DocGenExport
import Foundation
import Testing

/// Documented time formats reach the export: OpenAPI's own `date-time` / `date` where one fits, the spec's value
/// in `x-docgen-time-format` always.
@Suite struct OpenAPITimeFormatTests {
    typealias F = ExportFixtures

    @Test func timeFormatsBecomeFormatsAndExtensions() throws {
        let spec = OpenAPIRESTTests.rest("ListThings", "GET", "/things", parameters: [
            Parameter(name: "Since", type: .string, line: 3, location: .query, timeFormat: .iso8601),
            Parameter(name: "Window", type: .string, line: 4, location: .query, timeFormat: .iso8601Minutes),
            Parameter(name: "Day", type: .string, line: 5, location: .query, timeFormat: .date),
            Parameter(name: "Name", type: .string, line: 6, location: .query),
        ])
        var withResponse = spec
        withResponse.responseFields = [ResponseField(name: "CreatedAt", type: .long, line: 9, timeFormat: .unixMilliseconds)]
        let (_, doc) = try F.document([withResponse])
        let op = doc["paths"]?["/things"]?["get"]
        #expect(F.parameter(op, "Since")?["schema"]?["format"] == "date-time")
        #expect(F.parameter(op, "Since")?["schema"]?["x-docgen-time-format"] == "iso8601")
        #expect(F.parameter(op, "Window")?["schema"]?["format"] == nil)
        #expect(F.parameter(op, "Window")?["schema"]?["x-docgen-time-format"] == "iso8601-minutes")
        #expect(F.parameter(op, "Day")?["schema"]?["format"] == "date")
        #expect(F.parameter(op, "Name")?["schema"]?["x-docgen-time-format"] == nil)
        let body = F.resolve(op?["responses"]?["200"]?["content"]?["application/json"]?["schema"], in: doc)
        #expect(body?["properties"]?["CreatedAt"]?["format"] == "int64")
        #expect(body?["properties"]?["CreatedAt"]?["x-docgen-time-format"] == "unix-milliseconds")
    }
}
