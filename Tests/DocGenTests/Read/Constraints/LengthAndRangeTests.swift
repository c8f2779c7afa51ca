import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite("Constraint extractor: lengths, value ranges, N ranges")
struct LengthAndRangeTests {
    @Test("string lengths stated as a span", arguments: [
        ("备注信息。长度为3~40个字符。", 3, 40),
        ("显示名。长度为4～90个英文或中文字符，可以包含数字。", 4, 90),
        ("实例别名，长度为 [5, 60] 个字符。", 5, 60),
        ("标签说明，长度的取值范围：1~30。", 1, 30),
        ("A label for the volume. The label must be 3 to 40 characters in length.", 3, 40),
        ("The alias is 4 to 1,000 characters long.", 4, 1000),
        ("Free text, 2-80 characters.", 2, 80),
    ])
    func lengthSpans(text: String, low: Int, high: Int) {
        let c = extract(text).constraints
        #expect(c.minLength == low)
        #expect(c.maxLength == high)
        #expect(c.minimum == nil && c.maximum == nil)
    }

    @Test("string maximum lengths", arguments: [
        ("自定义标识，不能超过48个字符。", 48),
        ("备注，最多支持300个字符。", 300),
        ("The tag can be up to 99 characters in length.", 99),
        ("The token cannot exceed 50 characters.", 50),
        ("Gateway label, which is limited to 30 bytes.", 30),
        ("Its maximum length is 77.", 77),
    ])
    func maximumLengths(text: String, high: Int) {
        let c = extract(text).constraints
        #expect(c.maxLength == high)
        #expect(c.minLength == nil)
    }

    @Test("value ranges of numbers", arguments: [
        ("保留天数，单位：天，取值范围：2~9000。", 2.0, 9000.0),
        ("端口号。可选值1~60000", 1, 60000),
        ("Timeout in seconds. Valid values: 5 to 600.", 5, 600),
        ("Percentage of spare capacity. Value range: 0 to 90.", 0, 90),
        ("Weight of the member. Valid values: [1, 12].", 1, 12),
        ("每批数量，大于等于3，小于等于70。", 3, 70),
        ("The ratio. Valid values: 0.5 to 2.5.", 0.5, 2.5),
    ])
    func valueRanges(text: String, low: Double, high: Double) {
        let c = extract(text, type: low.rounded() == low && high.rounded() == high ? .integer : .double).constraints
        #expect(c.minimum == SpecNumber(low))
        #expect(c.maximum == SpecNumber(high))
        #expect(c.minLength == nil && c.maxLength == nil)
    }

    @Test("an open upper end gives only a minimum")
    func openUpperEnd() {
        let c = extract("Priority of the rule. Valid values: 2 to ∞.", type: .integer).constraints
        #expect(c.minimum == 2)
        #expect(c.maximum == nil)
    }

    @Test("a String-typed number keeps its value range, but a length is never read as a range")
    func stringTypedNumber() {
        #expect(extract("Rows per page. Valid values: 1 to 80.").constraints.maximum == 80)
        let c = extract("名称，长度为2~30个字符。", type: .string).constraints
        #expect(c.maximum == nil && c.maxLength == 30)
    }

    @Test("N ranges of repeat lists are item counts, not values", arguments: [
        "要挂载的盘ID。N的取值范围：1~12",
        "要挂载的盘ID。N 的取值范围为[1, 12]。",
        "ID of disk N to attach. Valid values of N: 1 to 12.",
        "ID of disk N to attach. Value range of N: [1, 12].",
    ])
    func itemRanges(text: String) {
        let result = extract(text, parameter: "AttachDiskId", type: .array, repeatList: true)
        #expect(result.constraints.minItems == 1)
        #expect(result.constraints.maxItems == 12)
        #expect(result.constraints.minimum == nil && result.constraints.maximum == nil)
        let source = result.sources["maxItems"] ?? ""
        #expect(text.contains(source) && source.contains("N") && !source.contains("ID of disk") && !source.contains("要挂载"))
    }

    @Test("an N range stated on a child row is still an item count")
    func itemRangeOnChild() {
        let c = extract("Label key of item N. Valid values of N: 1 to 8. The key can be up to 64 characters in length.",
                        parameter: "Label.Key").constraints
        #expect(c.maxItems == 8)
        #expect(c.maxLength == 64)
        #expect(c.maximum == nil)
    }

    @Test("numbers that are not limits are ignored", arguments: [
        "A group holds snapshots of up to 12 disks whose total size does not exceed 40 TiB.",
        "创建于2019-05-03的实例。版本号为1.2.3。",
        "Access the console at port 8443, for example https://host:8443/.",
        "最多可以绑定5个安全组。",
        "The instance restarts after 30 minutes.",
    ])
    func notLimits(text: String) {
        for type in [ParamType.string, .integer] {
            let c = extract(text, type: type).constraints
            #expect(c.minLength == nil && c.maxLength == nil && c.minimum == nil && c.maximum == nil
                    && c.minItems == nil && c.maxItems == nil, "\(type): \(text)")
        }
    }

    @Test("a range for one case only is not a limit of the parameter")
    func conditionalRanges() {
        let perCase = """
        Size of the volume. Valid values:
        - basic: 5 to 2000
        - premium: 20 to 32000
        """
        #expect(extract(perCase, type: .integer).constraints.maximum == nil)
        let twoSystems = "For Windows hosts the name must be 2 to 15 characters long. For Linux hosts the name must be 2 to 64 characters long."
        #expect(extract(twoSystems).constraints.maxLength == nil)
        #expect(extract("如果是高性能盘，取值范围：20~32768。", type: .integer).constraints.maximum == nil)
    }

    @Test("disagreeing statements drop both ends of the range")
    func disagreement() {
        let c = extract("取值范围：1~10。\n\n取值范围：1~20。", type: .integer).constraints
        #expect(c.minimum == nil && c.maximum == nil)
    }

    @Test("the sentence a limit came from is kept")
    func sourceSentence() {
        let text = "该值表示天数。单位：天，取值范围：7~365。\n\n 默认值：30"
        let result = extract(text, type: .integer)
        #expect(result.sources["minimum"] == "单位：天，取值范围：7~365。")
        #expect(result.sources["maximum"] == "单位：天，取值范围：7~365。")
        #expect(result.sources["default"] == "默认值：30")
        #expect(result.constraints.default == .number(30))
    }
}
