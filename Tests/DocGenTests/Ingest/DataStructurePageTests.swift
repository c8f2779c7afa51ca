import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading

/// A product's data-structure page (`## Widget` headings over field tables, no action) ingested with the operation
/// pages: `Array of Widget` gets Widget's fields, in requests and responses, nested structures too. Pages written
/// for these tests in the shape of the shared Tencent pages.
@Suite("Data-structure pages")
struct DataStructurePageTests {
    static let structures = """
    ## Filter

    描述键值对过滤器。

    | 名称 | 类型 | 是否必选 | 描述 |
    |------|------|----------|------|
    | Name | String | 是 | 过滤键。 |
    | Values | Array of String | 是 | 过滤值。 |

    ## Widget

    描述部件。

    | 名称 | 类型 | 描述 |
    |------|------|------|
    | WidgetId | String | 部件ID。 |
    | Place | Place | 位置。 |

    ## Place

    | 名称 | 类型 | 描述 |
    |------|------|------|
    | Zone | String | 可用区。 |
    """

    static let operation = """
    ## 1. 接口描述

    接口请求域名： shop.tencentcloudapi.com 。

    ## 2. 输入参数

    | 参数名称 | 必选 | 类型 | 描述 |
    |---------|---------|---------|---------|
    | Action | 是 | String | 公共参数，本接口取值：DescribeWidgets。 |
    | Version | 是 | String | 公共参数，本接口取值：2020-01-01。 |
    | Filters.N | 否 | Array of [Filter](https://cloud.tencent.com/document/api/1/2#Filter) | 过滤条件。 |

    ## 3. 输出参数

    | 参数名称 | 类型 | 描述 |
    |---------|---------|---------|
    | WidgetSet | Array of [Widget](https://cloud.tencent.com/document/api/1/2#Widget) | 部件列表。 |
    | RequestId | String | 请求ID。 |
    """

    func ingest(_ pages: [(String, String)]) throws -> [PageOutcome] {
        let folder = TempFolder()
        let inputs = try pages.map { name, text in PageInput(url: try folder.write(name, text), displayPath: name) }
        return Ingestor(options: IngestOptions(concurrency: 1)).process(inputs)
    }

    @Test func arrayOfAStructureGetsItsFieldsRecursively() throws {
        let outcomes = try ingest([("DescribeWidgets.md", Self.operation), ("数据结构.md", Self.structures)])
        let spec = try #require(outcomes[0].spec)
        let filters = try #require(spec.parameters.first { $0.name == "Filters" })
        #expect(filters.children?.map(\.wireName) == ["Filters.N.Name", "Filters.N.Values.N"])
        #expect(filters.children?.first?.required == true)
        let widgets = try #require(spec.responseFields.first { $0.name == "WidgetSet" })
        #expect(widgets.children?.map(\.name) == ["WidgetId", "Place"])
        #expect(widgets.children?.last?.children?.map(\.name) == ["Zone"])
        #expect(spec.diagnostics.contains { $0.code == "children-from-data-structures" && $0.message.contains("数据结构.md") })
        // The data-structure page is read, not stored as an operation, and is not a failure.
        #expect(outcomes[1].spec == nil && !outcomes[1].failed)
        #expect(outcomes[1].structures?.names == ["Filter", "Place", "Widget"])
    }

    @Test func withoutTheDataStructurePageTheFieldsStayEmpty() throws {
        let spec = try #require(try ingest([("DescribeWidgets.md", Self.operation)])[0].spec)
        #expect(spec.parameters.first { $0.name == "Filters" }?.children == nil)
        #expect(spec.responseFields.first { $0.name == "WidgetSet" }?.children == nil)
    }

    @Test func aStructureThatContainsItselfStops() throws {
        let recursive = """
        ## Node

        | 名称 | 类型 | 描述 |
        |------|------|------|
        | Id | String | ID。 |
        | Children | Array of Node | 子节点。 |
        """
        let operation = Self.operation.replacingOccurrences(of: "[Widget](https://cloud.tencent.com/document/api/1/2#Widget)", with: "Node")
        let spec = try #require(try ingest([("DescribeWidgets.md", operation), ("数据结构.md", recursive)])[0].spec)
        let nodes = try #require(spec.responseFields.first { $0.name == "WidgetSet" })
        #expect(nodes.children?.map(\.name) == ["Id", "Children"])
        #expect(nodes.children?.last?.children == nil)
    }

    @Test func commonParameterPageDoesNotTakeItsExampleActionAndSwappedHeadersAreRead() throws {
        let page = """
        公共参数是每次请求均需要携带的参数。

        | 参数名称 | 是否必选 | 类型 | 描述 |
        | :------ | :------ | :------ | :------ |
        | Action | 是 | 具体操作的指令接口名称，例如想要调用查询部件列表接口，则Action参数即为DescribeWidgets。 | String |
        | Nonce | 是 | 随机正整数。 | Integer |

        ## 示例

        https://shop.tencentcloudapi.com/?Action=DescribeWidgets&Nonce=1
        """
        let spec = try #require(try ingest([("公共参数.md", page)])[0].spec)
        #expect(spec.action == "unknown")
        #expect(spec.parameters.first { $0.name == "Nonce" }?.type == .integer)
        #expect(spec.diagnostics.contains { $0.code == "columns-swapped" })
    }
}

extension DataStructurePageTests {
    /// Ten levels of structures, each holding its next one ten times, have no cycle but would expand to 10^10 fields.
    @Test func fanOutWithoutACycleStopsAtTheBudgetWithAWarning() throws {
        var page = ""
        for level in 0..<10 {
            page += "## Level\(level)\n\n| 名称 | 类型 | 描述 |\n|------|------|------|\n"
            for field in 0..<10 {
                page += "| F\(field) | \(level < 9 ? "Level\(level + 1)" : "String") | 字段。 |\n"
            }
            page += "\n"
        }
        let operation = Self.operation.replacingOccurrences(of: "[Widget](https://cloud.tencent.com/document/api/1/2#Widget)", with: "Level0")
        let spec = try #require(try ingest([("DescribeWidgets.md", operation), ("数据结构.md", page)])[0].spec)
        #expect(spec.diagnostics.contains { $0.code == "structure-expansion-limit" })
        func count(_ fields: [ResponseField]?) -> Int { (fields ?? []).reduce(0) { $0 + 1 + count($1.children) } }
        #expect(count(spec.responseFields) <= StructureResolution.maxFieldsAdded + 10)
    }
}
