import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// A made-up "Widget Service" page in the run-together text rendering of the Alibaba reference site.
@Suite struct RunTogetherTextReaderTests {
    static let page = """
    All Products
    Search

    Widget Service:CreateWidget

    Last Updated:Jan 5, 2025

    Creates a widget in a workshop.

    Request parameters

    ParameterTypeRequiredDescriptionExample
    WorkshopIdstringYes

    The workshop that holds the widget.

    ws-001
    ColorstringNo

    The paint color. Valid values:

      • red
      • blue

    red
    PartIdarrayNo

    The parts to fit. You can specify up to 8 parts.
    stringNo

    The ID of part N.

    pt-9
    Labelobject []No

    The labels of the widget.

    LabelKeystringNo

    The key of label N.

    size
    LabelValuestringNo

    The value of label N.

    big
    DryRunbooleanNo

    Checks the request without creating the widget.

    true

    Response parameters

    ParameterTypeDescriptionExample
    object
    WidgetIdstring

    The ID of the widget.

    wd-77
    Partsarray

    The parts that were fitted.
    object

    A fitted part.

    PartIdstring

    The part ID.

    pt-9
    Slotinteger

    The slot that holds the part.

    2
    RequestIdstring

    The request ID.

    REQ-1

    Examples

    Sample success responses

    JSONformat

    {
      "WidgetId": "wd-77",
      "Parts": [{"PartId": "pt-9", "Slot": 2}],
      "RequestId": "REQ-1"
    }

    Error codes

    HTTP status codeError codeError messageDescription
    400InvalidColor.UnknownThe specified Color is not supported.-
    400Workshop.ClosedThe workshop is closed.The workshop is closed for the day. Try again tomorrow.
    403QuotaExceed.Widgetswidget quota exceeded.Widget quota exceeded.
    404InvalidWorkshopId.NotFoundWorkshopId is not found.The specified workshop does not exist.
    400InvalidLabel.DuplicateThe Label.N.LabelKey is duplicated.The label keys must be unique.
    500InternalError%s-

    Change history

    Change timeSummary of changesOperation
    2024-01-02The Error code has changedsee changesets
    Change itemChange content
    Error CodesThe Error code has changed.
        Error Codes 400 change
    """

    func read() -> (PageDocument, [Diagnostic]) {
        RunTogetherTextReader().read(PageText(file: "widget.txt", text: Self.page, sha256: "", byteCount: 0))
    }

