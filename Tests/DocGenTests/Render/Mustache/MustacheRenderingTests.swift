import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// The engine's features on small fixtures of our own, so they are checked even without the shared spec suite.
@Suite struct MustacheRenderingTests {
    func render(_ source: String, _ context: MustacheValue, partials: [String: String] = [:]) throws -> String {
        try MustacheTemplate(source: source, name: "test").render(context, partials: DictionaryPartials(partials))
    }

    @Test func sectionsIterateListsAndEnterObjects() throws {
        let context: MustacheValue = ["items": [["n": "a"], ["n": "b"]], "owner": ["n": "z"]]
        #expect(try render("{{#items}}<{{n}}>{{/items}}|{{#owner}}{{n}}{{/owner}}", context) == "<a><b>|z")
        #expect(try render("{{#items}}{{/items}}{{^items}}none{{/items}}", ["items": []]) == "none")
    }

    @Test func namesResolveUpTheContextStackButDottedRestsDoNot() throws {
        let context: MustacheValue = ["type": "Disk", "fields": [["name": "size"]], "a": ["b": [:]], "c": "outer"]
        #expect(try render("{{#fields}}{{type}}.{{name}}{{/fields}}", context) == "Disk.size")
        #expect(try render("[{{a.b.c}}]", context) == "[]")
        #expect(try render("{{#a}}{{#b}}{{c}}{{/b}}{{/a}}", context) == "outer")
    }

    @Test func implicitIteratorAndNumbers() throws {
        #expect(try render("{{#xs}}{{.}},{{/xs}}", ["xs": [1, 2.5, "three", true]]) == "1,2.5,three,true,")
    }

    @Test func commentsAndDelimiterChanges() throws {
        let source = "a{{! note }}b\n{{=<% %>=}}\n<%x%> {{x}}\n<%={{ }}=%>\n{{x}}"
        #expect(try render(source, ["x": "1"]) == "ab\n1 {{x}}\n1")
    }

    @Test func standaloneTagsRemoveTheirLines() throws {
        let source = "struct S {\n  {{#fields}}\n  let {{name}}: Int\n  {{/fields}}\n  {{! done }}\n}\n"
        #expect(try render(source, ["fields": [["name": "a"], ["name": "b"]]]) ==
            "struct S {\n  let a: Int\n  let b: Int\n}\n")
    }

    @Test func windowsLineEndsAreKeptAndTrimmedAlike() throws {
        #expect(try render("a\r\n{{#t}}\r\nb\r\n{{/t}}\r\nc", ["t": true]) == "a\r\nb\r\nc")
    }

    @Test func standalonePartialIsIndentedExceptBlankLines() throws {
        let partials = ["members": "var a = 1\n\nvar {{name}} = 2\n"]
        #expect(try render("class C {\n    {{>members}}\n}\n", ["name": "<b>"], partials: partials) ==
            "class C {\n    var a = 1\n\n    var &lt;b&gt; = 2\n}\n")
    }

    @Test func inlinePartialIsNotIndented() throws {
        #expect(try render("x {{>p}} y", [:], partials: ["p": "1\n2"]) == "x 1\n2 y")
    }

    @Test func recursivePartialStopsOnData() throws {
        let partials = ["node": "{{name}}{{#children}}({{>node}}){{/children}}"]
        let tree: MustacheValue = ["name": "a", "children": [["name": "b", "children": [["name": "c", "children": []]]]]]
        #expect(try render("{{>node}}", tree, partials: partials) == "a(b(c))")
    }

    @Test func parentTemplatesFillBlocks() throws {
        let partials = [
            "layout": "// {{$title}}Untitled{{/title}}\n{{$body}}\n  empty\n{{/body}}\n",
        ]
        let source = "{{<layout}}\n{{$title}}Disk API{{/title}}\n{{$body}}\nfunc create() {}\n{{/body}}\n{{/layout}}\n"
        #expect(try render(source, [:], partials: partials) == "// Disk API\n  func create() {}\n")
        #expect(try render("{{<layout}}{{/layout}}", [:], partials: partials) == "// Untitled\n  empty\n")
    }

    @Test func blockOverridesReachBlocksInPartialsOfTheParent() throws {
        let partials = ["page": "[{{>header}}]", "header": "{{$title}}default{{/title}}"]
        #expect(try render("{{<page}}{{$title}}mine{{/title}}{{/page}}", [:], partials: partials) == "[mine]")
    }
}
