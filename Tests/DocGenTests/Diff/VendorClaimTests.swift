import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct VendorClaimTests {
    typealias F = DiffFixtures

    @Test func parsesEnglishAndChineseChangeSetLines() {
        #expect(VendorClaim.parseLine("delete Error Codes: 404") == [.errorsRemoved(http: 404)])
        #expect(VendorClaim.parseLine("  Error Codes 400  change") == [.errorsChanged(http: 400)])
        #expect(VendorClaim.parseLine("add Error Codes: 400, 403") == [.errorsAdded(http: 400), .errorsAdded(http: 403)])
        #expect(VendorClaim.parseLine("Add Request Parameters: DiskId, Tag") == [.parametersAdded(["DiskId", "Tag"])])
        #expect(VendorClaim.parseLine("delete Response Parameters: Code") == [.responseFieldsRemoved(["Code"])])
        #expect(VendorClaim.parseLine("删除错误码：404") == [.errorsRemoved(http: 404)])
        #expect(VendorClaim.parseLine("新增入参：Tag") == [.parametersAdded(["Tag"])])
        #expect(VendorClaim.parseLine("The Error code has changed.") == [])
        #expect(VendorClaim.parseLine("see changesets") == [])
        #expect(VendorClaim.parseLine("Quota.Exceeded now differs") == [.unrecognised("Quota.Exceeded now differs")])
    }

    @Test func findsClausesThatATextRenderingRanTogether() {
        let line = "Error Codes: The Error code has changed. Error Codes 400 change Error Codes 403 change delete Error Codes: 404 delete Error Codes: 500"
        #expect(VendorClaim.parseLine(line) == [.errorsChanged(http: 400), .errorsChanged(http: 403), .errorsRemoved(http: 404), .errorsRemoved(http: 500)])
        #expect(VendorClaim.parseLine("Add Request Parameters: DiskId delete Response Parameters: Code, Message")
                == [.parametersAdded(["DiskId"]), .responseFieldsRemoved(["Code", "Message"])])
    }

    @Test func deletionThePageContradictsIsUnconfirmed() {
        let history = [PageChange(date: "2024-05-02", summary: "The Error code has changed",
                                  details: ["Error Codes 400 change", "delete Error Codes: 404"], line: 80)]
        let old = F.spec(errors: [F.error(404, "Widget.NotFound", "No widget."), F.error(400, "A", "a")])
        var new = F.spec(errors: [F.error(404, "Widget.NotFound", "No widget.", line: 61), F.error(400, "A", "a"), F.error(400, "B", "b")],
                         history: history)
        new.source.file = "new.md"
        let changes = SpecDiff.compare(old: old, new: new)
        let checks = VendorClaimCheck.check(old: old, new: new, changes: changes)
        #expect(checks.map(\.verdict) == [.confirmed, .unconfirmed])
        #expect(checks[1].claim == "error codes with HTTP 404 deleted")
        #expect(checks[1].reason == "the page still lists 1 error row(s) with HTTP 404 (line 61)")
        #expect(checks[1].file == "new.md" && checks[1].line == 80)
        // An entry the old page already had is not checked again.
        var older = old
        older.changeHistory = history
        #expect(VendorClaimCheck.check(old: older, new: new, changes: changes).isEmpty)
    }

    @Test func deletionTheDiffSeesIsConfirmedAndWithoutBaseUnchecked() {
        let history = [PageChange(date: "2024-05-02", summary: "x", details: ["delete Error Codes: 404", "add Error Codes: 400"], line: 9)]
        let old = F.spec(errors: [F.error(404, "Widget.NotFound", "No widget.")])
        let new = F.spec(errors: [F.error(400, "Widget.Bad", "Bad.")], history: history)
        let checks = VendorClaimCheck.check(old: old, new: new, changes: SpecDiff.compare(old: old, new: new))
        #expect(checks.map(\.verdict) == [.confirmed, .confirmed])
        let alone = VendorClaimCheck.check(old: nil, new: new, changes: [])
        #expect(alone.map(\.verdict) == [.unchecked, .unchecked])
    }

    @Test func parameterClaimsNeedTheMatchingChange() {
        let history = [PageChange(date: "2024-05-02", summary: "x", details: ["Add Request Parameters: Color, Shape"], line: 9)]
        let old = F.spec([F.param("Size")])
        let new = F.spec([F.param("Size"), F.param("Color")], history: history)
        let checks = VendorClaimCheck.check(old: old, new: new, changes: SpecDiff.compare(old: old, new: new))
        #expect(checks.count == 1)
        #expect(checks[0].verdict == .unconfirmed)
        #expect(checks[0].reason.hasSuffix("for Shape"))
    }
}
