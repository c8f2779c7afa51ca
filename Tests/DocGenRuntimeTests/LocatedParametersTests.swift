@_spi(DocGenGenerated) import DocGenRuntime
import Foundation
import XCTest

/// A REST request as docgen generates it: its conformance only names the wire keys of each location.
private enum PatchWidget {
    struct Request: OperationRequest, HTTPParameterLocating {
        typealias Response = JSONValue
        static var action: String { "PatchWidget" }
        static var apiVersion: String { "2020-01-01" }
        static var style: VendorStyle { .alibabaRPC }

        var widgetId: String
        var trace: String?
        var size: Int?
        var names: [String]?
        var filter: String?

        private enum CodingKeys: String, CodingKey {
            case widgetId = "WidgetId", trace = "x-acs-trace", size = "Size", names = "Names", filter = "Filter"
        }

        func appendQueryItems(to query: inout QueryItems, prefix: String) {
            query.append(prefix + "WidgetId", widgetId)
            query.append(prefix + "x-acs-trace", trace)
            query.append(prefix + "Size", size)
            query.append(prefix + "Names", names)
            query.append(prefix + "Filter", filter)
        }

        func collectIssues(into issues: inout ValidationIssues, prefix: String) {}

        func httpParameters() throws -> HTTPParameters {
            try HTTPParameters.locating(self, path: ["WidgetId"], headers: ["x-acs-trace"], body: ["Size", "Names"])
        }
    }
}

final class LocatedParametersTests: XCTestCase {
    func testParametersGoWhereTheirPageSays() throws {
        let request = PatchWidget.Request(widgetId: "w/1", trace: "t-1", size: 5, names: ["a", "b"], filter: "x")
        let located = try request.httpParameters()
        XCTAssertEqual(located.path, ["WidgetId": "w/1"])
        XCTAssertEqual(located.headers, ["x-acs-trace": "t-1"])
        XCTAssertEqual(located.query, [QueryPair("Filter", "x")])
        let body = try JSONDecoder().decode(JSONValue.self, from: XCTUnwrap(located.jsonBody))
        XCTAssertEqual(body, .object(["Size": .number(5), "Names": .array([.string("a"), .string("b")])]))
    }

    func testUnsetParametersAreLeftOut() throws {
        let located = try PatchWidget.Request(widgetId: "w").httpParameters()
        XCTAssertEqual(located.headers, [:])
        XCTAssertNil(located.jsonBody)
        XCTAssertEqual(located.query, [])
    }

    func testTheBindingFillsThePathFromTheLocatedValues() throws {
        let located = try PatchWidget.Request(widgetId: "w/1").httpParameters()
        XCTAssertEqual(try HTTPBinding.roa(.patch, "/widgets/{WidgetId}").path(with: located.path), "/widgets/w%2F1")
    }
}
