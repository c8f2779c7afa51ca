import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite("Constraint extractor: prefixes, substrings, first character, character set")
struct StringShapeTests {
    @Test("forbidden prefixes", arguments: [
        ("别名。不能以`ftp://`和`sftp://`开头。", ["ftp://", "sftp://"]),
        ("别名。不能以ftp://或sftp://开头。", ["ftp://", "sftp://"]),
        ("标签键，不能以sys:、internal和ftp://开头。", ["sys:", "internal", "ftp://"]),
        ("The alias cannot start with ftp:// or sftp://.", ["ftp://", "sftp://"]),
        ("The key cannot start with sys: or internal. It cannot contain ftp://.", ["sys:", "internal"]),
        ("The key cannot start with sys:, internal, or ftp://.", ["sys:", "internal", "ftp://"]),
        ("The secret cannot start with a forward slash (/).", ["/"]),
    ])
    func prefixes(text: String, values: [String]) {
        #expect(extract(text).constraints.forbiddenPrefixes == values)
    }

    @Test("prefixes from two sentences are merged and each sentence is kept")
    func mergedPrefixes() {
        let text = "快照名。不能以`ftp://`开头。\n\n 为避免与系统快照混淆，不能以sys开头。"
        let result = extract(text)
        #expect(result.constraints.forbiddenPrefixes == ["ftp://", "sys"])
        #expect(result.sources["forbiddenPrefixes"] == "不能以`ftp://`开头。\n为避免与系统快照混淆，不能以sys开头。")
    }

    @Test("descriptions of characters are not literal prefixes or substrings", arguments: [
        "The name cannot start with a digit or a hyphen.",
        "名称不能以数字开头。",
        "The host label cannot contain consecutive periods (.) or hyphens (-).",
        "The value cannot contain only digits.",
    ])
    func notLiterals(text: String) {
        let c = extract(text).constraints
        #expect(c.forbiddenPrefixes == nil && c.forbiddenSubstrings == nil)
    }

    @Test("forbidden substrings", arguments: [
        ("标签值，不能包含ftp://或者sftp://。", ["ftp://", "sftp://"]),
        ("It cannot contain `ftp://` or `sftp://`.", ["ftp://", "sftp://"]),
        ("It cannot start with sys: or contain ftp:// or sftp://.", ["ftp://", "sftp://"]),
    ])
    func substrings(text: String, values: [String]) {
        #expect(extract(text).constraints.forbiddenSubstrings == values)
    }

    @Test("the required first character", arguments: [
        ("名称，必须以大小写字母或中文开头。", "letterOrCJK"),
        ("名称，必须以字母开头。", "letter"),
        ("The alias must start with a letter and may contain digits.", "letter"),
        ("The alias must begin with an uppercase or lowercase letter.", "letter"),
        ("The alias must start with a letter or a Chinese character.", "letterOrCJK"),
    ])
    func firstCharacter(text: String, value: String) {
        #expect(extract(text).constraints.mustStartWith == value)
    }

    @Test("a first-character rule outside the vocabulary is not guessed")
    func unknownFirstCharacter() {
        #expect(extract("The alias must start with a letter or a digit.").constraints.mustStartWith == nil)
    }

    @Test("ASCII-only text", arguments: [
        "幂等令牌，只支持ASCII字符，且不能超过40个字符。",
        "The token may contain only ASCII characters and cannot exceed 40 characters.",
        "The token must be no more than 40 ASCII characters in length.",
    ])
    func asciiOnly(text: String) {
        let c = extract(text).constraints
        #expect(c.charset == "ascii")
        #expect(c.maxLength == 40)
    }

    @Test("numbers and booleans have no string shape")
    func onlyStrings() {
        let c = extract("It cannot start with sys:.", type: .integer).constraints
        #expect(c.forbiddenPrefixes == nil)
    }
}
