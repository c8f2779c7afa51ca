import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite("Constraint extractor: enums and defaults")
struct EnumAndDefaultTests {
    @Test("a bulleted value list under 取值范围 / Valid values", arguments: [
        "存储类型。取值范围：\n\n- Hot：热存储\n- Cold：冷存储\n- Archive：归档存储",
        "存储类型。取值范围：-   Hot：热存储\n-   Cold：冷存储\n-   Archive：归档存储",
        "The storage tier. Valid values:\n\n- Hot: frequently read data.\n- Cold: rarely read data.\n\n- Archive: kept for years.",
        "The storage tier. Valid values:\n  • Hot\n  • Cold\n  • Archive\n\nDefault value: Hot.",
        "The tier of item N. Valid values of N: 1 to 3. Valid values of this parameter:\n- Hot\n- Cold\n- Archive",
    ])
    func bulletedList(text: String) {
        let result = extract(text)
        #expect(result.constraints.enum == ["Hot", "Cold", "Archive"])
        #expect(result.sources["enum"]?.contains("Cold") == true)
    }

    @Test("inline value lists", arguments: [
        ("Billing mode. Valid values: ByUsage | ByPeriod", ["ByUsage", "ByPeriod"]),
        ("Billing mode. Valid values: ByUsage, ByPeriod, and Free.", ["ByUsage", "ByPeriod", "Free"]),
        ("计费方式。取值：ByUsage、ByPeriod", ["ByUsage", "ByPeriod"]),
        ("取值：DescribeWidgets", ["DescribeWidgets"]),
        ("Common Params. The value used for this API: ListWidgets.", ["ListWidgets"]),
    ])
    func inlineList(text: String, values: [String]) {
        #expect(extract(text).constraints.enum == values)
    }

    @Test("true/false lists of a boolean are not an enum, and its default is a boolean", arguments: [
        "是否加密。取值范围：\n\n- true：加密\n- false：不加密\n\n默认值：false",
        "Whether to encrypt. Valid values:\n\n- true\n- false\n\nDefault value: false.",
    ])
    func booleanLists(text: String) {
        let c = extract(text, type: .boolean).constraints
        #expect(c.enum == nil)
        #expect(c.default == .bool(false))
    }

    @Test("a list mixing values with explanations is not an enum")
    func listOfSentences() {
        let text = "The period. Valid values:\n\n- If the unit is Week, valid values are 1 to 4.\n- If the unit is Month, valid values are 1 to 12."
        let c = extract(text, type: .integer).constraints
        #expect(c.enum == nil)
        #expect(c.minimum == nil && c.maximum == nil)
    }

    @Test("a number-typed parameter only takes numeric enums")
    func numericEnum() {
        #expect(extract("间隔秒数。取值范围：\n- 30\n- 300\n- 900", type: .integer).constraints.enum == ["30", "300", "900"])
        #expect(extract("容量。取值范围：\n- basic：[5, 100]\n- premium：[20, 400]", type: .integer).constraints.enum == nil)
    }

    @Test("defaults are typed by the parameter's type", arguments: [
        ("Page number. Default value: 3.", ParamType.integer, SpecScalar.number(3)),
        ("每页条数。默认值：25", .long, .number(25)),
        ("Ratio. Default value: 1.5.", .float, .number(SpecNumber(1.5))),
        ("Whether to wait. Default value: True.", .boolean, .bool(true)),
        ("The tier. Default value: Cold.", .string, .string("Cold")),
        ("存储层级。默认值为Cold。", .string, .string("Cold")),
        ("网段，默认值：10.0.0.0/8", .string, .string("10.0.0.0/8")),
        ("存储层级。取值范围：\n- Hot（默认）：热存储\n- Cold：冷存储", .string, .string("Hot")),
        ("是否续费。默认值：False**说明：** 仅对包月生效。", .boolean, .bool(false)),
        ("每页条数。取值范围：[1, 80]默认值：15", .integer, .number(15)),
    ])
    func typedDefaults(text: String, type: ParamType, value: SpecScalar) {
        #expect(extract(text, type: type).constraints.default == value)
    }

    @Test("statements that there is no default give none", arguments: [
        "描述。默认值：空",
        "描述。默认值：空，表示不设置。",
        "描述。默认值：无",
        "The note. This parameter is empty by default.",
        "The note. Default value: null.",
        "The size. The default value is the size of the source image.",
        "For older hosts the default value is Legacy. For newer hosts the default value is Modern.",
        "系列一主机默认值：Legacy，其他主机默认值：Modern。",
    ])
    func noDefault(text: String) {
        #expect(extract(text).constraints.default == nil)
    }

    @Test("a default that does not fit the type is dropped")
    func mismatchedDefault() {
        #expect(extract("Count. Default value: several.", type: .integer).constraints.default == nil)
        #expect(extract("Switch. Default value: on.", type: .boolean).constraints.default == nil)
    }
}
