import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// The builder on small pages written for these tests (Markdown, so the reader feeds it the way ingest does).
@Suite("Spec builder")
struct SpecBuilderTests {
    func spec(_ text: String, hints: IdentityHints = IdentityHints(), options: SpecBuilder.Options = .init()) -> OperationSpec {
        let page = TestPage.make(text)
        return SpecBuilder.build(MarkdownReader().read(page).document, page: page, hints: hints, options: options)
    }

    static let alibabaZh = """
    # MakeWidget

    调用MakeWidget创建一个部件。

    ## 调试

    [在OpenAPI Explorer中运行](https://api.aliyun.com/#product=Shop&api=MakeWidget&type=RPC&version=2020-01-02)

    ## 请求参数

    |名称|类型|是否必选|示例值|描述|
    |--|--|----|---|--|
    |Action|String|是|MakeWidget|系统规定参数。取值：MakeWidget |
    |RegionId|String|是|cn-x|部件所在地域。 |
    |Tag.N.Key|String|否|k|标签键。N的取值范围：1~5 |
    |Colour|String|否|red|颜色。 |
    |Tag.N.Value|String|是|v|标签值。 |
    |Tag.N.key|String|否|k|旧的标签键。 |
    |Part.N|RepeatList|否|p-1|部件ID。 |
    |Disk.Category|String|否|ssd|盘类型。 |
    |Options|Json|否|{}|选项。 |

    ## 返回数据

    |名称|类型|示例值|描述|
    |--|--|---|--|
    |RequestId|String|abc|请求ID。 |
    |Widgets|Array of Widget| |部件列表。 |
    |└WidgetId|String|w-1|部件ID。 |
    |└Parts|Array of String| |零件。 |
    |Total|Integer|1|总数。 |

    ## 示例

    请求示例

    ```
    https://shop.aliyuncs.com/?Action=MakeWidget
    &RegionId=cn-x
    ```

    `JSON` 格式

    ```
    {"RequestId": "abc"}
    ```

    ## 错误码

    |HttpCode|错误码|错误信息|描述|
    |--------|---|----|--|
    |400|Bad.Colour|The colour is wrong.|颜色不对。|
    |400|Bad.Colour|The colour is wrong again.|-|
    |500|InternalError|Oops.| |
    """

    @Test func identityFromTheExplorerLinkAndLanguage() {
        let s = spec(Self.alibabaZh)
        #expect(s.operationID.description == "alibaba/shop/2020-01-02/MakeWidget")
        #expect(s.language == "zh")
        #expect(s.title == "MakeWidget")
        #expect(s.summary == "调用MakeWidget创建一个部件。")
        #expect(!s.diagnostics.contains { $0.code == "identity-unknown" })
    }

    @Test func repeatListsFoldInPageOrder() throws {
        let s = spec(Self.alibabaZh)
        #expect(s.parameters.map(\.name) == ["Action", "RegionId", "Tag", "Colour", "Part", "Disk.Category", "Options"])
        let tag = try #require(s.parameters.first { $0.name == "Tag" })
        #expect(tag.type == .array)
        #expect(tag.items == Items(type: .object))
        #expect(tag.wireName == "Tag.N")
        #expect(!tag.required, "Tag.N.Value required means required in each tag, not that a tag must be sent")
        #expect(tag.line == 15)
        #expect(tag.children?.map(\.name) == ["Key", "Value", "key"])
        #expect(tag.children?.map(\.wireName) == ["Tag.N.Key", "Tag.N.Value", "Tag.N.key"])
        #expect(tag.children?.map(\.required) == [false, true, false])
        let part = try #require(s.parameters.first { $0.name == "Part" })
        #expect(part.type == .array && part.items == Items(type: .string) && part.wireName == "Part.N")
        #expect(s.parameters.first { $0.name == "Disk.Category" }?.type == .string, "dotted names stay flat by default")
        #expect(s.parameters.first { $0.name == "Options" }?.type == .object)
        #expect(s.parameters.map(\.common) == [true, false, false, false, false, false, false])
        #expect(s.parameters[1].example == "cn-x" && s.parameters[1].description == "部件所在地域。")
    }

