import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct FormatDetectorTests {
    func detect(_ text: String, _ name: String = "page.txt") -> FormatDetector.Detection {
        FormatDetector.detect(text, fileName: name)
    }

    @Test func markdownPipeTable() {
        let text = """
        # MakeBox

        ## Request parameters

        |Name|Type|Required|Description|
        |--|--|----|---|
        |Size|Integer|Yes|How big.|
        """
        #expect(detect(text) == .init(format: .markdown, isCertain: true))
        #expect(detect("a | b\n:--- | ---:\n1 | 2").format == .markdown)
    }

    @Test func htmlDocumentAndHTMLTable() {
        #expect(detect("<!DOCTYPE html>\n<html><body><h1>MakeBox</h1></body></html>", "x.md").format == .html)
        #expect(detect("Some words first.\n<table>\n<tr><td>Size</td></tr>\n</table>\n").format == .html)
    }

    @Test func textWithRunTogetherCells() {
        let text = """
        Box Service:MakeBox

        Request parameters

        ParameterTypeRequiredDescriptionExample
        SizeintegerYes

        How big the box is.

        10
        """
        #expect(detect(text) == .init(format: .textRunTogether, isCertain: true))
    }

    @Test func textWithSpacedCells() {
        let text = """
        2. Input Parameters

        Parameter Name Required Type Description
        Size Yes Integer How big the box is.

        6. Error Code

        Error Code Description
        Box.Full The box is full.
        """
        #expect(detect(text) == .init(format: .textSpaced, isCertain: true))
    }

    @Test func spacedErrorTableHeaderAlone() {
        let text = "Error codes\n\nHTTP status code Error code Error message Description\n400 Box.Full The box is full. Empty it first.\n"
        #expect(detect(text).format == .textSpaced)
        #expect(detect("HTTPstatuscodeErrorcodeErrormessageDescription\n").format == .textRunTogether)
    }

    @Test func chineseRunTogetherHeader() {
        #expect(detect("请求参数\n名称类型是否必选示例值描述\nSizeInteger是10大小\n").format == .textRunTogether)
    }

    @Test func titlesAloneAreNotHeaders() {
        // "Error Codes" and "Request Parameters" name sections; they are not column headers.
        let text = "MakeBox\n\nRequest Parameters\nError Codes\nNothing else here.\n"
        #expect(detect(text, "page.txt") == .init(format: .markdown, isCertain: false))
        #expect(detect(text, "page.HTML") == .init(format: .html, isCertain: false))
    }

    @Test func ingestReportsAGuessedFormat() throws {
        let folder = TempFolder()
        try folder.write("a.txt", "action: A\nvendor: v\n")
        let outcome = Ingestor(pipeline: .fake).process(PageInput(url: folder.url.appendingPathComponent("a.txt"), displayPath: "a.txt"))
        #expect(outcome.diagnostics.map(\.code) == ["format-guessed"])
        #expect(outcome.spec != nil)
    }

    @Test func forcedFormatSkipsDetection() throws {
        let folder = TempFolder()
        try folder.write("a.md", fakePage(action: "A"))
        let input = PageInput(url: folder.url.appendingPathComponent("a.md"), displayPath: "a.md")
        let outcome = Ingestor(options: IngestOptions(format: .textSpaced), pipeline: .fake).process(input)
        #expect(outcome.format == .textSpaced)
        #expect(outcome.spec?.source.format == "text-spaced")
    }

    /// The byte pre-check only skips lines that neither header test accepts.
    @Test func headerPrecheckSkipsOnlyLinesTheTestsReject() {
        let pieces = ["Parameter", "Type", "Required", "Description", "Name", "名称", "类型", "描述", " ", "\t", "\u{301}",
                      "The", "x", "Error", "Code", "HTTP", "状态码", "﨑", "P", "e\u{301}", "|", "Ｐ"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let line = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var trimmed = Substring(line)
            while let f = trimmed.first, f == " " || f == "\t" { trimmed.removeFirst() }
            while let l = trimmed.last, l == " " || l == "\t" { trimmed.removeLast() }
            let accepted = FormatDetector.isRunTogetherHeader(String(trimmed)) || FormatDetector.isSpacedHeader(String(trimmed))
            let kept = Array(line.utf8).withUnsafeBufferPointer { FormatDetector.mayStartWithHeaderWord($0) }
            if accepted { #expect(kept, "\(line.debugDescription)") }
        }
    }
}
