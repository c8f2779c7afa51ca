import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct HTMLTableTests {
    @Test func theadGivesTheHeaderAndRowsKeepTheirLines() throws {
        let (document, diagnostics) = readHTML("""
        <table>
        <thead>
        <tr><th>Name</th><th>Type</th><th>Required</th></tr>
        </thead>
        <tbody>
        <tr><td>BoxId</td><td>String</td><td>Yes</td></tr>
        <tr>
          <td>Size</td><td>Integer</td><td>No</td>
        </tr>
        </tbody>
        </table>
        """)
        let table = try #require(document.tables.first)
        #expect(table.header == ["Name", "Type", "Required"])
        #expect(table.line == 3)
        #expect(table.rows.map(\.cells) == [["BoxId", "String", "Yes"], ["Size", "Integer", "No"]])
        #expect(table.rows.map(\.line) == [6, 7])
        #expect(diagnostics.isEmpty)
    }

    @Test func aFirstRowOfThCellsIsTheHeaderWithoutThead() throws {
        let (document, diagnostics) = readHTML("""
        <table>
        <tr><th>Code</th><th>Message</th></tr>
        <tr><td>Box.Full</td><td>The box is full.</td></tr>
        </table>
        """)
        let table = try #require(document.tables.first)
        #expect(table.header == ["Code", "Message"])
        #expect(table.rows.map(\.cells) == [["Box.Full", "The box is full."]])
        #expect(diagnostics.with(code: "html-table-without-header").isEmpty)
    }

    @Test func aTableWithoutHeaderMarkupUsesItsFirstRowAndSaysSo() throws {
        let (document, diagnostics) = readHTML("""
        <table>
        <tr><td>Code</td><td>Message</td></tr>
        <tr><td>Box.Full</td><td>Full.</td></tr>
        </table>
        """)
        let table = try #require(document.tables.first)
        #expect(table.header == ["Code", "Message"])
        #expect(table.rows.count == 1)
        #expect(diagnostics.with(code: "html-table-without-header").map(\.line) == [2])
    }

    @Test func lineBreaksListsAndLinksInCellsBecomePlainLines() throws {
        let (document, _) = readHTML("""
        <table><thead><tr><th>Name</th><th>Description</th></tr></thead><tbody>
        <tr><td><strong>Mode</strong></td><td>How to pack. <br>Values:<br/> <ul><li>tight</li><li><code>loose</code></li></ul>See <a href="x.html">Packing</a>.</td></tr>
        <tr><td>Note</td><td>Call [ListBoxes](../API Reference/ListBoxes.md#) first.</td></tr>
        </tbody></table>
        """)
        let table = try #require(document.tables.first)
        #expect(table.rows[0].cells == ["Mode", "How to pack.\nValues:\ntight\nloose\nSee Packing."])
        #expect(table.rows[1].cells == ["Note", "Call ListBoxes first."])
    }

    @Test func colspanIsPaddedWithEmptyCellsSoTheRowKeepsTheHeaderWidth() throws {
        let (document, _) = readHTML("""
        <table>
        <tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>
        <tr><td colspan="3">Common parameters</td><td>see below</td></tr>
        <tr><td>Size</td><td colspan="0">Integer</td><td>No</td><td>How big.</td></tr>
        <tr><td>Tail</td></tr>
        </table>
        """)
        let table = try #require(document.tables.first)
        #expect(table.rows.map(\.cells) == [
            ["Common parameters", "", "", "see below"],
            ["Size", "Integer", "No", "How big."],
            ["Tail", "", "", ""],
        ])
    }

    @Test func rowspanCarriesTheCellDownIntoTheRowsItCovers() throws {
        let (document, _) = readHTML("""
        <table>
        <tr><th>HTTP</th><th>Code</th><th>Message</th></tr>
        <tr><td rowspan="3">400</td><td>Box.Full</td><td>Full.</td></tr>
        <tr><td>Box.Small</td><td rowspan="2">Too small.</td></tr>
        <tr><td>Box.Tiny</td></tr>
        <tr><td>404</td><td>Box.Missing</td><td>Not found.</td></tr>
        </table>
        """)
        let table = try #require(document.tables.first)
        #expect(table.rows.map(\.cells) == [
            ["400", "Box.Full", "Full."],
            ["400", "Box.Small", "Too small."],
            ["400", "Box.Tiny", "Too small."],
            ["404", "Box.Missing", "Not found."],
        ])
        #expect(table.rows.map(\.line) == [3, 4, 5, 6])
    }

    @Test func rowspanZeroCoversTheRestOfTheTableAndSpansCombine() throws {
        let (document, _) = readHTML("""
        <table>
        <tr><th>A</th><th>B</th><th>C</th></tr>
        <tr><td rowspan="0">all</td><td colspan="2" rowspan="2">wide</td></tr>
        <tr></tr>
        <tr><td>b3</td><td>c3</td></tr>
        </table>
        """)
        let table = try #require(document.tables.first)
        #expect(table.rows.map(\.cells) == [["all", "wide", ""], ["all", "wide", ""], ["all", "b3", "c3"]])
    }

    @Test func aNestedTableIsFlattenedIntoItsCellOneLinePerRow() throws {
        let (document, diagnostics) = readHTML("""
        <table>
        <tr><th>Name</th><th>Description</th></tr>
        <tr><td>Color</td><td>The color. Values:
        <table><tr><th>Value</th><th>Meaning</th></tr><tr><td>red</td><td>hot</td></tr><tr><td>blue</td><td>cold</td></tr></table>
        Default: red.</td></tr>
        <tr><td>Size</td><td>How big.</td></tr>
        </table>
        """)
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.rows.map(\.cells) == [
            ["Color", "The color. Values:\nValue | Meaning\nred | hot\nblue | cold\nDefault: red."],
            ["Size", "How big."],
        ])
        #expect(diagnostics.with(code: "html-nested-table").map(\.line) == [4])
    }

    @Test func entitiesAndChineseTextInCells() throws {
        let (document, _) = readHTML("""
        <table>
        <thead><tr><th>名称</th><th>类型</th><th>描述</th></tr></thead>
        <tbody><tr><td>└Size</td><td>Integer</td><td>盒子大小 &amp; 形状，&lt;单位&gt;：&#x4E2D;</td></tr></tbody>
        </table>
        """)
        let table = try #require(document.tables.first)
        #expect(table.header == ["名称", "类型", "描述"])
        #expect(table.rows.map(\.cells) == [["└Size", "Integer", "盒子大小 & 形状，<单位>：中"]])
    }

    @Test func nothingIsLostFromOddTables() throws {
        let (document, diagnostics) = readHTML("""
        <table>
        <caption>Box limits</caption>
        <thead><tr><th>Name</th><th>Limit</th></tr><tr><th>unit</th><th>count</th></tr></thead>
        <tr><td>Boxes</td><td>10</td><td>per region</td></tr>
        </table>
        <table></table>
        """)
        #expect(document.paragraphs == ["Box limits"])
        let table = try #require(document.tables.first)
        #expect(table.header == ["Name", "Limit"])
        #expect(table.rows.map(\.cells) == [["unit", "count"], ["Boxes", "10", "per region"]])
        #expect(diagnostics.with(code: "html-extra-header-row").map(\.line) == [3])
        #expect(diagnostics.with(code: "html-row-wider-than-header").map(\.line) == [4])
        #expect(diagnostics.with(code: "html-empty-table").map(\.line) == [6])
    }
}
