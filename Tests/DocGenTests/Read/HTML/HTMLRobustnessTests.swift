import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Bad input never crashes the reader: it recovers what it can and says what was wrong, with file and line.
@Suite struct HTMLRobustnessTests {
    @Test func emptyInputIsReportedNotFatal() {
        for text in ["", "  \n\t\n"] {
            let (document, diagnostics) = readHTML(text)
            #expect(document.blocks.isEmpty)
            #expect(diagnostics.map(\.description) == ["fixture.html:1: warning: page is empty [html-empty-page]"])
        }
    }

    @Test func textWithoutTagsIsReadAsParagraphsAndReported() {
        let (document, diagnostics) = readHTML("Just a note,\nno markup at all. 1 < 2 &amp;\n\n  <\n")
        #expect(document.paragraphs == ["Just a note,\nno markup at all. 1 < 2 &amp;", "<"])
        #expect(document.blocks.map(\.line) == [1, 4])
        #expect(diagnostics.map(\.description) == [
            "fixture.html:1: warning: page has no HTML tags; its text is read as plain paragraphs [html-no-markup]",
        ])
    }

    @Test func aPageOfOnlyCommentsOrADoctypeHasNoContentButIsNotAnError() {
        for text in ["<!-- only a comment -->", "<!DOCTYPE html>", "<html></html>"] {
            let (document, diagnostics) = readHTML(text)
            #expect(document.blocks.isEmpty)
            #expect(diagnostics.map(\.code) == ["html-no-content"], "\(text)")
        }
    }

    @Test func unclosedTagsAndStrayEndTagsAreRecoveredAndReportedWithTheirLine() throws {
        let (document, diagnostics) = readHTML("""
        <h2>Errors
        <table>
        <tr><th>Code<th>Message
        <tr><td>Box.Full</td></td><td>Full.
        <tr><td>Box.Gone<td>Gone.
        </table>
        <p>after
        """)
        #expect(document.headings.first?.text == "Errors")
        let table = try #require(document.tables.first)
        #expect(table.header == ["Code", "Message"])
        #expect(table.rows.map(\.cells) == [["Box.Full", "Full."], ["Box.Gone", "Gone."]])
        let stray = diagnostics.with(code: "html-malformed").filter { $0.message.contains("td") }
        #expect(stray.map(\.line).contains(4))
        #expect(stray.first?.description.hasPrefix("fixture.html:4: warning: malformed HTML") == true)
    }

    @Test func html5ElementsAreNotReportedAsMalformed() {
        let (document, diagnostics) = readHTML("<main><section><article><p>x</p></article></section><nav>y</nav></main>")
        #expect(document.paragraphs == ["x", "y"])
        #expect(diagnostics.isEmpty)
    }

    @Test func commentsAndCDATAAreNotMisreadAsMarkup() {
        let (document, _) = readHTML("""
        <p>a <!-- <b>hidden</b> --> b</p>
        <p>x <![CDATA[if a<b && c>d]]> y</p>
        <p>after</p>
        """)
        #expect(document.paragraphs == ["a b", "x if a<b && c>d y", "after"])
    }

    @Test func textAfterANulCharacterIsKept() {
        let (document, _) = readHTML("<p>before\u{0}after</p><p>next</p>")
        #expect(document.paragraphs == ["before\u{FFFD}after", "next"])
    }

    @Test func textInsideATableButOutsideCellsIsReportedNotDropped() {
        let (_, diagnostics) = readHTML("""
        <table><tr><th>A</th></tr>
        <tr>loose words<td>1</td></tr></table>
        """)
        let reported = diagnostics.with(code: "html-text-outside-cells")
        #expect(reported.count == 1)
        #expect(reported.first?.message.contains("loose words") == true)
    }

    @Test func absurdNestingStopsWithADiagnosticInsteadOfACrash() {
        let html = String(repeating: "<div>", count: 5000) + "deep" + String(repeating: "</div>", count: 5000)
        let (_, diagnostics) = readHTML(html)
        #expect(!diagnostics.with(code: "html-malformed").isEmpty)
    }

    @Test func aFiveMegabytePageIsReadWholeWithLineNumbersPastLibxml2sLimit() throws {
        // libxml2 keeps element lines in 16 bits; rows past line 65535 must still carry their real line.
        var html = "<h2>Parameters</h2>\n<table>\n<tr><th>Name</th><th>Type</th><th>Description</th></tr>\n"
        let rowCount = 80_000
        for index in 1...rowCount {
            html += "<tr><td>Field\(index)</td><td>String</td><td>Value number \(index) of the list.</td></tr>\n"
        }
        html += "</table>\n<p>end</p>\n"
        #expect(html.utf8.count > 5_000_000)
        let (document, diagnostics) = readHTML(html)
        let table = try #require(document.tables.first)
        #expect(table.rows.count == rowCount)
        #expect(table.rows.last?.cells == ["Field\(rowCount)", "String", "Value number \(rowCount) of the list."])
        #expect(table.rows.last?.line == rowCount + 3)
        #expect(document.blocks.last?.line == rowCount + 5)
        #expect(diagnostics.isEmpty)
    }

    @Test func readingIsDeterministic() {
        let html = "<h1>A</h1><table><tr><th>x</th></tr><tr><td rowspan=2>1</td></tr><tr></tr></table><p>&#x4E2D;</p>"
        let first = readHTML(html)
        let second = readHTML(html)
        #expect(first.document == second.document)
        #expect(first.diagnostics == second.diagnostics)
    }

    @Test func pagesReadConcurrentlyGiveTheSameResultsAsOneByOne() async {
        let pages = (0..<16).map { index in
            index % 2 == 0
                ? "<h2>Page \(index)</h2><table><tr><th>A</th></tr><tr><td>\(index)</td></tr></table>"
                : "<p>broken \(index)<table><tr><td>x</td></td></tr>"
        }
        // libxml2's error handler is per thread: each page must get its own malformed-HTML diagnostics.
        let expected = pages.map { readHTML($0) }
        let results = await withTaskGroup(of: (Int, PageDocument, [Diagnostic]).self) { group in
            for (index, page) in pages.enumerated() {
                group.addTask {
                    let (document, diagnostics) = readHTML(page)
                    return (index, document, diagnostics)
                }
            }
            var read: [Int: (PageDocument, [Diagnostic])] = [:]
            for await (index, document, diagnostics) in group { read[index] = (document, diagnostics) }
            return read
        }
        #expect(pages.indices.map { results[$0]?.0 } == expected.map(\.document))
        #expect(pages.indices.map { results[$0]?.1 } == expected.map(\.diagnostics))
        #expect(expected[1].diagnostics.contains { $0.code == "html-malformed" })
    }
}

