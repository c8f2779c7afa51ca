import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct MustacheErrorTests {
    func parseError(_ source: String, name: String = "Model.swift.mustache") -> MustacheError? {
        do {
            _ = try MustacheTemplate(source: source, name: name)
            return nil
        } catch let error as MustacheError {
            return error
        } catch {
            return MustacheError(template: "?", line: 0, message: "unexpected \(error)")
        }
    }

    @Test func unclosedSectionNamesTheLineItOpensOn() throws {
        let error = try #require(parseError("struct A {\n{{#fields}}\n  let {{name}}\n}\n"))
        #expect(error.template == "Model.swift.mustache")
        #expect(error.line == 2)
        #expect(error.message.contains("unclosed section 'fields'"))
        #expect(error.description.hasPrefix("Model.swift.mustache:2: unclosed section 'fields'"))
    }

    @Test func mismatchedClosingTagNamesBothTags() throws {
        let error = try #require(parseError("{{#a}}\n{{#b}}\nx\n{{/a}}\n{{/b}}"))
        #expect(error.line == 4)
        #expect(error.message == "closing tag 'a' does not match 'b' opened at line 2")
    }

    @Test func closingTagWithoutSection() throws {
        let error = try #require(parseError("one\ntwo {{/done}}"))
        #expect(error.line == 2)
        #expect(error.message == "closing tag 'done' has no open section")
    }

    @Test func unclosedTagNamesItsLine() throws {
        let error = try #require(parseError("a\nb\nc {{name\n d"))
        #expect(error.line == 3)
        #expect(error.message.hasPrefix("unclosed tag"))
        let triple = try #require(parseError("{{{raw}}"))
        #expect(triple.line == 1)
        #expect(triple.message.hasPrefix("unclosed tag"))
    }

    @Test func badDelimitersAreRejected() throws {
        let missingEquals = try #require(parseError("x\n{{=<% %>}}"))
        #expect(missingEquals.line == 2)
        #expect(missingEquals.message.hasPrefix("bad delimiter tag"))
        let oneDelimiter = try #require(parseError("{{=<%=}}"))
        #expect(oneDelimiter.message.hasPrefix("bad delimiter tag"))
        let equalsInside = try #require(parseError("{{=<= =>=}}"))
        #expect(equalsInside.message.hasPrefix("bad delimiter tag"))
    }

    @Test func emptyOrSpacedTagNameIsAnError() throws {
        let error = try #require(parseError("a {{ }} b"))
        #expect(error.message == "empty tag name")
        let spaced = try #require(parseError("\n\n{{#a b}}{{/a b}}"))
        #expect(spaced.line == 3)
        #expect(spaced.message == "bad tag name 'a b': contains whitespace")
    }

    @Test func errorsAfterDelimiterChangeUseTheNewDelimiters() throws {
        let error = try #require(parseError("{{=<% %>=}}\n\n<% name"))
        #expect(error.line == 3)
        #expect(error.message == "unclosed tag: no '%>' after '<%'")
    }

    @Test func errorInPartialNamesThePartial() throws {
        let template = try MustacheTemplate(source: "{{>row}}", name: "table")
        #expect(throws: MustacheError(template: "row", line: 2, message: "unclosed section 'x': no '{{/x}}' before the end of the template")) {
            try template.render([:], partials: DictionaryPartials(["row": "ok\n{{#x}}"]))
        }
    }

    @Test func missingPartialIsEmptyByDefaultAndAnErrorWhenStrict() throws {
        let template = try MustacheTemplate(source: "a\n  b {{>footer}}!", name: "page")
        let partials = DictionaryPartials(["header": "H"])
        #expect(try template.render([:], partials: partials) == "a\n  b !")
        let expected = MustacheError(template: "page", line: 2, message: "missing partial 'footer'")
        #expect(throws: expected) { try template.render([:], partials: partials, options: .strict) }
        #expect(throws: expected) { try template.render([:], partials: StrictPartials(partials)) }
    }

    @Test func missingPartialInsideAPartialNamesTheIncludingPartial() throws {
        let template = try MustacheTemplate(source: "{{>outer}}", name: "top")
        let partials = DictionaryPartials(["outer": "one\n{{#items}}\n{{>inner}}\n{{/items}}"])
        #expect(throws: MustacheError(template: "outer", line: 3, message: "missing partial 'inner'")) {
            try template.render(["items": [1]], partials: partials, options: .strict)
        }
    }

    @Test func interpolatingAListIsAnError() throws {
        let template = try MustacheTemplate(source: "\n{{items}}", name: "t")
        #expect(throws: MustacheError(template: "t", line: 2,
                                      message: "'items' is a list, which has no text form; use a section {{#items}}")) {
            try template.render(["items": [1, 2]])
        }
    }

    @Test func selfIncludingPartialStopsWithAnError() throws {
        let template = try MustacheTemplate(source: "{{>loop}}", name: "t")
        do {
            _ = try template.render([:], partials: DictionaryPartials(["loop": "x{{>loop}}"]))
            Issue.record("expected an error")
        } catch let error as MustacheError {
            #expect(error.template == "loop")
            #expect(error.message.contains("nested more than 64 deep"))
        }
    }
}