    func tables(_ document: PageDocument) -> [Table] {
        document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    @Test func pageTitleIsTheFirstHeadingAndDateLineAParagraph() {
        let (document, _) = read()
        let paragraphs = document.blocks.compactMap { if case .paragraph(let p) = $0 { return p.text } else { return nil } }
        let headings = document.blocks.compactMap { if case .heading(let h) = $0 { return h } else { return nil } }
        #expect(headings.first == Heading(level: 1, text: "Widget Service:CreateWidget", line: 4))
        #expect(paragraphs.prefix(2) == ["All Products", "Search"])
        #expect(paragraphs.contains("Last Updated:Jan 5, 2025"))
        #expect(headings.dropFirst().map(\.text) == ["Request parameters", "Response parameters", "Examples", "Sample success responses",
                             "JSONformat", "Error codes", "Change history"])
        #expect(document.blocks.contains { if case .code(let c) = $0 { return c.line == 92 } else { return false } })
    }

    @Test func splitsRequestRowsWithItemsNestingAndExamples() {
        let (document, diagnostics) = read()
        let request = tables(document)[0]
        #expect(request.header == ["Parameter", "Type", "Required", "Description", "Example"])
        #expect(request.rows.map { Array($0.cells[0...2]) } == [
            ["WorkshopId", "string", "Yes"], ["Color", "string", "No"], ["PartId", "array", "No"],
            ["", "string", "No"], ["Label", "object []", "No"], ["└LabelKey", "string", "No"],
            ["└LabelValue", "string", "No"], ["DryRun", "boolean", "No"],
        ])
        #expect(request.rows.map(\.cells[4]) == ["ws-001", "red", "", "pt-9", "", "size", "big", "true"])
        #expect(request.rows[1].cells[3] == "The paint color. Valid values:\n• red\n• blue")
        #expect(request.rows[2].cells[3] == "The parts to fit. You can specify up to 8 parts.")
        #expect(request.rows[0].line == 13)
        // DryRun ends Label's fields because its description does not mention labels: said as an assumption.
        #expect(diagnostics.contains { $0.code == "nesting-assumed" && $0.line == 48 && $0.message.contains("DryRun") })
    }

    @Test func nestsResponseFieldsUsingTheJSONExample() {
        let (document, _) = read()
        let response = tables(document)[1]
        #expect(response.rows.map { [$0.cells[0], $0.cells[1]] } == [
            ["", "object"], ["WidgetId", "string"], ["Parts", "array"], ["", "object"], ["└PartId", "string"],
            ["└Slot", "integer"], ["RequestId", "string"],
        ])
        #expect(response.rows.map(\.cells[3]) == ["", "wd-77", "", "", "pt-9", "2", "REQ-1"])
    }

    @Test func splitsErrorRowsOfEveryKind() {
        let (document, diagnostics) = read()
        let errors = tables(document)[2]
        #expect(errors.rows.map(\.cells) == [
            ["400", "InvalidColor.Unknown", "The specified Color is not supported.", "-"],
            ["400", "Workshop.Closed", "The workshop is closed.", "The workshop is closed for the day. Try again tomorrow."],
            ["403", "QuotaExceed.Widgets", "widget quota exceeded.", "Widget quota exceeded."],
            ["404", "InvalidWorkshopId.NotFound", "WorkshopId is not found.", "The specified workshop does not exist."],
            ["400", "InvalidLabel.Duplicate", "The Label.N.LabelKey is duplicated.", "The label keys must be unique."],
            ["500", "InternalError", "%s", "-"],
        ])
        #expect(!diagnostics.contains { $0.severity >= .warning })
    }

    @Test func readsChangeHistoryWithDetails() {
        let (document, _) = read()
        let history = tables(document)[3]
        #expect(history.header == ["Change time", "Summary of changes", "Operation"])
        #expect(history.rows.map(\.cells) == [
            ["2024-01-02", "The Error code has changed", "see changesets"],
            ["Error Codes", "The Error code has changed.", ""],
            ["Error Codes 400 change", "", ""],
        ])
        #expect(history.rows.map(\.line) == [111, 113, 114])
    }

    @Test func outputIsDeterministic() {
        let (a, da) = read()
        let (b, db) = read()
        #expect(a == b)
        #expect(da == db)
    }

    @Test func pathsInProseSettleNesting() {
        let evidence = PageEvidence(proseLines: [], allLines: ["Set SystemDisk.Category to cloud_essd.",
                                                               "InvalidParameter.Name is an error code."],
                                    codeBlocks: [], fieldNames: ["SystemDisk", "Category", "Name"])
        #expect(evidence.places("Category", under: "SystemDisk", useJSON: false) == true)
        #expect(evidence.places("Name", under: "InvalidParameter", useJSON: false) == nil)
        #expect(evidence.places("Name", under: "SystemDisk", useJSON: false) == nil)
    }

    @Test func errorTablesWithoutStatusOrMessageColumns() {
        let text = """
        Error codes

        Error codeError messageDescription
        Lamp.BrokenThe lamp is broken.Replace the bulb.
        Lamp.Off%s-

        Other errors

        Error codeDescription
        Bulb.MissingNo bulb is fitted.
        """
        let (document, _) = RunTogetherTextReader().read(PageText(file: "e.txt", text: text, sha256: "", byteCount: 0))
        let found = tables(document)
        #expect(found.map(\.header) == [["Error code", "Error message", "Description"], ["Error code", "Description"]])
        #expect(found.first?.rows.map(\.cells) == [["Lamp.Broken", "The lamp is broken.", "Replace the bulb."],
                                                   ["Lamp.Off", "%s", "-"]])
        #expect(found.last?.rows.map(\.cells) == [["Bulb.Missing", "No bulb is fitted."]])
    }

    @Test func keepsUnknownTablesWhole() {
        let text = "Authorization information\n\nOperationAccess levelResource type\nacme:MakeWidgetcreate\n*All Resources\n\nDone."
        let (document, diagnostics) = RunTogetherTextReader().read(PageText(file: "a.txt", text: text, sha256: "", byteCount: 0))
        let table = tables(document).first
        #expect(table?.header == ["Operation", "Access level", "Resource type"])
        #expect(table?.rows.first?.cells == ["acme:MakeWidgetcreate\n*All Resources", "", ""])
        #expect(diagnostics.map(\.code) == ["table-unsplit"])
    }
}
