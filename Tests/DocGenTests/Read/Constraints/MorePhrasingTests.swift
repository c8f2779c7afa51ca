import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Further phrasings listed in docs/constraints.md.
@Suite("Constraint extractor: further documented phrasings")
struct MorePhrasingTests {
    @Test("lengths")
    func lengths() {
        #expect(extract("别名，支持2至30个字符。").constraints.maxLength == 30)
        #expect(extract("The secret must be at least 8 characters.").constraints.minLength == 8)
        #expect(extract("密钥不少于8个字符。").constraints.minLength == 8)
        #expect(extract("The alias can be a maximum of 30 ASCII characters.").constraints.maxLength == 30)
        #expect(extract("说明文字，长度不能超过16KB。").constraints.maxLength == nil)
        #expect(extract("Each custom parameter name cannot exceed 64 bytes.").constraints.maxLength == nil)
        #expect(extract("Each key cannot exceed 64 bytes.", type: .array, repeatList: true).constraints.maxLength == 64)
    }

    @Test("value bounds")
    func bounds() {
        let between = extract("The weight must be between 1 and 9.", type: .integer).constraints
        #expect(between.minimum == 1 && between.maximum == 9)
        #expect(extract("每页行数。最大值100行，默认值为10。", type: .integer).constraints.maximum == 100)
        #expect(extract("Page number. Pages start from page 1.", type: .integer).constraints.minimum == 1)
        #expect(extract("页码。取值范围：正整数", type: .integer).constraints.minimum == 1)
        #expect(extract("自定义参数的个数范围：0~10", type: .string).constraints.maximum == nil)
        #expect(extract("Volumes per group: up to 16 disks.", type: .integer).constraints.maximum == nil)
    }

    @Test("item maximum and defaults")
    func itemsAndDefaults() {
        #expect(extract("N的最大值为12。", type: .array, repeatList: true).constraints.maxItems == 12)
        #expect(extract("Default: Cold.").constraints.default == .string("Cold"))
        #expect(extract("The tier defaults to Cold.").constraints.default == .string("Cold"))
        #expect(extract("The tier. Valid values:\n- Hot (default): fast\n- Cold: slow").constraints.default == .string("Hot"))
    }

    @Test("status and relations")
    func statusAndRelations() {
        #expect(extract("This parameter is no longer supported.").constraints.deprecated == true)
        #expect(extract("内部参数，无需填写。").constraints.internal == true)
        let dep = extract("Only when FastMode is true, this parameter takes effect.", parameter: "Boost", known: ["FastMode"])
        #expect(dep.constraints.dependsOn == ["FastMode"])
        #expect(extract("参数`FastMode`取值为`true`时生效。", parameter: "Boost", known: ["FastMode"]).constraints.dependsOn == ["FastMode"])
    }
}