    @Test func dottedNamesCanFoldIntoObjects() throws {
        let s = spec(Self.alibabaZh, options: .init(foldDottedNames: true))
        #expect(s.parameters.map(\.name) == ["Action", "RegionId", "Tag", "Colour", "Part", "Disk", "Options"])
        let disk = try #require(s.parameters.first { $0.name == "Disk" })
        #expect(disk.type == .object && disk.children?.map(\.wireName) == ["Disk.Category"])
    }

    @Test func responseNestingAndErrors() throws {
        let s = spec(Self.alibabaZh)
        #expect(s.responseFields.map(\.name) == ["RequestId", "Widgets", "Total"])
        let widgets = try #require(s.responseFields.first { $0.name == "Widgets" })
        #expect(widgets.type == .array && widgets.items == Items(type: .object, typeName: "Widget"))
        #expect(widgets.children?.map(\.name) == ["WidgetId", "Parts"])
        #expect(widgets.children?.last?.items == Items(type: .string))
        #expect(s.errors.map(\.code) == ["Bad.Colour", "Bad.Colour", "InternalError"])
        #expect(s.errors.map(\.http) == [400, 400, 500])
        #expect(s.errors.map(\.description) == ["颜色不对。", nil, nil])
        #expect(s.errors[1].message == "The colour is wrong again.")
        #expect(s.examples.request?.hasPrefix("https://shop.aliyuncs.com/?Action=MakeWidget") == true)
        #expect(s.examples.responseJSON == #"{"RequestId": "abc"}"#)
        #expect(s.rowAccounting == RowAccounting(seen: 17, used: 17, reported: 0))
    }

