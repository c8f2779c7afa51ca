import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

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
        #expect(split("Missing.ValuePartId is required.-", names: ["PartId"]) == ["Missing.Value", "PartId is required.", "-"])
        #expect(split("Missing.ValuePartId is required.-") == ["Missing.ValuePart", "Id is required.", "-"])
        // A code that ends with the name the message starts with.
        #expect(split("Missing.PartIdPartId is required.-") == ["Missing.PartId", "PartId is required.", "-"])
    }

    @Test func severalSentenceEndsTakeTheLastAndSaySo() {
        let s = ErrorRowSplitter().split("Check.FailedYou failed the check.Call us.The check did not pass.")
        #expect([s.code, s.message, s.description] == ["Check.Failed", "You failed the check.Call us.", "The check did not pass."])
        #expect(s.assumption?.contains("2 sentence ends") == true)
        #expect(!s.failed)
    }

    @Test func identifierPathsInDescriptionsAreWeakBreaks() {
        #expect(split("Bad.SizeThe size is wrong.The specified LampConfig.Size parameter is invalid.")
            == ["Bad.Size", "The size is wrong.", "The specified LampConfig.Size parameter is invalid."])
        #expect(split("Bad.ZoneThe zone is wrong.The specified ZoneId.N parameter is invalid.")
            == ["Bad.Zone", "The zone is wrong.", "The specified ZoneId.N parameter is invalid."])
    }

    @Test func messagesWithoutFinalPeriod() {
        #expect(split("Lamp.BusyAnother lamp is being litThe lamp cannot be lit now.")
            == ["Lamp.Busy", "Another lamp is being lit", "The lamp cannot be lit now."])
        #expect(split("Lamp.QuotaToo many lamps: %sThe quota is reached.")
            == ["Lamp.Quota", "Too many lamps: %s", "The quota is reached."])
        #expect(split("Lamp.DisabledCan't use the lamp now.The lamp is disabled.")
            == ["Lamp.Disabled", "Can't use the lamp now.", "The lamp is disabled."])
    }

    @Test func rowsOfOneTableTeachEachOther() {
        let rows = [
            "Lamp.BrokenThe lamp is broken.The error message returned because the lamp is broken.",
            "Lamp.MissingThe lamp is missing.The error message returned because the lamp has no bulb.",
            // No period, and the glued word follows a capitalised one: only the shared opening settles it.
            "Bulb.InvalidInvalid BulbThe error message returned because the bulb is invalid.",
            // A lowercase message glued to the code: `Broken` is a code word and `bulb` a prose word of the table.
            "Bulb.Brokenbulb is broken.The error message returned because the bulb is broken.",
        ]
        let splits = ErrorTableSplitter.split(rows, base: ErrorRowSplitter(), pageWords: [])
        #expect(splits.map { [$0.code, $0.message, $0.description] } == [
            ["Lamp.Broken", "The lamp is broken.", "The error message returned because the lamp is broken."],
            ["Lamp.Missing", "The lamp is missing.", "The error message returned because the lamp has no bulb."],
            ["Bulb.Invalid", "Invalid Bulb", "The error message returned because the bulb is invalid."],
            ["Bulb.Broken", "bulb is broken.", "The error message returned because the bulb is broken."],
        ])
        #expect(splits[0].assumption == nil)
        #expect(splits[2].assumption?.contains("opening") == true)
    }

    @Test func unsplittableRowsAreFlagged() {
        let s = ErrorRowSplitter().split("Odd.CodeNo sentence end here at all")
        #expect(s.failed)
        #expect(s.code == "Odd.Code")
    }
}
