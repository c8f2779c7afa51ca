import Testing
@testable import DocGenSpec
@testable import DocGenReading

/// Rules that read the whole operation off a page: tables without a delimiter row, headers of one cell per line,
/// more header words, request-header / request-element sections beside a parameter section, request-line
/// placeholders as parameters, and a later table giving a parameter's fields. Small pages written for these tests.
@Suite("Whole operations")
struct WholeOperationTests {
    func spec(_ text: String, hints: IdentityHints = IdentityHints()) -> OperationSpec {
        TestPage.spec(text, hints: hints)
    }

    func param(_ spec: OperationSpec, _ name: String) -> Parameter? { spec.parameters.first { $0.name == name } }

    @Test func headerWithoutDelimiterRowStillMakesATable() throws {
        let page = """
        # ListWidgets

        ## Request parameters

        |Parameters|Type|Required|Instance Value|Description|
        |Action|String|Yes|ListWidgets|The operation. |
        |ShelfName|String|No|s1|The shelf. |
        |PageSize|Integer|Yes|10|The page size. |

        ## Response parameters

        |Parameters|Type|Example values|Description|
        |RequestId|String|r-1|The request ID. |
        """
        let s = spec(page)
        #expect(s.parameters.map(\.name) == ["Action", "ShelfName", "PageSize"])
        #expect(param(s, "PageSize")?.required == true)
        #expect(param(s, "ShelfName")?.example == "s1")
        #expect(s.responseFields.map(\.name) == ["RequestId"])
        #expect(!s.diagnostics.contains { $0.code == "table-row-stray" })
        #expect(s.rowAccounting.isExact)
    }

    @Test func dataRowsAreNotTakenForAHeader() {
        // A row of names and values has no column words: without a delimiter row it stays text (and is reported).
        let page = """
        # ListWidgets

        ## Request parameters

        |ShelfName|String|No|s1|The shelf. |
        |PageSize|Integer|Yes|10|The page size. |
        """
        let s = spec(page)
        #expect(s.parameters.isEmpty)
        // Nor is an error row whose cells happen to hold column words ("Name", "mandatory", "必填").
        let errors = spec("""
        # AttachWidget

        ## Errors

        |MissingParameter.WidgetName|The input parameter WidgetName that is mandatory is missing.|400|缺少必填参数WidgetName。|
        |InvalidWidget.NotFound|The widget does not exist.|404|部件不存在。|
        """)
        #expect(errors.errors.isEmpty)
    }

    @Test func headerOfOneCellPerLineRunsPastFiveLines() {
        let page = """
        # MoveWidget

        ## Request parameters

        |Parameter

        |Type

        |Required

        |Description |
        |---|---|---|---|
        |WidgetId

        |String

        |Yes

        |The widget. |

        ## Errors

        |HttpCode

        |Error code

        |Error message

        |Description |
        |---|---|---|---|
        |404

        |Widget.NotFound

        |The widget does not exist.

        |No such widget. |
        """
        let s = spec(page)
        #expect(s.parameters.map(\.name) == ["WidgetId"])
        #expect(param(s, "WidgetId")?.required == true)
        #expect(s.errors.map(\.code) == ["Widget.NotFound"])
        #expect(s.errors.first?.http == 404)
    }

    @Test func requiredHeaderWords() {
        let page = """
        # MoveWidget

        ## 请求参数

        |名称|类型|是否必须|描述|
        |--|--|----|--|
        |WidgetId|String|是|部件ID。 |
        |Note|String|否|备注。 |
        """
        let s = spec(page)
        #expect(param(s, "WidgetId")?.required == true)
        #expect(param(s, "Note")?.required == false)
        #expect(!s.diagnostics.contains { $0.code == "required-unknown" })
    }

    static let restPage = """
    # PutWidget

    ## Request syntax

    ```
    PUT /WidgetName?uploadId=UploadId HTTP/1.1
    Host: ShelfName.widgets.example.com
    ```

    ## Request parameters

    |Element|Type|Required|Description|
    |-------|----|--------|-----------|
    |colour|String|No|The colour. |

    ## Request headers

    |Header|Type|Required|Description|
    |------|----|--------|-----------|
    |x-demo-acl|String|No|The ACL. |
    """

    @Test func requestLinePlaceholdersBecomeParameters() throws {
        let s = spec(Self.restPage, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.map(\.name) == ["ShelfName", "WidgetName", "uploadId", "colour", "x-demo-acl"])
        let shelf = try #require(param(s, "ShelfName"))
        #expect(shelf.location == .host)
        #expect(shelf.required == true)
        #expect(shelf.type == .string)
        #expect(param(s, "WidgetName")?.location == .path)
        #expect(param(s, "uploadId")?.location == .query)
        #expect(s.diagnostics.contains { $0.code == "request-line-parameter" })
        // A request-headers section beside the request parameters is read too.
        #expect(param(s, "x-demo-acl")?.location == .header)
        #expect(s.rowAccounting.isExact)
    }

    @Test func exampleValuesAreNotPlaceholders() {
        let page = """
        # ListThings

        ## Request elements

        |Element|Type|Required|Description|
        |-------|----|--------|-----------|
        |prefix|String|No|The prefix. |

        ## Examples

        ```
        GET /photo.jpg?things HTTP/1.1
        Host: my-bucket.store.example.com
        ```
        """
        let s = spec(page, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.map(\.name) == ["prefix"])
    }

    @Test func tableOfAParametersFieldsNestsUnderIt() throws {
        let page = """
        # AddWidget

        ## Request parameters

        |Parameter|Type|Required|Description|
        |---------|----|--------|-----------|
        |WidgetName|String|Yes|The name. |
        |Sources|String|Yes|The origins, a JSON array. |

        The following table describes the fields of the Sources parameter.

        |Parameter|Type|Required|Description|
        |---------|----|--------|-----------|
        |content|String|Yes|The address. |
        |port|Integer|No|The port. |
        """
        let s = spec(page)
        #expect(s.parameters.map(\.name) == ["WidgetName", "Sources"])
        let sources = try #require(param(s, "Sources"))
        // A JSON string on the wire: it keeps its type and gets the fields as children.
        #expect(sources.type == .string)
        #expect(sources.children?.map(\.name) == ["content", "port"])
        #expect(s.rowAccounting.isExact)
    }

    @Test func productIsTheHostsServiceLabelNotTheCallersName() {
        func product(_ host: String) -> String {
            spec("""
            # GetWidget

            ## Request parameters

            |Parameter|Type|Required|Description|
            |---------|----|--------|-----------|
            |WidgetId|String|Yes|The widget. |

            ## Examples

            ```
            GET /widgets/w-1 HTTP/1.1
            Host: \(host)
            ```
            """).product
        }
        #expect(product("big-game.cn-hangzhou.log.aliyuncs.com") == "log")
        #expect(product("my-bucket.oss-cn-hangzhou.aliyuncs.com") == "oss")
        #expect(product("static.ap-guangzhou.cdn.aliyuncs.com") == "cdn")
        #expect(product("cbs.intl.tencentcloudapi.com") == "cbs")
        #expect(product("ecs-cn-hangzhou.aliyuncs.com") == "ecs")
    }

    @Test func unknownProductIsSaidWithTheOption() {
        let s = spec("""
        # GetWidget

        ## Request parameters

        |Parameter|Type|Required|Description|
        |---------|----|--------|-----------|
        |WidgetId|String|Yes|The widget, for example `ali-widget` at `my.example.com`. |
        """)
        #expect(s.product == "unknown")
        #expect(s.diagnostics.contains { $0.code == "identity-unknown" && $0.message.contains("--product") })
    }
}
