import Testing
@testable import DocGenSpec
@testable import DocGenReading

/// The HTTP binding rules on small pages written for these tests.
@Suite("HTTP binding")
struct HTTPBindingTests {
    func spec(_ text: String, hints: IdentityHints = IdentityHints()) -> OperationSpec {
        TestPage.spec(text, hints: hints)
    }

    func param(_ spec: OperationSpec, _ name: String) -> Parameter? { spec.parameters.first { $0.name == name } }

    static let restPage = """
    # MoveWidget

    [Explorer](https://api.aliyun.com/#product=shop&api=MoveWidget&type=ROA&version=2020-01-02)

    ## 请求语法

    ```
    PATCH|POST /openapi/widgets/[WidgetId]/actions/move HTTPS|HTTP
    ```

    ## 请求参数

    |名称|类型|位置|是否必选|示例值|描述|
    |--|--|--|----|---|--|
    |WidgetId|String|Path|是|w-1|部件ID。 |
    |clientToken|String|Query|否|t|幂等。 |
    |target|Struct|Body|否|{}|目标。 |
    |shelf|String| |否|s1|货架。 |
    |slot|Integer| |是|3|位置。 |
    |dryRun|Boolean|Query|否|true|预检。 |

    ## 返回数据

    |名称|类型|示例值|描述|
    |--|--|---|--|
    |RequestId|String|r|请求ID。 |
    """

    @Test func requestSyntaxGivesMethodPathAndPositionsGiveLocations() throws {
        let s = spec(Self.restPage)
        let http = try #require(s.http)
        #expect(http.style == "alibaba-roa")
        #expect(http.method == "PATCH|POST")
        #expect(http.path == "/openapi/widgets/{WidgetId}/actions/move")
        #expect(param(s, "WidgetId")?.location == .path)
        #expect(param(s, "clientToken")?.location == .query)
        #expect(param(s, "dryRun")?.location == .query)
        // Rows with an empty Position cell after a Body object row are that object's fields.
        let target = try #require(param(s, "target"))
        #expect(target.location == .body)
        #expect(target.children?.map(\.name) == ["shelf", "slot"])
        #expect(param(s, "shelf") == nil)
        #expect(s.rowAccounting.isExact)
    }

    static let xmlPage = """
    # PutThing

    ## Request syntax

    ```
    Put  /ThingName? thing&comp=merge&partNumber=PartNumber HTTP/1.1
    Host: BucketName.store-cn-x.example.com
    Content-Type: application/xml
    x-demo-apiversion: 0.6.0
    ```

    ## Request headers

    |Header|Type|Required|Description|
    |------|----|--------|-----------|
    |x-demo-acl|String|No|The ACL. |

    ## Request elements

    |Element|Type|Required|Description|
    |-------|----|--------|-----------|
    |Colour|String|Yes|The colour. |
    |PartNumber|Integer|Yes|The part. |
    """

    @Test func requestBlockGivesHostContentTypeQueryAndHeadingLocations() throws {
        let s = spec(Self.xmlPage, hints: IdentityHints(vendor: "alibaba"))
        let http = try #require(s.http)
        #expect(http.method == "PUT")
        // `comp=merge` is a constant; `partNumber=PartNumber` names a parameter.
        #expect(http.path == "/{ThingName}?thing&comp=merge")
        #expect(http.host == "{BucketName}.store-cn-x.example.com")
        #expect(http.contentType == "application/xml")
        #expect(http.line == 6)
        #expect(param(s, "x-demo-acl")?.location == .header)
        #expect(param(s, "Colour")?.location == .body)
        // Under the elements heading, but the request line names it as a query item: the line is the stronger cue.
        #expect(param(s, "PartNumber")?.location == .query)
        // The version header names the API version the page gives nowhere else.
        #expect(s.apiVersion == "0.6.0")
    }

