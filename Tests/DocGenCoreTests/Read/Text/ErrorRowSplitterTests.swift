import Testing
@testable import DocGenCore

@Suite struct ErrorRowSplitterTests {
    func split(_ text: String, names: Set<String> = []) -> [String] {
        let s = ErrorRowSplitter(knownNames: names).split(text)
        return [s.code, s.message, s.description]
    }

    @Test func messageStartsAtTheLastCamelCaseWordOfTheFirstToken() {
        #expect(split("Gadget.NotInSameRoomThe gadgets are not in one room.-")
            == ["Gadget.NotInSameRoom", "The gadgets are not in one room.", "-"])
        #expect(split("Gizmo.SnapshotA previous copy is running.A copy task is running. Wait.")
            == ["Gizmo.Snapshot", "A previous copy is running.", "A copy task is running. Wait."])
    }

    @Test func acronymsStartMessagesAndEndSentences() {
        #expect(split("Key.HSMUnauthorizedHSM service cannot reach your KMS.HSM is not authorized.")
            == ["Key.HSMUnauthorized", "HSM service cannot reach your KMS.", "HSM is not authorized."])
    }

    @Test func dottedIdentifiersInsideMessagesAreNotSentenceEnds() {
        #expect(split("Bad.LabelKeyThe Label.n.Key is wrong.The Label.N.Key value is invalid.")
            == ["Bad.LabelKey", "The Label.n.Key is wrong.", "The Label.N.Key value is invalid."])
    }

    @Test func repetitionSettlesLowercaseMessages() {
        #expect(split("PayGateFailedgateway call failed.Gateway call failed.")
            == ["PayGateFailed", "gateway call failed.", "Gateway call failed."])
        #expect(split("Shop.Closedshop closed.shop closed.") == ["Shop.Closed", "shop closed.", "shop closed."])
        #expect(split("OrderLostOrder lost, retry.Order lost, retry")
            == ["OrderLost", "Order lost, retry.", "Order lost, retry"])
    }

    @Test func placeholders() {
        #expect(split("Quota.Parts%sThe number of parts is too high. %s is a variable.")
            == ["Quota.Parts", "%s", "The number of parts is too high. %s is a variable."])
        #expect(split("Bad.Part%s-") == ["Bad.Part", "%s", "-"])
        #expect(split("InvalidField.%sThe field %s is invalid.-") == ["InvalidField.%s", "The field %s is invalid.", "-"])
    }

    @Test func knownNamesCanStartTheMessage() {
        #expect(split("Missing.PartIdPartId is required.-", names: ["PartId"]) == ["Missing.PartId", "PartId is required.", "-"])
        #expect(split("Missing.PartIdPartId is required.-") == ["Missing.PartIdPart", "Id is required.", "-"])
    }

    @Test func severalSentenceEndsTakeTheLastAndSaySo() {
        let s = ErrorRowSplitter().split("Check.FailedYou failed the check.Call us.The check did not pass.")
        #expect([s.code, s.message, s.description] == ["Check.Failed", "You failed the check.Call us.", "The check did not pass."])
        #expect(s.assumption?.contains("2 sentence ends") == true)
        #expect(!s.failed)
    }

    @Test func unsplittableRowsAreFlagged() {
        let s = ErrorRowSplitter().split("Odd.CodeNo sentence end here at all")
        #expect(s.failed)
        #expect(s.code == "Odd.Code")
    }
}
