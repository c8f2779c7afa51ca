import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// A made-up "Lamp" API page in the single-space text rendering of the Tencent reference site.
@Suite struct SpacedTextReaderTests {
    static let page = """
    CreateLamp

    Last updated: 2025-02-03 10:00:00

    1. API Description

    Domain name for API request: lamp.example-cloud.com.

    2. Input Parameters

    Parameter Name Required Type Description
    Action Yes String Common Params. The value used for this API: CreateLamp.
    Bulbs.N Yes Array of String The bulb IDs. Up to 4 bulbs.
    Labels.N No Array of Label Labels to attach.
    LitSince No Timestamp ISO8601 When the lamp was first lit.
    Brightness No Integer Brightness in percent.
    Default: 50.

    3. Output Parameters

    Parameter Name Type Description
    LampId String The ID of the new lamp.
    RequestId String The unique request ID.

    6. Error Code

    Error Code Description
    InvalidBulb.NotFound The bulb does not exist.
    LimitExceeded Too many lamps: delete one first.
    """

    func read() -> (PageDocument, [Diagnostic]) {
        SpacedTextReader().read(PageText(file: "lamp.txt", text: Self.page, sha256: "", byteCount: 0))
    }

    func tables(_ document: PageDocument) -> [Table] {
        document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    @Test func splitsInputRowsWithMultiWordTypesAndContinuations() {
        let (document, diagnostics) = read()
        let input = tables(document)[0]
        #expect(input.header == ["Parameter Name", "Required", "Type", "Description"])
        #expect(input.rows.map(\.cells) == [
            ["Action", "Yes", "String", "Common Params. The value used for this API: CreateLamp."],
            ["Bulbs.N", "Yes", "Array of String", "The bulb IDs. Up to 4 bulbs."],
            ["Labels.N", "No", "Array of Label", "Labels to attach."],
            ["LitSince", "No", "Timestamp ISO8601", "When the lamp was first lit."],
            ["Brightness", "No", "Integer", "Brightness in percent.\nDefault: 50."],
        ])
        #expect(input.rows[1].line == 13)
        #expect(diagnostics.map(\.code) == ["row-continued"])
    }

    @Test func splitsOutputAndErrorTables() {
        let (document, _) = read()
        #expect(tables(document)[1].rows.map(\.cells) == [
            ["LampId", "String", "The ID of the new lamp."], ["RequestId", "String", "The unique request ID."],
        ])
        #expect(tables(document)[2].header == ["Error Code", "Description"])
        #expect(tables(document)[2].rows.map(\.cells) == [
            ["InvalidBulb.NotFound", "The bulb does not exist."], ["LimitExceeded", "Too many lamps: delete one first."],
        ])
    }

    @Test func numberedSectionTitlesAreHeadingsAndIdentityLinesParagraphs() {
        let (document, _) = read()
        let headings = document.blocks.compactMap { if case .heading(let h) = $0 { return h.text } else { return nil } }
        let paragraphs = document.blocks.compactMap { if case .paragraph(let p) = $0 { return p.text } else { return nil } }
        #expect(headings == ["CreateLamp", "1. API Description", "2. Input Parameters", "3. Output Parameters", "6. Error Code"])
        #expect(paragraphs.contains("Domain name for API request: lamp.example-cloud.com."))
        #expect(paragraphs.contains("Last updated: 2025-02-03 10:00:00"))
    }
}
