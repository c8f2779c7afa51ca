import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct MustacheValueTests {
    struct Field: Encodable, Sendable {
        var name: String
        var optional: Bool
        var maximum: Int?
        var summary: String?
    }

    struct Model: Encodable, Sendable {
        var typeName: String
        var version: Double
        var deprecated: Bool
        var fields: [Field]
        var tags: [[String]]
        var summary: String?
        var link: URL
    }

    let model = Model(
        typeName: "CreateDisk",
        version: 2,
        deprecated: false,
        fields: [
            Field(name: "size", optional: false, maximum: 32768, summary: "Disk size in GiB."),
            Field(name: "label", optional: true, maximum: nil, summary: nil),
        ],
        tags: [["a", "b"], []],
        summary: "Creates a disk.",
        link: URL(string: "https://example.com/api?x=1")!
    )

    @Test func encodesNestedStructsListsOptionalsBoolsAndNumbers() throws {
        let value = try MustacheValue(encoding: model)
        let expected: MustacheValue = [
            "typeName": "CreateDisk",
            "version": 2,
            "deprecated": false,
            "fields": [
                ["name": "size", "optional": false, "maximum": 32768, "summary": "Disk size in GiB."],
                ["name": "label", "optional": true, "maximum": nil, "summary": nil],
            ],
            "tags": [["a", "b"], []],
            "summary": "Creates a disk.",
            "link": "https://example.com/api?x=1",
        ]
        #expect(value == expected)
    }

    @Test func nilOptionalDoesNotFallThroughToOuterContext() throws {
        let template = try MustacheTemplate(
            source: "{{#fields}}{{name}}:{{#summary}} {{{summary}}}{{/summary}}{{^summary}} -{{/summary}}\n{{/fields}}",
            name: "fields"
        )
        let output = try template.render(MustacheValue(encoding: model))
        #expect(output == "size: Disk size in GiB.\nlabel: -\n")
    }

    @Test func numbersRenderLikeJSON() throws {
        let template = try MustacheTemplate(source: "{{a}} {{b}} {{c}} {{d}}", name: "n")
        #expect(try template.render(["a": 1, "b": 1.5, "c": -3, "d": 0.1]) == "1 1.5 -3 0.1")
        #expect(try MustacheTemplate(source: "{{x}}", name: "n").render(try MustacheValue(encoding: ["x": Float(1.21)])) == "1.21")
    }

    @Test func decodesJSONKeepingBooleansApartFromNumbers() throws {
        let json = Data(#"{"t": true, "f": false, "one": 1, "zero": 0, "s": "x", "n": null, "l": [1, "a"]}"#.utf8)
        let value = try JSONDecoder().decode(MustacheValue.self, from: json)
        #expect(value == ["t": true, "f": false, "one": 1, "zero": 0, "s": "x", "n": nil, "l": [1, "a"]])
    }

    @Test func truthiness() throws {
        let template = try MustacheTemplate(source: "{{#v}}yes{{/v}}{{^v}}no{{/v}}", name: "t")
        let cases: [(MustacheValue, String)] = [
            (true, "yes"), (false, "no"), (nil, "no"), ("", "no"), ("x", "yes"), (0, "yes"),
            ([], "no"), ([:], "yes"),
        ]
        for (value, expected) in cases {
            #expect(try template.render(["v": value]) == expected, "\(value)")
        }
    }

    @Test func tripleMustacheIsExactAndDoubleEscapes() throws {
        let code = #"let s = "a<b" && x > 1 // 'q' \n"#
        let template = try MustacheTemplate(source: "{{{code}}}|{{&code}}|{{code}}", name: "t")
        #expect(try template.render(["code": .string(code)]) ==
            code + "|" + code + "|" + #"let s = &quot;a&lt;b&quot; &amp;&amp; x &gt; 1 // 'q' \n"#)
    }

    @Test func parsedTemplateRendersManyTimesAndPartialsIndent() throws {
        let template = try MustacheTemplate(source: "enum E {\n  {{>cases}}\n}\n", name: "enum")
        let partials = DictionaryPartials(["cases": "{{#cases}}\ncase {{.}}\n{{/cases}}\n"])
        #expect(try template.render(["cases": ["a", "b"]], partials: partials) == "enum E {\n  case a\n  case b\n}\n")
        #expect(try template.render(["cases": []], partials: partials) == "enum E {\n}\n")
    }
}
