import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// The Markdown reader on small pages written for these tests, one tricky layout each.
@Suite("Markdown reader")
struct MarkdownReaderTests {
    func read(_ text: String) -> (blocks: [Block], diagnostics: [Diagnostic]) {
        let (document, diagnostics) = MarkdownReader().read(TestPage.make(text))
        return (document.blocks, diagnostics)
    }

    func tables(_ text: String) -> [Table] {
        read(text).blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    @Test func rowRunsOverBlankLinesListsAndNotes() throws {
        let page = """
        |Name|Type|Description|
        |--|--|--|
        |Color|String|Paint colour. Choices:

         -   red
        -   blue

         **Note:** blue costs more. |
        |Size|Integer|How big. |
        """
        let table = try #require(tables(page).first)
        #expect(table.header == ["Name", "Type", "Description"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0].cells[2] == "Paint colour. Choices:\n\n-   red\n-   blue\n\nNote: blue costs more.")
        #expect(table.rows[0].line == 3)
        #expect(table.rows[1].line == 9)
        #expect(table.rows[1].cells == ["Size", "Integer", "How big."])
    }

    @Test func closingPipeOnItsOwnLine() throws {
        let page = "|Name|Type|\n|--|--|\n|Alpha|String\n\n |\n|Beta|Long|\n\nAfter the table.\n"
        let (blocks, _) = read(page)
        guard case .table(let table) = blocks[0] else { Issue.record("no table"); return }
        #expect(table.rows.map(\.cells) == [["Alpha", "String"], ["Beta", "Long"]])
        guard case .paragraph(let p) = blocks[1] else { Issue.record("no paragraph"); return }
        #expect(p.text == "After the table.")
    }

    @Test func headerAndRowsWhoseSecondCellStartsALine() throws {
        let page = "|Event\n\n|State |\n|---|---|\n|Reboot for upkeep\n\n|Planned |\n|Disk swap\n\n|Running |\n"
        let table = try #require(tables(page).first)
        #expect(table.header == ["Event", "State"])
        #expect(table.rows.map(\.cells) == [["Reboot for upkeep", "Planned"], ["Disk swap", "Running"]])
    }

    @Test func descriptionStartingOnTheLineAfterTheRow() throws {
        let page = "|Name|Type|Example|Description|\n|--|--|--|--|\n|└Count|Integer|20| \n\n how many are left\n\n |\n|└Zone|String|z-1|where |\n"
        let table = try #require(tables(page).first)
        #expect(table.rows.count == 2)
        #expect(table.rows[0].cells == ["└Count", "Integer", "20", "how many are left"])
    }

    @Test func codeFenceInsideACellKeepsItsPipes() throws {
        let page = """
        |Name|Type|Description|
        |--|--|--|
        |Secret|String|Allowed symbols:

         ```

        ( ) | { } * _

        ```

         Keep it safe. |
        |Other|String|x|
        |Listing|String|Send it like this:

        ```
        a=1 | b=2
        ``` |
        """
        let table = try #require(tables(page).first)
        #expect(table.rows.count == 3)
        #expect(table.rows[0].cells.count == 3)
        #expect(table.rows[0].cells[2].contains("( ) | { } * _"))
        #expect(table.rows[0].cells[2].hasSuffix("Keep it safe."))
        #expect(table.rows[2].cells == ["Listing", "String", "Send it like this:\n\na=1 | b=2"])
    }

    @Test func escapesLinksAndEmphasisBecomePlainText() throws {
        let page = #"""
        |Name|Description|
        |--|--|
        |Tag\_Key|A \| B \*\*\*\* \(see [the list](~~25609~~) or [regions](../API 参考/Regions.md#)\) **bold** `code_x`|
        """#
        let table = try #require(tables(page).first)
        #expect(table.rows[0].cells == ["Tag_Key", "A | B **** (see the list or regions) bold code_x"])
    }

    @Test func singleStarEmphasisIsDroppedButWildcardsStay() {
        #expect(MarkdownInline.plainText("see *Networks*topic and *the guide*.") == "see Networkstopic and the guide.")
        #expect(MarkdownInline.plainText("ids like i-* or * alone") == "ids like i-* or * alone")
        #expect(MarkdownInline.plainText("a * b * c") == "a * b * c")
        #expect(MarkdownInline.plainText("acs:ecs:*:*:instance/*") == "acs:ecs:*:*:instance/*")
    }

    @Test func unescapedPipeGivesAnExtraCellThatIsKept() throws {
        let page = "|Name|Type|Description|\n|--|--|--|\n|Mode|String|one of: a | b | c|\n"
        let table = try #require(tables(page).first)
        #expect(table.rows[0].cells == ["Mode", "String", "one of: a", "b", "c"])
    }

    @Test func htmlInCells() throws {
        let page = #"|Name|Description|\n|--|--|\n|port|Use <a href="https://x.example/doc" title="d">the doc</a>,<br>then<br/>check &lt;it&gt;.|\n"#
            .replacingOccurrences(of: "\\n", with: "\n")
        let table = try #require(tables(page).first)
        #expect(table.rows[0].cells[1] == "Use the doc,\nthen\ncheck <it>.")
    }

    @Test func headingsLoseAnchorsAndCodeBlocksStayVerbatim() throws {
        let page = "# MakeThing {#doc_1 .reference}\n\n## Request parameters {#parameters .section}\n\nText with `code`.\n\n``` {#request_demo}\nhttps://x.example/?Action=MakeThing\n&<Common request parameters>\n```\n"
        let (blocks, diagnostics) = read(page)
        #expect(diagnostics.isEmpty)
        #expect(blocks == [
            .heading(Heading(level: 1, text: "MakeThing", line: 1)),
            .heading(Heading(level: 2, text: "Request parameters", line: 3)),
            .paragraph(TextBlock(text: "Text with code.", line: 5)),
            .code(TextBlock(text: "https://x.example/?Action=MakeThing\n&<Common request parameters>", line: 7)),
        ])
    }

    @Test func crlfLineEnds() throws {
        let page = "## 2. Input Parameters\r\n\r\n| Parameter Name | Required | Type | Description |\r\n|---|---|---|---|\r\n| Action | Yes | String | Common parameter. |\r\n"
        let table = try #require(tables(page).first)
        #expect(table.header == ["Parameter Name", "Required", "Type", "Description"])
        #expect(table.rows[0].cells == ["Action", "Yes", "String", "Common parameter."])
    }

    @Test func unclosedRowAndStrayRowAreReported() throws {
        let page = "|Name|Type|\n|--|--|\n|Alpha|String\n\n## Next\n\n|Beta|Long|\n"
        let (blocks, diagnostics) = read(page)
        let table = try #require(blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }.first)
        #expect(table.rows.map(\.cells) == [["Alpha", "String"]])
        #expect(diagnostics.map(\.code) == ["table-row-unclosed", "table-row-stray"])
        #expect(diagnostics.map(\.line) == [3, 7])
    }

    @Test func adjacentTablesStaySeparate() throws {
        let page = "|A|B|\n|--|--|\n|1|2|\n\n|C|D|\n|--|--|\n|3|4|\n"
        #expect(tables(page).map(\.header) == [["A", "B"], ["C", "D"]])
    }

    @Test func hostileInputIsReadWithoutCrashing() {
        var text = "## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n|A|String|No|start"
        text += String(repeating: "\nmore text ending in a pipe |\nand prose", count: 3000)
        text += "\n" + String(repeating: "[", count: 50_000) + String(repeating: "`", count: 50_000) + "\u{0}\u{7}"
        text += "\n" + String(repeating: "[x", count: 20_000) + String(repeating: "](u)", count: 20_000)
        text += "\n```\nnever closed"
        let page = TestPage.make(text)
        let (document, diagnostics) = MarkdownReader().read(page)
        let spec = SpecBuilder.build(document, page: page, hints: IdentityHints())
        #expect(spec.rowAccounting.isExact)
        #expect(spec.parameters.map(\.name) == ["A"])
        #expect(diagnostics.contains { $0.code == "code-fence-unclosed" })
    }
}
