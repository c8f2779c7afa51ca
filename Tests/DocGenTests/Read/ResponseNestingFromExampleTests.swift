import Testing
@testable import DocGenSpec
@testable import DocGenReading

/// Response tables that list a list's element fields flat, after the list row and without `└` markers: the
/// page's JSON example says which rows are inside. Pages written for these tests, in the shape of the shared
/// Alibaba pages (`Items | Array of Item`, `Item | | |`, then the element's fields, then top-level fields).
@Suite("Response nesting from the JSON example")
struct ResponseNestingFromExampleTests {
    static func page(example: String) -> String {
        """
        # DescribeWidgets

        ## 请求参数

        |名称|类型|是否必选|示例值|描述|
        |--|--|----|---|--|
        |RegionId|String|是|cn-hangzhou|地域。 |

        ## 返回数据

        |名称|类型|示例值|描述|
        |--|--|---|--|
        |RequestId|String|r-1|请求ID。 |
        |Widgets|Array of Widget| |部件列表。 |
        |Widget| | | |
        |WidgetId|String|w-1|部件ID。 |
        |Status.Code|Integer|1|状态码。 |
        |Size|Integer|3|大小。 |
        |Owner|Object| |所有者。 |
        |OwnerName|String|alice|所有者名称。 |
        |TotalCount|Integer|1|总数。 |

        ## 示例

        正常返回示例

        ```
        \(example)
        ```
        """
    }

    static let nestedExample = """
    {
      "RequestId": "r-1",
      "Widgets": {"Widget": [{"WidgetId": "w-1", "Status": {"Code": 1}, "Size": 3, "Owner": {"OwnerName": "alice"}}]},
      "TotalCount": 1
    }
    """

    func shape(_ fields: [ResponseField]?) -> [String] {
        (fields ?? []).map { field in
            let children = shape(field.children)
            return children.isEmpty ? field.name : "\(field.name)(\(children.joined(separator: ",")))"
        }
    }

    @Test func elementFieldsMoveIntoTheListTheExampleNestsThemIn() throws {
        let s = TestPage.spec(Self.page(example: Self.nestedExample), hints: IdentityHints(vendor: "alibaba"))
        #expect(shape(s.responseFields) == ["RequestId", "Widgets(WidgetId,Status.Code,Size,Owner(OwnerName))", "TotalCount"])
        let widgets = try #require(s.responseFields.first { $0.name == "Widgets" })
        #expect(widgets.type == .array)
        #expect(widgets.items?.type == .object)
        #expect(s.diagnostics.contains { $0.code == "nesting-from-example" && $0.message.contains("'Widgets'") })
        #expect(s.rowAccounting.isExact)
    }

    @Test func withoutAnExampleTheTableIsReadAsWritten() {
        let s = TestPage.spec(Self.page(example: "not json"), hints: IdentityHints(vendor: "alibaba"))
        #expect(shape(s.responseFields) == ["RequestId", "Widgets", "WidgetId", "Status.Code", "Size", "Owner", "OwnerName", "TotalCount"])
        #expect(!s.diagnostics.contains { $0.code == "nesting-from-example" })
    }

    @Test func anExampleThatKeepsTheFieldsAtTheTopLeavesThemThere() {
        let flat = """
        {"RequestId": "r-1", "Widgets": {"Widget": [{"Label": "x"}]}, "WidgetId": "w-1", "Status": {"Code": 1}, "Size": 3,
         "Owner": {}, "OwnerName": "alice", "TotalCount": 1}
        """
        let s = TestPage.spec(Self.page(example: flat), hints: IdentityHints(vendor: "alibaba"))
        #expect(shape(s.responseFields) == ["RequestId", "Widgets", "WidgetId", "Status.Code", "Size", "Owner", "OwnerName", "TotalCount"])
    }

    /// An older page layout: the list row has no type and no element row; only the example's `{"Widget": [...]}`
    /// says it is a list. Read as an object, a real body's elements would never reach the generated type.
    @Test func anUntypedRowWhoseExampleIsAWrappedListBecomesAList() throws {
        let untyped = Self.page(example: Self.nestedExample)
            .replacingOccurrences(of: "|Widgets|Array of Widget| |部件列表。 |\n|Widget| | | |\n", with: "|Widgets| | |部件列表。 |\n")
        #expect(!untyped.contains("Array of Widget"))
        let s = TestPage.spec(untyped, hints: IdentityHints(vendor: "alibaba"))
        let widgets = try #require(s.responseFields.first { $0.name == "Widgets" })
        #expect(widgets.type == .array)
        #expect(widgets.items == Items(type: .object, typeName: "Widget"))
        #expect(shape(s.responseFields) == ["RequestId", "Widgets(WidgetId,Status.Code,Size,Owner(OwnerName))", "TotalCount"])
        #expect(s.rowAccounting.isExact)
    }

    /// The same with `└` markers: the rows are marked as inside, only the example says the holder is a list.
    @Test func anUntypedRowWithMarkedChildrenWhoseExampleIsAWrappedListBecomesAList() throws {
        let marked = Self.page(example: Self.nestedExample)
            .replacingOccurrences(of: "|Widgets|Array of Widget| |部件列表。 |\n|Widget| | | |\n|WidgetId|", with: "|Widgets| | |部件列表。 |\n|└WidgetId|")
            .replacingOccurrences(of: "|Size|", with: "|└Size|")
        let s = TestPage.spec(marked, hints: IdentityHints(vendor: "alibaba"))
        let widgets = try #require(s.responseFields.first { $0.name == "Widgets" })
        #expect(widgets.type == .array)
        #expect(widgets.items == Items(type: .object, typeName: "Widget"))
        #expect(s.diagnostics.contains { $0.code == "list-from-example" })
        #expect(s.rowAccounting.isExact)
    }

    @Test func tencentResponseWrapperIsLookedThrough() {
        let wrapped = """
        {"Response": {"RequestId": "r-1", "Widgets": [{"WidgetId": "w-1", "Size": 3, "Status": {"Code": 1}, "Owner": {"OwnerName": "a"}}], "TotalCount": 1}}
        """
        let s = TestPage.spec(Self.page(example: wrapped), hints: IdentityHints(vendor: "alibaba"))
        #expect(shape(s.responseFields) == ["RequestId", "Widgets(WidgetId,Status.Code,Size,Owner(OwnerName))", "TotalCount"])
    }
}
