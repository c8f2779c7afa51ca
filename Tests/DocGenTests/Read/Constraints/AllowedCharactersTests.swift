import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenGeneration
@_spi(DocGenGenerated) import DocGenRuntime

/// The allowed-characters kind end to end: the phrasings read (zh, en), the ones left alone, and the runtime check.
@Suite("Constraint extractor: allowed characters")
struct AllowedCharactersTests {
    @Test("lists read", arguments: [
        ("长度为2~128个英文或中文字符，必须以大小字母或中文开头，可以包含数字、半角冒号（:）、下划线（\\_）或者连字符（-）。",
         ["letter", "cjk", "digit", "-", ":", "_"]),
        ("名称。可以包含数字、半角句号（.）、半角冒号（:）、下划线（_）或者短划线（-）。", ["letter", "digit", "-", ".", ":", "_"]),
        ("长度为2-128个字符，以英文字母或中文开头，可包含数字，点号（.），下划线（\\_）或连字符。", ["letter", "cjk", "digit", "-", ".", "_"]),
        ("The name must be 2 to 128 characters in length, and can contain letters, digits, colons (:), underscores (_), and hyphens (-). It must start with a letter.",
         ["letter", "digit", "-", ":", "_"]),
        ("It can contain letters, digits, and hyphens (-).", ["letter", "digit", "-"]),
        ("长度为2~128个英文或中文字符。可以包含数字、半角冒号（:）、下划线（_）或者连字符（-）。", ["letter", "cjk", "digit", "-", ":", "_"]),
        ("The name must be 1 to 128 characters in length, and can contain letters, digits, periods (.), at signs (@), hyphens (-), and spaces.",
         ["letter", "digit", " ", "-", ".", "@"]),
    ])
    func lists(text: String, values: [String]) {
        let result = extract(text)
        #expect(result.constraints[.allowedCharacters] == .names(values))
        #expect(result.sources["allowedCharacters"] != nil)
    }

    @Test("descriptions that are not a closed list", arguments: [
        "The token can contain only ASCII characters and cannot exceed 64 characters in length.",
        "The expression can contain wildcard characters including commas (,), question marks (?), and hyphens (-).",
        "The name can contain any letters (both uppercase and lowercase) from a to z and any numbers from 0 through 9.",
        "The hostname cannot contain periods (.) or contain only digits.",
        "取值可以包含多个实例ID。",
    ])
    func notLists(text: String) {
        #expect(extract(text).constraints[.allowedCharacters] == nil)
    }

    @Test func runtimeChecksEveryCharacter() {
        var issues = ValidationIssues(listIndexBase: 1)
        issues.allowedCharacters("ab-1:快", ["letter", "cjk", "digit", "-", ":"], parameter: "Name")
        issues.allowedCharacters("a.b", ["letter", "-"], parameter: "Name", documentation: "s")
        issues.allowedCharacters(["ok", "no!"], ["letter"], parameter: "Tags")
        #expect(issues.issues.map(\.parameter) == ["Name", "Tags.2"])
        #expect(issues.issues.first?.rule == .allowedCharacters)
        #expect(issues.issues.first?.expected == #"only letters, "-""#)
        #expect(issues.issues.first?.actual == #""a.b" (contains ".")"#)
    }

    @Test func generatorCallsTheRuntimeMethodWithTheList() {
        var parameter = Parameter(name: "Name", type: .string, line: 1)
        parameter.constraints[.allowedCharacters] = .names(["letter", "digit", "-"])
        let (limits, _) = Limit.limits(of: parameter, scalar: .string, isList: false)
        #expect(limits.map(\.method) == ["allowedCharacters"])
        #expect(limits.map(\.argumentLiteral) == [#"["letter", "digit", "-"]"#])
        #expect(limits[0].accepts(.text("a-1")) && !limits[0].accepts(.text("a.1")))
    }
}