    @Test func getRequestHasNoBodyAndExampleLineIsAFallback() throws {
        let page = """
        # ListThings

        ## Request elements

        |Element|Type|Required|Description|
        |-------|----|--------|-----------|
        |prefix|String|No|The prefix. |

        ## Examples

        ```
        GET /?things HTTP/1.1
        Host: my-bucket.store.example.com
        ```
        """
        let s = spec(page, hints: IdentityHints(vendor: "alibaba"))
        let http = try #require(s.http)
        #expect(http.method == "GET")
        #expect(http.path == "/?things")
        #expect(http.host == "my-bucket.store.example.com")
        #expect(param(s, "prefix")?.location == .query)
        #expect(s.diagnostics.contains { $0.code == "http-binding-from-example" })
    }

    @Test func pageWithoutBindingCuesHasNoBinding() {
        let s = spec(SpecBuilderTests.alibabaZh)
        #expect(s.http == nil)
        #expect(s.parameters.allSatisfy { $0.location == nil })
    }

    @Test func positionsWithoutRequestLineUseTheConventionAndSaySo() throws {
        let page = """
        # DescribeThing

        [Explorer](https://api.aliyun.com/#product=shop&api=DescribeThing&type=RPC&version=2020-01-02)

        ## Request parameters

        |Parameter|Type|Position|Required|Example|Description|
        |--|--|--|--|--|--|
        |ThingId|String|Query|Yes|t-1|The thing. |
        |Zone|String||No|z|The zone. |
        """
        let s = spec(page)
        let http = try #require(s.http)
        #expect(http.style == "alibaba-rpc")
        #expect(http.method == "GET|POST")
        #expect(http.path == "/")
        #expect(param(s, "Zone")?.location == .query)
        #expect(s.diagnostics.contains { $0.code == "http-binding-convention" && $0.message.contains("Zone") })
    }

    @Test func requestLineParsing() throws {
        let flat = try #require(RequestLine.parse(requestLine: "POST /?replication&comp=delete HTTP/1.1 Host: B.x.com", line: 1))
        #expect(flat.path == "/?replication&comp=delete")
        #expect(RequestLine.parse(requestLine: "HTTP/1.1 200 OK", line: 1) == nil)
        #expect(RequestLine.parse(requestLine: "Get the list / of things", line: 1) == nil)
        let lower = try #require(RequestLine.parse(requestLine: "DELETE /v1/items/{itemId}", line: 1))
        #expect(lower.path == "/v1/items/{itemId}")
        #expect(lower.pathParameters == ["itemId"])
    }

    @Test func bindingIsOmittedFromJSONWhenAbsent() throws {
        let s = spec(SpecBuilderTests.alibabaZh)
        let text = String(decoding: try SpecJSON.encode(s), as: UTF8.self)
        #expect(!text.contains("\"http\": {"))  // errors keep their own `"http": null`
        #expect(!text.contains("\"location\""))
    }

    @Test func flatXMLElementsNestUnderTheParentTheirDescriptionNames() throws {
        let page = """
        # PutShelf

        ## Request syntax

        ```
        PUT /?shelf HTTP/1.1
        ```

        ## Request elements

        |Element|Type|Required|Description|
        |-------|----|--------|-----------|
        |ShelfConfiguration|Container|Yes|The root. Parent nodes: none |
        |Box|Container|No|A box. Parent nodes: ShelfConfiguration |
        |Key|String|Yes|The box key. Parent nodes: Box |
        |Label|Container|No|A label. 父节点：ShelfConfiguration |
        |Key|String|No|The label key. Parent nodes: Label |
        """
        let s = spec(page, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.map(\.name) == ["Box", "Label"])
        #expect(param(s, "Box")?.children?.map(\.name) == ["Key"])
        #expect(param(s, "Box")?.children?.first?.required == true)
        #expect(param(s, "Label")?.children?.first?.description == "The label key. Parent nodes: Label")
        #expect(param(s, "Box")?.location == .body)
        #expect(s.diagnostics.contains { $0.code == "xml-root-element" && $0.line == 13 })
        #expect(s.rowAccounting.isExact)
        #expect(s.rowAccounting.reported == 1)
    }
}