    @Test func tencentLayout() throws {
        let page = """
        ## 1. API Description

        Domain name for API request: box.tencentcloudapi.com.

        ## 2. Input Parameters

        | Parameter Name | Required | Type | Description |
        |---------|---------|---------|---------|
        | Action | Yes | String | Common parameter. The value used for this API: OpenBox |
        | Version | Yes |  String | Common parameter. The value used for this API: 2019-09-09 |
        | Region | Yes |  String | Common parameter. See the region list. |
        | BoxIds.N | Yes | Array of String | Boxes to open. |
        | Prepaid | No | [BoxPrepaid](/document/api/1/##BoxPrepaid) | Prepaid settings. |
        | Labels | No | Array of [Label](/document/api/1/##Label) | Labels. |
        | Mode | No | odd thing | Odd type. |

        ## 3. Output Parameters

        | Parameter Name | Type | Description |
        |---------|---------|---------|
        | Box | [Box](/document/api/1/##Box) | The box. |
        | RequestId | String | The request ID. |

        ## 4. Error Codes

        | Error Code | Description |
        |---------|---------|
        | InvalidParameter | Parameter error |
        | ResourceNotFound | - |
        """
        let s = spec(page)
        #expect(s.operationID.description == "tencent/box/2019-09-09/OpenBox")
        #expect(s.language == "en")
        #expect(s.parameters.map(\.name) == ["Action", "Version", "Region", "BoxIds", "Prepaid", "Labels", "Mode"])
        #expect(s.parameters.map(\.common) == [true, true, true, false, false, false, false])
        #expect(s.parameters.map(\.required) == [true, true, true, true, false, false, false])
        #expect(s.parameters[3].type == .array && s.parameters[3].items == Items(type: .string))
        #expect(s.parameters[4].type == .object)
        #expect(s.parameters[5].items == Items(type: .object, typeName: "Label"))
        #expect(s.parameters[6].type == .string)
        #expect(s.diagnostics.contains { $0.code == "type-unknown" && $0.line == 15 })
        #expect(s.responseFields.map(\.type) == [.object, .string])
        #expect(s.errors == [
            ErrorCode(http: nil, code: "InvalidParameter", message: nil, description: "Parameter error", line: 28),
            ErrorCode(http: nil, code: "ResourceNotFound", message: nil, description: nil, line: 29),
        ])
    }

    @Test func alibabaRegionIdIsNotCommon() {
        let page = "## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n|RegionId|String|Yes|The region. This is not a common parameter.|\n"
        #expect(spec(page).parameters.first?.common == false)
    }

    @Test func oldErrorTableWithStatusInThirdColumnAndRequiredWords() {
        let page = """
        # DropThing {#DropThing .reference}

        ## 请求参数 {#RequestParameter .section}

        |名称|类型|是否必需|描述|
        |:-|:-|:---|:-|
        |ThingId|String|是|要删除的东西。|
        |Force|Boolean|否|是否强制。|

        ## 错误码 {#ErrorCode .section}

        |错误代码|错误信息|HTTP 状态码|说明|
        |:---|:---|:------|:-|
        |Thing.NotFound|The thing is gone.|404|东西不存在。|
        """
        let s = spec(page, hints: IdentityHints(vendor: "alibaba", product: "ecs", apiVersion: "2014-05-26"))
        #expect(s.action == "DropThing")
        #expect(s.apiVersion == "2014-05-26")
        #expect(s.parameters.map(\.required) == [true, false])
        #expect(s.parameters.map(\.type) == [.string, .boolean])
        #expect(s.errors == [ErrorCode(http: 404, code: "Thing.NotFound", message: "The thing is gone.", description: "东西不存在。", line: 14)])
    }

    @Test func textRenderingShapes() throws {
        // What the text readers emit: an array row followed by an unnamed element row, and `└` children.
        let document = PageDocument(file: "t.txt", format: .textSpaced, blocks: [
            // Text renderings show the title as a plain line.
            .paragraph(TextBlock(text: "ENS:CreateThing", line: 1)),
            .paragraph(TextBlock(text: "Last Updated:Mar 19, 2024", line: 2)),
            .paragraph(TextBlock(text: "Creates a thing.", line: 3)),
            .heading(Heading(level: 2, text: "Request parameters", line: 3)),
            .table(Table(header: ["Parameter", "Type", "Required", "Description", "Example"], rows: [
                TableRow(cells: ["DiskIds", "array", "No", "The disks.", ""], line: 5),
                TableRow(cells: ["", "string", "No", "A disk.", "d-1"], line: 6),
                TableRow(cells: ["Filter", "object", "No", "", ""], line: 7),
                TableRow(cells: ["└Key", "string", "Yes", "", ""], line: 8),
            ], line: 4)),
            .heading(Heading(level: 2, text: "Change history", line: 10)),
            .table(Table(header: ["Change time", "Summary of changes", "Operation"], rows: [
                TableRow(cells: ["2023-08-25", "The Error code has changed", "see changesets"], line: 12),
                TableRow(cells: ["Error Codes", "The Error code has changed."], line: 13),
            ], line: 11)),
        ])
        let page = TestPage.make("ENS:CreateThing\nLast Updated:Mar 19, 2024\n", file: "t.txt")
        let s = SpecBuilder.build(document, page: page, hints: IdentityHints(vendor: "alibaba", apiVersion: "2017-11-10"))
        #expect(s.operationID.description == "alibaba/ens/2017-11-10/CreateThing")
        #expect(s.source.date == "2024-03-19")
        #expect(s.title == "ENS:CreateThing" && s.summary == "Creates a thing.")
        #expect(s.parameters.map(\.name) == ["DiskIds", "Filter"])
        #expect(s.parameters[0].items == Items(type: .string))
        #expect(s.parameters[1].children?.map(\.name) == ["Key"])
        #expect(s.parameters[1].required)
        #expect(s.changeHistory.map(\.date) == ["2023-08-25"])
        #expect(s.changeHistory.first?.details == ["see changesets", "Error Codes: The Error code has changed."])
        #expect(s.rowAccounting.isExact && s.rowAccounting.seen == 4)
    }

    @Test func structureTableFillsTheParameterOfThatType() throws {
        let page = """
        ## Request parameters

        |Name|Type|Required|Description|
        |--|--|--|--|
        |Config.N|Config|Yes|Settings.|

        The following table describes the parameters of the Config data type.

        |Name|Type|Required|Description|
        |--|--|--|--|
        |Size|Integer|No|How big.|
        """
        let s = spec(page)
        #expect(s.parameters.map(\.name) == ["Config"])
        #expect(s.parameters[0].items == Items(type: .object, typeName: "Config"))
        #expect(s.parameters[0].children?.map(\.name) == ["Size"])
    }

    @Test func everyRowIsUsedOrReported() {
        let page = """
        ## Request parameters

        |Name|Type|Required|Description|
        |--|--|--|--|
        |Good|String|No|Fine.|
        |this is prose|String|No|Not a name.|
        ||String|No|No name and nothing to attach to.|
        |Short|String|
        |Maybe|String|Perhaps|Odd flag.|
        """
        let s = spec(page, hints: IdentityHints(vendor: "v", product: "p", apiVersion: "1", action: "A"))
        #expect(s.rowAccounting == RowAccounting(seen: 5, used: 3, reported: 2))
        #expect(s.parameters.map(\.name) == ["Good", "Short", "Maybe"])
        let codes = s.diagnostics.map(\.code)
        #expect(codes == ["row-unparsed", "row-without-name", "row-cell-count", "required-unknown"])
        #expect(s.diagnostics.map(\.line) == [6, 7, 8, 9])
    }

    @Test func pageWithoutParametersWarnsAndNamesMissingIdentity() {
        let s = spec("# Something\n\nJust prose, Terakhir diperbarui: 2026-05-12 19:37:34.\n")
        #expect(s.parameters.isEmpty)
        #expect(s.source.date == "2026-05-12")
        #expect(s.diagnostics.contains { $0.code == "no-parameter-section" && $0.severity == .warning })
        let unknown = s.diagnostics.filter { $0.code == "identity-unknown" }.map(\.message)
        #expect(unknown.count == 3)
        #expect(unknown.contains { $0.contains("--api-version") })
        #expect(s.vendor == "unknown" && s.action == "Something")
    }

    @Test func actionByMajorityWhenThePageContradictsItself() {
        let page = """
        # CopyDisk

        ## Request parameters

        |Parameter|Type|Required|Example|Description|
        |--|--|--|--|--|
        |Action|String|Yes|CopyDisk|The operation. Set the value to CloneDisk. |

        ## Examples

        ```
        https://ecs.aliyuncs.com/?Action=CopyDisk
        ```
        """
        let s = spec(page)
        #expect(s.action == "CopyDisk")
        #expect(s.vendor == "alibaba" && s.product == "ecs")
        #expect(s.examples.request == "https://ecs.aliyuncs.com/?Action=CopyDisk")
    }

    @Test func sameInputSameBytes() throws {
        let first = try SpecJSON.encode(spec(Self.alibabaZh))
        let second = try SpecJSON.encode(spec(Self.alibabaZh))
        #expect(first == second)
    }

    @Test func structureNameRowIsNotAField() {
        let page = """
        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |Boxes|Array of Box| |The boxes. |
        |Box| | | |
        |BoxId|String|b-1|The box ID. |
        """
        let s = spec(page)
        #expect(s.responseFields.map(\.name) == ["Boxes", "BoxId"])
        #expect(s.rowAccounting == RowAccounting(seen: 3, used: 3, reported: 0))
    }
}
