import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Matching by facts: what is not a change, and how nested and duplicated entities pair up.
@Suite struct MatchingTests {
    typealias F = DiffFixtures

    @Test func rowOrderIsNotAChange() {
        let old = F.spec([F.param("A", line: 1), F.param("B", line: 2)], response: [F.field("X"), F.field("Y")],
                         errors: [F.error(400, "E1", "One."), F.error(403, "E2", "Two.")])
        let new = F.spec([F.param("B", line: 7), F.param("A", line: 9)], response: [F.field("Y"), F.field("X")],
                         errors: [F.error(403, "E2", "Two."), F.error(400, "E1", "One.")])
        #expect(F.diff(old, new).isEmpty)
    }

    @Test func commonParameterListedOnOneSideOnlyIsNotARemoval() {
        let old = F.spec([F.param("Action", common: true), F.param("Size")])
        let new = F.spec([F.param("Size")])
        #expect(F.diff(old, new).isEmpty)
        #expect(F.diff(new, old).isEmpty)
        // Nor is a flip of a common parameter's required cell.
        #expect(F.diff(F.spec([F.param("Action", common: true)]), F.spec([F.param("Action", required: true, common: true)])).isEmpty)
        // An API parameter that disappears is still a removal.
        #expect(F.diff(F.spec([F.param("Size"), F.param("Color")]), new).map(\.kind) == [.parameterRemoved])
    }

    @Test func translatedDescriptionsAreNotChangesButSameLanguageEditsAre() {
        let zh = F.spec([F.param("Size", description: "尺寸。")], response: [F.field("Id", description: "编号。")],
                        errors: [F.error(400, "E1", "Bad.", "参数错误。")], language: "zh")
        let en = F.spec([F.param("Size", description: "The size.")], response: [F.field("Id", description: "The id.")],
                        errors: [F.error(400, "E1", "Bad.", "The parameter is wrong.")], language: "en")
        #expect(F.diff(zh, en).isEmpty)
        let edited = F.spec([F.param("Size", description: "The  size\nin cm.")], language: "en")
        #expect(F.diff(F.spec([F.param("Size", description: "The size in cm.")]), edited).isEmpty, "whitespace only")
        #expect(F.diff(F.spec([F.param("Size", description: "The size.")]), edited).map(\.kind) == [.parameterDescriptionChanged])
    }

    @Test func cjkAllowanceOfAStartRuleComparesOnlyWithinOneLanguage() {
        let zh = F.spec([F.param("Name") { $0.mustStartWith = "letterOrCJK" }], language: "zh")
        let en = F.spec([F.param("Name") { $0.mustStartWith = "letter" }], language: "en")
        #expect(F.diff(zh, en).isEmpty)
        var zhNarrowed = en
        zhNarrowed.language = "zh"
        #expect(F.diff(zh, zhNarrowed).map(\.kind) == [.startRuleChanged])
    }

    @Test func messagesCompareWithoutFinalPeriodAndWithCollapsedSpaces() {
        let old = F.spec(errors: [F.error(400, "E1", "The disk  is busy.")])
        let new = F.spec(errors: [F.error(400, "E1", "The disk is busy")])
        #expect(F.diff(old, new).isEmpty)
    }

    @Test func childrenAreMatchedByNameRecursively() {
        let old = F.spec([F.param("Tag", .array, children: [F.param("Key") { $0.maxLength = 128 }, F.param("Value")])])
        let new = F.spec([F.param("Tag", .array, children: [F.param("Value"), F.param("Key") { $0.maxLength = 64 }, F.param("Owner", required: true)])])
        let changes = F.diff(old, new)
        #expect(changes.map(\.kind) == [.parameterAddedRequired, .lengthNarrowed])
        #expect(changes.map(\.path) == [["parameter", "Tag", "Owner"], ["parameter", "Tag", "Key", "length"]])
        #expect(changes[0].message.contains("Tag.Owner"))
    }

    @Test func responseChildrenRecursively() {
        let old = F.spec(response: [F.field("Items", .array, children: [F.field("Id")])])
        let new = F.spec(response: [F.field("Items", .array, children: [F.field("Id", .integer), F.field("Name")])])
        #expect(F.diff(old, new).map(\.kind) == [.responseFieldTypeChanged, .responseFieldAdded])
    }

    @Test func errorsWithoutHTTPStatusMatchByCode() {
        let old = F.spec(errors: [F.error(nil, "FailedOperation", nil, "失败。")], language: "zh")
        let new = F.spec(errors: [F.error(nil, "FailedOperation", nil, "Failed."), F.error(nil, "LimitExceeded", nil, nil)])
        let changes = F.diff(old, new)
        #expect(changes.map(\.kind) == [.errorCodeAdded])
        #expect(changes[0].path == ["error", "-", "LimitExceeded"])
    }

