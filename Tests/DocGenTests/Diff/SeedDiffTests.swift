import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Seed 000 (older Chinese Markdown page) against seed 001 (newer English text rendering) of CreateSnapshotGroup:
/// the diff must find what groundtruth/expected/diff-000-to-001.json lists, and none of its non-changes.
@Suite(.enabled(if: SharedData.url("groundtruth/expected/diff-000-to-001.json") != nil, "../shared is absent"))
struct SeedDiffTests {
    let hints = IdentityHints(vendor: "alibaba", product: "ecs", apiVersion: "2014-05-26", action: "CreateSnapshotGroup")

    func specs() throws -> (OperationSpec, OperationSpec) {
        let old = try PageSpecs.read(SharedData.url("seeds/000_586fe4a3e4020892.txt")!, format: .markdown, hints: hints)
        let new = try PageSpecs.read(SharedData.url("seeds/001_475ded7e76a8f7c4.txt")!, format: .textRunTogether, hints: hints)
        if old.parameters.isEmpty || new.parameters.isEmpty { try Test.cancel("readers not available") }
        return (old, new)
    }

    struct Expected: Decodable {
        struct Required: Decodable { let parameter: String; let from: Bool; let to: Bool }
        struct Row: Decodable, Hashable { let http: Int?; let code: String }
        struct Constraint: Decodable { let parameter: String; let key: String; let value: [String] }
        let breakingCount: Int
        let parametersAdded: [String]
        let parametersRemoved: [String]
        let requiredChanged: [Required]
        let typeChanged: [String]
        let errorsAdded: [Row]
        let errorsRemoved: [Row]
        let errorHttpChanged: [Row]
        let errorMessageVariantsAdded: [Row]
        let constraintsAdded: [Constraint]
    }

    @Test func findsWhatTheGroundTruthLists() throws {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: SharedData.url("groundtruth/expected/diff-000-to-001.json")!))
        let (old, new) = try specs()
        let changes = SpecDiff.compare(old: old, new: new)
        func top(_ kinds: Set<ChangeKind>) -> Set<String> {
            Set(changes.filter { kinds.contains($0.kind) && $0.path.count == 2 }.map { $0.path[1] })
        }
        func rows(_ kind: ChangeKind) -> Set<Expected.Row> {
            Set(changes.filter { $0.kind == kind }.map { Expected.Row(http: Int($0.path[1]), code: $0.path[2]) })
        }
        #expect(changes.filter { $0.severity == .breaking }.count == expected.breakingCount,
                "breaking: \(changes.filter { $0.severity == .breaking }.map(\.message))")
        #expect(top([.parameterAddedOptional, .parameterAddedRequired]) == Set(expected.parametersAdded))
        #expect(top([.parameterRemoved]) == Set(expected.parametersRemoved), "Action is common: not a removal")
        let required = changes.filter { $0.kind == .parameterBecameOptional || $0.kind == .parameterBecameRequired }
        #expect(Set(required.map { "\($0.path[1]) \($0.old?.value ?? "") \($0.new?.value ?? "")" })
                == Set(expected.requiredChanged.map { "\($0.parameter) \($0.from) \($0.to)" }))
        #expect(changes.filter { $0.kind == .parameterTypeChanged }.map { $0.path[1] } == expected.typeChanged)
        #expect(rows(.errorCodeAdded) == Set(expected.errorsAdded))
        #expect(rows(.errorCodeRemoved) == Set(expected.errorsRemoved))
        #expect(rows(.errorHTTPStatusChanged) == Set(expected.errorHttpChanged))
        #expect(rows(.errorMessageVariantAdded) == Set(expected.errorMessageVariantsAdded))
        for constraint in expected.constraintsAdded where constraint.key == "mutuallyExclusiveWith" {
            let pair = ([constraint.parameter] + constraint.value).sorted().joined(separator: "+")
            #expect(changes.contains { $0.kind.rawValue.hasPrefix("request-parameter-mutual-exclusion-added") && $0.path.last == pair })
        }
        // Not changes: translated descriptions (zh -> en), type spellings.
        #expect(!changes.contains { $0.kind == .parameterDescriptionChanged || $0.kind == .errorDescriptionChanged })
    }

    @Test func gateExitsZeroOnBreakingAndOneOnWarn() throws {
        let (old, new) = try specs()
        let changes = SpecDiff.compare(old: old, new: new)
        #expect(DiffExit.code(for: DiffReport(oldLabel: "000", newLabel: "001", changes: changes, failOn: .breaking)) == 0)
        #expect(DiffExit.code(for: DiffReport(oldLabel: "000", newLabel: "001", changes: changes, failOn: .warn)) == 1)
    }

    @Test func vendorClaimOfDeleted404IsNotConfirmed() throws {
        let (old, new) = try specs()
        let checks = VendorClaimCheck.check(old: old, new: new, changes: SpecDiff.compare(old: old, new: new))
        #expect(checks.contains { $0.claim == "error codes with HTTP 404 deleted" && $0.verdict == .unconfirmed })
        #expect(checks.contains { $0.claim == "error codes with HTTP 500 deleted" && $0.verdict == .unconfirmed })
    }
}
