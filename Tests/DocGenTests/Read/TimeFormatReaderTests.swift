import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading

/// The time format a page documents, in the phrasings of the shared pages (zh and en).
@Suite("Time formats")
struct TimeFormatReaderTests {
    func format(_ type: ParamType, _ description: String?, _ example: String? = nil) -> TimeFormat? {
        TimeFormatReader.format(type: type, description: description, example: example)
    }

    @Test func writtenPatterns() {
        #expect(format(.string, "按照ISO8601标准表示，并需要使用UTC时间。格式为：yyyy-MM-ddTHH:mm:ssZ。") == .iso8601)
        #expect(format(.string, "The end of the time range. Specify the time in the YYYY-MM-DDThh:mmZ format.") == .iso8601Minutes)
        #expect(format(.string, "带宽生效的终止时间。格式：YYYY-MM-DD，例如：2016-10-30。") == .date)
        #expect(format(.string, "创建时间。格式为yyyy-MM-dd HH:mm:ss。") == nil)  // no T, no zone: not ISO 8601
        #expect(format(.string, "The time follows the ISO 8601 standard.", "2024-05-01T08:00Z") == .iso8601Minutes)
    }

    @Test func exampleConfirmsATimeField() {
        #expect(format(.string, "开始时间。", "2015-12-10T20:00:00Z") == .iso8601)
        #expect(format(.string, "The creation time.", "2019-04-01T15:10:20.123+08:00") == .iso8601)
        #expect(format(.string, "开始时间。", "2015-12-10T20:00Z") == .iso8601Minutes)
        // An ISO-looking example without a word about time, or a time word with another example: nothing.
        #expect(format(.string, "The tag value.", "2015-12-10T20:00:00Z") == nil)
        #expect(format(.string, "开始时间。", "2015-12-10 20:00:00") == nil)
    }

    @Test func timestamps() {
        #expect(format(.long, "格式为Unix时间戳，即从1970年1月1日开始所经过的毫秒数。") == .unixMilliseconds)
        #expect(format(.long, "The start timestamp of queried alert logs. Unit: seconds.") == .unixSeconds)
        #expect(format(.long, "创建报警模板的时间戳。", "1543302440000") == .unixMilliseconds)
        #expect(format(.integer, "The timestamp when the report was created.", "1610074791") == .unixSeconds)
        #expect(format(.long, "The number of instances.", "1543302440000") == nil)
        #expect(format(.boolean, "时间戳") == nil)
    }

    @Test func specCarriesTheFormat() throws {
        let page = """
        # DescribeWidgets

        ## 请求参数

        |名称|类型|是否必选|示例值|描述|
        |--|--|----|---|--|
        |StartTime|String|否|2024-05-01T08:00Z|查询开始时间。格式为yyyy-MM-ddTHH:mmZ。 |
        |Name|String|否|w|名称。 |

        ## 返回数据

        |名称|类型|示例值|描述|
        |--|--|---|--|
        |CreatedAt|Long|1543302440000|创建时间戳（毫秒）。 |
        """
        let s = TestPage.spec(page, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.first { $0.name == "StartTime" }?.timeFormat == .iso8601Minutes)
        #expect(s.parameters.first { $0.name == "Name" }?.timeFormat == nil)
        #expect(s.responseFields.first?.timeFormat == .unixMilliseconds)
        let json = String(decoding: try SpecJSON.encode(s), as: UTF8.self)
        #expect(json.contains("\"timeFormat\": \"iso8601-minutes\""))
        #expect(try SpecJSON.decode(OperationSpec.self, from: Data(json.utf8)) == s)
    }
}