    @Test func duplicatedErrorRowsPairByMessage() {
        let old = F.spec(errors: [F.error(500, "InternalError", "Unknown error."), F.error(500, "InternalError", "Unknown error, exception or failure.")])
        let new = F.spec(errors: [F.error(500, "InternalError", "Unknown error, exception or failure"), F.error(500, "InternalError", "Unknown error")])
        #expect(F.diff(old, new).isEmpty)
    }

    @Test func statusMoveIsOneChangeNotAddAndRemove() {
        let old = F.spec(errors: [F.error(404, "Disk.NotFound", "No disk.")])
        let new = F.spec(errors: [F.error(400, "Disk.NotFound", "No disk.")])
        let changes = F.diff(old, new)
        #expect(changes.map(\.kind) == [.errorHTTPStatusChanged])
        #expect(changes[0].old?.value == "404" && changes[0].new?.value == "400")
    }

    @Test func mutualExclusionStatedOnBothSidesIsOneRelation() {
        let old = F.spec([F.param("A"), F.param("B")])
        let new = F.spec([F.param("A") { $0.mutuallyExclusiveWith = ["B"] }, F.param("B") { $0.mutuallyExclusiveWith = ["A.N"] }])
        let changes = F.diff(old, new)
        #expect(changes.map(\.kind) == [.mutualExclusionAdded])
        #expect(changes[0].path == ["parameter", "mutuallyExclusive", "A+B"])
    }

    @Test func narrowingAndWideningAtOnceIsNarrowing() {
        let old = F.spec([F.param("N") { $0.minimum = 1; $0.maximum = 10 }])
        let new = F.spec([F.param("N") { $0.minimum = 5; $0.maximum = 100 }])
        #expect(F.diff(old, new).map(\.kind) == [.rangeNarrowed])
    }

    @Test func defaultsCompareAsWritten() {
        let old = F.spec([F.param("N", .integer) { $0.default = .number(1) }])
        let new = F.spec([F.param("N", .integer) { $0.default = .string("1") }])
        #expect(F.diff(old, new).isEmpty)
    }

    @Test func changesCarryBothSidesWithFilesAndLines() throws {
        let old = F.spec([F.param("Size", line: 12)])
        let new = F.spec([F.param("Size", required: true, line: 40)])
        let change = try #require(F.diff(old, new).first)
        #expect(change.old == ChangeSide(file: "old.md", line: 12, value: "false"))
        #expect(change.new == ChangeSide(file: "new.md", line: 40, value: "true"))
        #expect(change.confidence == .high)
        #expect(ChangeKind.lengthNewlyStated.rule.confidence == .low)
    }

    @Test func fingerprintIgnoresLanguageLinesAndWording() throws {
        let a = F.diff(F.spec([F.param("Size", line: 3)], language: "zh"), F.spec([F.param("Size", required: true, line: 4)]))
        let b = F.diff(F.spec([F.param("Size", line: 90)]), F.spec([F.param("Size", required: true, line: 91)], language: "zh"))
        var reworded = try #require(a.first)
        reworded.message = "something else"
        #expect(a.first?.fingerprint == b.first?.fingerprint)
        #expect(reworded.fingerprint == a.first?.fingerprint)
        #expect(a.first?.key == "request-parameter-became-required acme/widgets/2024-01-01/MakeWidget parameter/Size/required")
        #expect(a.first?.fingerprint.count == 12)
    }

    @Test func foldersMatchOperationsByID() {
        let old = [F.spec(action: "A"), F.spec([F.param("X")], action: "B")]
        let new = [F.spec([F.param("X", required: true)], action: "B"), F.spec(action: "C")]
        let changes = SpecDiff.compare(old: old, new: new)
        #expect(changes.map(\.kind) == [.operationRemoved, .parameterBecameRequired, .operationAdded])
        #expect(changes.map(\.operation) == ["acme/widgets/2024-01-01/A", "acme/widgets/2024-01-01/B", "acme/widgets/2024-01-01/C"])
    }
}

@Suite struct TextNormalTests {
    @Test func collapseJoinsWhitespaceRunsIncludingNonASCII() {
        #expect(TextNormal.collapse("  a \n\t b\u{3000}c\u{00A0} ") == "a b c")
        #expect(TextNormal.collapse("already clean") == "already clean")
        #expect(TextNormal.collapse("") == "")
        #expect(TextNormal.message("The disk  is busy.。") == "The disk is busy")
        #expect(TextNormal.prose(" - ") == nil)
    }

    @Test func shortHashIsThePrefixOfTheSHA256() {
        #expect(ShortHash.hex("abc", digits: 12) == String(SHA256.hex(Data("abc".utf8)).prefix(12)))
        #expect(ShortHash.hex("abc", digits: 7) == String(SHA256.hex(Data("abc".utf8)).prefix(7)))
    }
}
