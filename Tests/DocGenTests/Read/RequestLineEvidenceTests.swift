import Testing
@testable import DocGenSpec
@testable import DocGenReading

/// Where a REST page's own request lines and XML bodies say more than its headings: lower-case placeholders, request
/// variants, example query values, query items under a headers heading, XML body elements. Pages written for these
/// tests, in the shapes the shared REST pages use.
@Suite("Request-line evidence")
struct RequestLineEvidenceTests {
    func spec(_ text: String) -> OperationSpec { TestPage.spec(text, hints: IdentityHints(vendor: "alibaba")) }
    func param(_ spec: OperationSpec, _ name: String) -> Parameter? { spec.parameters.first { $0.name == name } }

    @Test func lowerCaseSegmentSpellingAResourceOfTheActionIsAPlaceholder() throws {
        let page = """
        # GetWidgetLabels

        ## Request syntax

        ```
        GET /widgetname?labels HTTP/1.1
        Host: ShelfName.store.example.com
        ```
        """
        let s = spec(page)
        let http = try #require(s.http)
        #expect(http.path == "/{WidgetName}?labels")
        #expect(param(s, "WidgetName")?.location == .path)
        #expect(param(s, "WidgetName")?.required == true)
    }

    @Test func literalSegmentThatOnlyEndsInNameStays() throws {
        let page = """
        # UpdateWidgetName

        ## Request syntax

        ```
        POST /openapi/widgets/rename HTTP/1.1
        ```
        """
        let http = try #require(spec(page).http)
        #expect(http.path == "/openapi/widgets/rename")
    }

    @Test func queryItemOnlySomeVariantsCarryIsOptionalAndLeavesThePath() throws {
        let page = """
        # ListWidgetReports

        ## Request syntax

        -   Requests that contain a token

            ```
            GET /? reports&next-token=xxx HTTP/1.1
            ```

        -   Requests that do not contain a token

            ```
            GET /? reports HTTP/1.1
            ```
        """
        let s = spec(page)
        let http = try #require(s.http)
        #expect(http.path == "/?reports")
        let token = try #require(param(s, "next-token"))
        #expect(token.location == .query)
        #expect(token.required == false)
    }

    @Test func exampleRequestLineValuesAreParametersNotSubResources() throws {
        let page = """
        # PutWidgetReport

        ## Request elements

        |Element|Type|Required|Description|
        |-------|----|--------|-----------|
        |Colour|String|Yes|The colour. |

        ## Examples

        ```
        PUT /?report&reportId=weekly1 HTTP/1.1
        Host: shelf.store.example.com
        ```
        """
        let s = spec(page)
        let http = try #require(s.http)
        #expect(http.path == "/?report")
        #expect(param(s, "reportId")?.location == .query)
        #expect(param(s, "Colour")?.location == .body)
    }

    @Test func headerHeadingYieldsToTheQueryTheExampleSends() throws {
        let page = """
        # GetWidget

        ## Request syntax

        ```
        GET /WidgetName HTTP/1.1
        Host: ShelfName.store.example.com
        ```

        ## Request headers

        |Name|Type|Required|Description|
        |----|----|--------|-----------|
        |response-colour|String|No|The colour header to return. |
        |If-Match|String|No|The ETag to match. |

        ## Examples

        ```
        GET /w.png?response-colour=blue HTTP/1.1
        Host: shelf.store.example.com
        ```
        """
        let s = spec(page)
        #expect(param(s, "response-colour")?.location == .query)
        #expect(param(s, "If-Match")?.location == .header)
        #expect(s.diagnostics.contains { $0.code == "location-from-example" && $0.message.contains("response-colour") })
    }

    @Test func elementOfTheXMLBodyTravelsInTheBody() throws {
        let page = """
        # PutWidgetSite

        ## Request syntax

        ```
        PUT /?site HTTP/1.1
        Host: ShelfName.store.example.com

        <SiteConfiguration>
          <HomePage>index.html</HomePage>
        </SiteConfiguration>
        ```

        ## Request parameters

        |Name|Type|Required|Description|
        |----|----|--------|-----------|
        |HomePage|String|Yes|The home page. |
        |versionId|String|No|Not in the body. |
        """
        let s = spec(page)
        #expect(param(s, "HomePage")?.location == .body)
        #expect(param(s, "versionId")?.location == .query)
    }

    @Test func typeSpellingsThatDescribeAValue() {
        #expect(TypeVocabulary.map("容器").type == .object)
        #expect(TypeVocabulary.map("Container").type == .object)
        #expect(TypeVocabulary.map("Enumerated string") == MappedType(type: .string))
        #expect(TypeVocabulary.map("枚举字符串") == MappedType(type: .string))
        #expect(TypeVocabulary.map("Positive integer") == MappedType(type: .integer))
        let lowerCaseElement = TypeVocabulary.map("Array of diagnoseItems")
        #expect(lowerCaseElement.type == .array && !lowerCaseElement.unknown)
        #expect(lowerCaseElement.items == Items(type: .object, typeName: "diagnoseItems"))
        #expect(TypeVocabulary.map("NodeStatus Array").items == Items(type: .object, typeName: "NodeStatus"))
        #expect(TypeVocabulary.map("Array of 一些").unknown)
    }
}
