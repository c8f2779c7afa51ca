import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenCommandLine

/// Item 11 of the robustness issue: a Markdown table row the page cuts short (its last cell and closing `|` lost)
/// must not swallow the next row into its last cell. Every row is counted, the cut one as cut, and named by line.
@Suite struct CutRowRobustnessTests {
    /// Lines 10 and 20 are cut: each stops before its closing `|`, and the next line is a whole row.
    static let page = """
        # PaintFence

        Paints one fence.

        ## Request parameters

        |Name|Type|Required|Example|Description|
        |--|--|--|--|--|
        |Action|String|Yes|PaintFence|The operation.|
        |FenceId|String|Yes|f-123|The fence
        |Colour|String|No|red|The colour.|
        |Size|Integer|No|3|The size,
        still the size's description |
        |Brush|String|No|wide|The brush.|

        ## Error codes

        |HTTP status code|Error code|Error message|Description|
        |--|--|--|--|
        |404|InvalidFence.NotFound|The fence does
        |400|InvalidColour|The colour is not valid.|Pick another colour.|

        https://garden.aliyuncs.com/?Action=PaintFence&Version=2021-06-01
        """

    /// The oracle for `seen`: every line of the two tables that starts with `|`, less the headers and delimiter rows,
    /// and less the line that only continues the Size description (it does not start with `|`).
    static var physicalRows: Int {
        page.split(separator: "\n").filter { $0.hasPrefix("|") }.count - 4
    }

    @Test func aCutRowDoesNotSwallowTheNextRowAndIsCountedAsCut() throws {
        let spec = TestPage.spec(Self.page, file: "PaintFence.md")
        #expect(spec.parameters.map(\.name) == ["Action", "FenceId", "Colour", "Size", "Brush"])
        #expect(spec.parameters.first { $0.name == "FenceId" }?.description == "The fence")
        #expect(spec.parameters.first { $0.name == "Colour" }?.description == "The colour.")
        #expect(spec.parameters.first { $0.name == "Size" }?.description == "The size, still the size's description")
        #expect(spec.errors.map(\.code) == ["InvalidFence.NotFound", "InvalidColour"])
        #expect(spec.errors.first?.message == "The fence does")
        #expect(Self.physicalRows == 7)
        #expect(spec.rowAccounting == RowAccounting(seen: 7, used: 7, reported: 0, cut: 2))
        #expect(spec.rowAccounting.isExact)
    }

    @Test func ingestNamesEachCutRowByFileAndLine() throws {
        let folder = TempFolder()
        try folder.write("pages/PaintFence.md", Self.page)
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")], pipeline: .standard)
        #expect(run.exitCode == 0)
        let cut = run.err.filter { $0.contains("[table-row-cut]") }
        #expect(cut == [
            "PaintFence.md:10: warning: table row stops before its closing '|' (line 11 starts the next row); read up to line 10 [table-row-cut]",
            "PaintFence.md:20: warning: table row stops before its closing '|' (line 21 starts the next row); read up to line 20 [table-row-cut]",
        ])
        let json = try #require(folder.snapshot("specs")["alibaba/garden/2021-06-01/PaintFence.json"])
        #expect(String(decoding: json, as: UTF8.self).contains("\"cut\": 2"))
    }

    /// Pages without cut rows keep their spec bytes: `cut` is written only when it is not 0.
    @Test func accountingWithoutCutRowsIsWrittenAsBefore() throws {
        let text = String(decoding: try SpecJSON.encode(RowAccounting(seen: 3, used: 2, reported: 1)), as: UTF8.self)
        #expect(text == "{\n  \"reported\": 1,\n  \"seen\": 3,\n  \"used\": 2\n}\n")
        let decoded = try JSONDecoder().decode(RowAccounting.self, from: Data(#"{"seen": 4, "used": 3, "reported": 0, "cut": 1}"#.utf8))
        #expect(decoded == RowAccounting(seen: 4, used: 3, reported: 0, cut: 1))
    }
}
