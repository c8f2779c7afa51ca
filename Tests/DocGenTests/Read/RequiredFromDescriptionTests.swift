import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// A Required cell corrected by what the table's descriptions say (pages written for these tests).
@Suite("Required flag from descriptions")
struct RequiredFromDescriptionTests {
    func required(_ rows: String, english: Bool = true) -> [String: Bool] {
        let header = english ? "## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n"
                             : "## 请求参数\n\n|名称|类型|是否必选|描述|\n|--|--|--|--|\n"
        let page = TestPage.make(header + rows)
        let s = SpecBuilder.build(MarkdownReader().read(page).document, page: page, hints: IdentityHints())
        return Dictionary(uniqueKeysWithValues: s.parameters.map { ($0.name, $0.required) })
    }

    func codes(_ rows: String) -> [String] {
        let page = TestPage.make("## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n" + rows)
        return SpecBuilder.build(MarkdownReader().read(page).document, page: page, hints: IdentityHints()).diagnostics.map(\.code)
            .filter { $0.hasPrefix("required-") }
    }

    // MARK: - Required together with a required parameter

    @Test func companionOfARequiredParameterIsRequiredZh() {
        let r = required("""
        |Kind|String|是|脚本种类。|
        |Body|String|否|脚本正文。当您传入参数 `Kind` 后，必须同时传入该参数。|
        """, english: false)
        #expect(r == ["Kind": true, "Body": true])
    }

    @Test func companionOfARequiredParameterIsRequiredEn() {
        #expect(required("""
        |Kind|String|Yes|The kind of script.|
        |Body|String|No|The script text. If you specify `Kind`, you must also specify this parameter.|
        """) == ["Kind": true, "Body": true])
        #expect(required("""
        |Kind|String|Yes|The kind of script.|
        |Body|String|No|The script text. This parameter is required if you specify the Kind parameter.|
        """) == ["Kind": true, "Body": true])
        #expect(required("""
        |Kind|String|Yes|The kind of script.|
        |Body|String|No|The script text. When Kind is specified, this parameter must also be specified.|
        """) == ["Kind": true, "Body": true])
    }

    @Test func companionOfAnOptionalParameterStaysOptional() {
        #expect(required("""
        |Network|String|No|The network.|
        |Subnet|String|No|The subnet. This parameter is required if you specify the Network parameter.|
        """) == ["Network": false, "Subnet": false])
    }

    @Test func aConditionOnAValueDoesNotMakeItRequired() {
        #expect(required("""
        |Mode|String|Yes|The mode.|
        |Zone|String|No|The zone. This parameter is required if Mode is set to Local.|
        """) == ["Mode": true, "Zone": false])
        #expect(required("""
        |Mode|String|是|模式。|
        |Zone|String|否|可用区。当您指定参数 Mode 为 Local 时，必须同时指定该参数。|
        """, english: false) == ["Mode": true, "Zone": false])
    }

    @Test func theOtherDirectionIsNotAboutThisParameter() {
        // "if you give this one, give Key too" says nothing about whether this one is needed.
        #expect(required("""
        |Key|String|Yes|The filter key.|
        |Value|String|No|The filter value. If you specify this parameter, you must also specify Key.|
        """) == ["Key": true, "Value": false])
        #expect(required("""
        |Key|String|是|筛选键。|
        |Value|String|否|筛选值。指定该参数时必须同时指定`Key`参数。|
        """, english: false) == ["Key": true, "Value": false])
    }

    @Test func theCorrectionIsNamedInADiagnostic() {
        let c = codes("""
        |Kind|String|Yes|The kind of script.|
        |Body|String|No|If you specify Kind, you must also specify this parameter.|
        """)
        #expect(c == ["required-with-required"])
    }

    // MARK: - One of several

    @Test func oneOfTwoMakesNeitherRequired() {
        #expect(required("""
        |PlanId|String|是|方案 ID。您必须指定`PlanId`或`PlanName`以确定方案。|
        |PlanName|String|是|方案名称。|
        |Note|String|是|备注。|
        """, english: false) == ["PlanId": false, "PlanName": false, "Note": true])
        #expect(required("""
        |PlanId|String|Yes|The plan ID. You must specify either the PlanId parameter or the PlanName parameter.|
        |PlanName|String|Yes|The plan name.|
        """) == ["PlanId": false, "PlanName": false])
        #expect(required("""
        |PlanId|String|Yes|The plan ID.|
        |PlanName|String|Yes|The plan name. Either PlanId or PlanName must be specified.|
        """) == ["PlanId": false, "PlanName": false])
        #expect(required("""
        |GroupId|String|是|源安全组。|
        |CidrIp|String|是|源地址段。`GroupId`和`CidrIp`不能同时为空。|
        """, english: false) == ["GroupId": false, "CidrIp": false])
        #expect(required("""
        |GroupId|String|Yes|The source group. You must specify at least one of GroupId and CidrIp.|
        |CidrIp|String|Yes|The source range.|
        """) == ["GroupId": false, "CidrIp": false])
        #expect(codes("""
        |PlanId|String|Yes|You must specify PlanId or PlanName.|
        |PlanName|String|Yes|The plan name.|
        """) == ["required-one-of", "required-one-of"])
    }

    @Test func anOrBetweenClausesIsNotAChoiceOfParameters() {
        #expect(required("""
        |RegionId|String|是|地域。您必须指定必需参数`RegionId`，或者您暂时不能使用该地域的资源。|
        |ZoneId|String|是|可用区。|
        """, english: false) == ["RegionId": true, "ZoneId": true])
        // Names that are not parameters of the table relate nothing.
        #expect(required("""
        |Target|String|Yes|You must specify Instance or Disk as the target.|
        """) == ["Target": true])
    }
}
