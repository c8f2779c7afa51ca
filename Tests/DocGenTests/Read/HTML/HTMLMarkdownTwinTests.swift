import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// A small page written twice, as Markdown and as the HTML a GFM renderer makes of it: both readers must give the
/// same blocks (apart from lines) and the builder the same spec. Runs without ../shared.
@Suite struct HTMLMarkdownTwinTests {
    static let markdown = """
    # MakeBox {#MakeBox .reference}

    Creates a box in a region.

    ## Request parameters {#RequestParameter .section}

    |Parameter|Type|Required|Example|Description|
    |---------|----|--------|-------|-----------|
    |Action|String|Yes|MakeBox|The operation. Set the value to **MakeBox**.|
    |RegionId|String|Yes|cn-hangzhou|The region. Call [ListRegions](~~1234~~) for the list.|
    |Size|Integer|No|2|The size, in `GiB`. Valid values: 1 to 10.<br>Default: 2.|

    ## Response parameters

    |Parameter|Type|Example|Description|
    |---------|----|-------|-----------|
    |BoxId|String|b-123|The ID of the box.|

    ## Examples

    ```
    https://box.aliyuncs.com/?Action=MakeBox
    &RegionId=cn-hangzhou
    &<Common request parameters>
    ```

    ## Error codes

    |HTTP status code|Error code|Error message|Description|
    |----------------|----------|-------------|-----------|
    |400|Box.TooBig|%s|The size is too big.|
    """

    static let html = """
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>MakeBox</title></head><body>
    <h1>MakeBox {#MakeBox .reference}</h1>
    <p>Creates a box in a region.</p>
    <h2>Request parameters {#RequestParameter .section}</h2>
    <table>
    <thead>
    <tr>
    <th>Parameter</th>
    <th>Type</th>
    <th>Required</th>
    <th>Example</th>
    <th>Description</th>
    </tr>
    </thead>
    <tbody>
    <tr>
    <td>Action</td>
    <td>String</td>
    <td>Yes</td>
    <td>MakeBox</td>
    <td>The operation. Set the value to <strong>MakeBox</strong>.</td>
    </tr>
    <tr>
    <td>RegionId</td>
    <td>String</td>
    <td>Yes</td>
    <td>cn-hangzhou</td>
    <td>The region. Call <a href="~~1234~~">ListRegions</a> for the list.</td>
    </tr>
    <tr>
    <td>Size</td>
    <td>Integer</td>
    <td>No</td>
    <td>2</td>
    <td>The size, in <code>GiB</code>. Valid values: 1 to 10.<br>Default: 2.</td>
    </tr>
    </tbody>
    </table>
    <h2>Response parameters</h2>
    <table>
    <thead>
    <tr><th>Parameter</th><th>Type</th><th>Example</th><th>Description</th></tr>
    </thead>
    <tbody>
    <tr><td>BoxId</td><td>String</td><td>b-123</td><td>The ID of the box.</td></tr>
    </tbody>
    </table>
    <h2>Examples</h2>
    <pre><code>https://box.aliyuncs.com/?Action=MakeBox
    &amp;RegionId=cn-hangzhou
    &amp;&lt;Common request parameters&gt;
    </code></pre>
    <h2>Error codes</h2>
    <table>
    <thead>
    <tr><th>HTTP status code</th><th>Error code</th><th>Error message</th><th>Description</th></tr>
    </thead>
    <tbody>
    <tr><td>400</td><td>Box.TooBig</td><td>%s</td><td>The size is too big.</td></tr>
    </tbody>
    </table>
    </body></html>
    """

    static func page(_ text: String, _ file: String) -> PageText {
        PageText(file: file, text: text, sha256: "", byteCount: text.utf8.count)
    }

    static func withoutLines(_ document: PageDocument) -> [Block] {
        document.blocks.map { block in
            switch block {
            case .heading(var h): h.line = 0; return .heading(h)
            case .paragraph(var t): t.line = 0; return .paragraph(t)
            case .code(var t): t.line = 0; return .code(t)
            case .table(var t):
                t.line = 0
                t.rows = t.rows.map { TableRow(cells: $0.cells, line: 0) }
                return .table(t)
            }
        }
    }

    @Test func bothRenderingsGiveTheSameBlocks() {
        let fromHTML = HTMLReader().read(Self.page(Self.html, "MakeBox.html")).document
        let fromMarkdown = MarkdownReader().read(Self.page(Self.markdown, "MakeBox.md")).document
        #expect(Self.withoutLines(fromHTML) == Self.withoutLines(fromMarkdown))
        #expect(fromHTML.tables.first?.rows.last?.cells.last == "The size, in GiB. Valid values: 1 to 10.\nDefault: 2.")
    }

    @Test func bothRenderingsGiveTheSameSpec() throws {
        let htmlPage = Self.page(Self.html, "MakeBox.html")
        let markdownPage = Self.page(Self.markdown, "MakeBox.md")
        var fromHTML = SpecBuilder.build(HTMLReader().read(htmlPage).document, page: htmlPage, hints: IdentityHints())
        let fromMarkdown = SpecBuilder.build(MarkdownReader().read(markdownPage).document, page: markdownPage, hints: IdentityHints())
        #expect(fromHTML.action == "MakeBox")
        #expect(fromHTML.parameters.map(\.name) == fromMarkdown.parameters.map(\.name))
        fromHTML.source = fromMarkdown.source
        let htmlJSON = try HTMLParityTests.comparable(fromHTML)
        let markdownJSON = try HTMLParityTests.comparable(fromMarkdown)
        #expect(htmlJSON == markdownJSON)
    }
}
