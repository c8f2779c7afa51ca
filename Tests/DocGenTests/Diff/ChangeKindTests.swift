import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// One small old/new pair per catalogue entry: the diff must report that kind, with the catalogue's severity.
/// The switch is exhaustive, so a new kind without a fixture does not compile.
@Suite struct ChangeKindTests {
    typealias F = DiffFixtures

    static func fixture(_ kind: ChangeKind) -> (old: [OperationSpec], new: [OperationSpec]) {
        func one(_ old: [Parameter], _ new: [Parameter]) -> ([OperationSpec], [OperationSpec]) {
            ([F.spec(old)], [F.spec(new)])
        }
        func limit(_ old: (inout Constraints) -> Void, _ new: (inout Constraints) -> Void) -> ([OperationSpec], [OperationSpec]) {
            one([F.param("Name", .string, old)], [F.param("Name", .string, new)])
        }
        func fields(_ old: [ResponseField], _ new: [ResponseField], language: String = "en") -> ([OperationSpec], [OperationSpec]) {
            ([F.spec(response: old)], [F.spec(response: new, language: language)])
        }
        func errors(_ old: [ErrorCode], _ new: [ErrorCode]) -> ([OperationSpec], [OperationSpec]) {
            ([F.spec(errors: old)], [F.spec(errors: new)])
        }
        switch kind {
        case .operationAdded: return ([F.spec()], [F.spec(), F.spec(action: "DropWidget")])
        case .operationRemoved: return ([F.spec(), F.spec(action: "DropWidget")], [F.spec()])
        case .parameterAddedOptional: return one([], [F.param("Color")])
        case .parameterAddedRequired: return one([], [F.param("Color", required: true)])
        case .parameterRemoved: return one([F.param("Color")], [])
        case .parameterTypeChanged: return one([F.param("Size", .integer)], [F.param("Size", .string)])
        case .parameterItemTypeChanged:
            return one([F.param("Ids", .array, items: Items(type: .string))], [F.param("Ids", .array, items: Items(type: .integer))])
        case .parameterBecameRequired: return one([F.param("Size")], [F.param("Size", required: true)])
        case .parameterBecameOptional: return one([F.param("Size", required: true)], [F.param("Size")])
        case .parameterDeprecated: return limit({ _ in }, { $0.deprecated = true })
        case .parameterUndeprecated: return limit({ $0.deprecated = true }, { $0.deprecated = false })
        case .parameterBecameInternal: return limit({ _ in }, { $0.internal = true })
        case .parameterDescriptionChanged:
            return one([F.param("Size", description: "Size in cm.")], [F.param("Size", description: "Size in inches.")])
        case .lengthNarrowed: return limit({ $0.maxLength = 128 }, { $0.maxLength = 64 })
        case .lengthWidened: return limit({ $0.minLength = 2; $0.maxLength = 128 }, { $0.minLength = 1; $0.maxLength = 128 })
        case .lengthNewlyStated: return limit({ _ in }, { $0.maxLength = 64 })
        case .lengthNoLongerStated: return limit({ $0.maxLength = 64 }, { _ in })
        case .rangeNarrowed: return limit({ $0.minimum = 1; $0.maximum = 100 }, { $0.minimum = 5; $0.maximum = 100 })
        case .rangeWidened: return limit({ $0.maximum = 100 }, { $0.maximum = 1000 })
        case .rangeNewlyStated: return limit({ _ in }, { $0.minimum = 1 })
        case .rangeNoLongerStated: return limit({ $0.minimum = 1 }, { _ in })
        case .countNarrowed: return limit({ $0.minItems = 1; $0.maxItems = 20 }, { $0.minItems = 1; $0.maxItems = 10 })
        case .countWidened: return limit({ $0.maxItems = 10 }, { $0.maxItems = 20 })
        case .countNewlyStated: return limit({ _ in }, { $0.maxItems = 10 })
        case .countNoLongerStated: return limit({ $0.maxItems = 10 }, { _ in })
        case .enumValueAdded: return limit({ $0.enum = ["red"] }, { $0.enum = ["red", "blue"] })
        case .enumValueRemoved: return limit({ $0.enum = ["red", "blue"] }, { $0.enum = ["red"] })
        case .enumNewlyStated: return limit({ _ in }, { $0.enum = ["red"] })
        case .enumNoLongerStated: return limit({ $0.enum = ["red"] }, { _ in })
        case .defaultChanged: return limit({ $0.default = .string("red") }, { $0.default = .string("blue") })
        case .defaultNewlyStated: return limit({ _ in }, { $0.default = .bool(false) })
        case .defaultNoLongerStated: return limit({ $0.default = .number(1) }, { _ in })
        case .forbiddenPrefixAdded: return limit({ _ in }, { $0.forbiddenPrefixes = ["http://"] })
        case .forbiddenPrefixRemoved: return limit({ $0.forbiddenPrefixes = ["http://"] }, { $0.forbiddenPrefixes = [] })
        case .forbiddenSubstringAdded: return limit({ _ in }, { $0.forbiddenSubstrings = ["@"] })
        case .forbiddenSubstringRemoved: return limit({ $0.forbiddenSubstrings = ["@"] }, { _ in })
        case .startRuleChanged: return limit({ $0.mustStartWith = "letterOrCJK" }, { $0.mustStartWith = "letter" })
        case .charsetChanged: return limit({ _ in }, { $0.charset = "ascii" })
        case .mutualExclusionAdded:
            return one([F.param("A"), F.param("B")], [F.param("A") { $0.mutuallyExclusiveWith = ["B"] }, F.param("B")])
        case .mutualExclusionAddedWithNewParameter:
            return one([F.param("A")], [F.param("A"), F.param("B") { $0.mutuallyExclusiveWith = ["A"] }])
        case .mutualExclusionRemoved:
            return one([F.param("A") { $0.mutuallyExclusiveWith = ["B"] }, F.param("B")], [F.param("A"), F.param("B")])
        case .dependencyAdded:
            return one([F.param("A"), F.param("B")], [F.param("A") { $0.dependsOn = ["B"] }, F.param("B")])
        case .dependencyOfNewParameter:
            return one([F.param("B")], [F.param("A") { $0.dependsOn = ["B"] }, F.param("B")])
        case .dependencyRemoved:
            return one([F.param("A") { $0.dependsOn = ["B"] }, F.param("B")], [F.param("A"), F.param("B")])
        case .responseFieldAdded: return fields([F.field("Id")], [F.field("Id"), F.field("Name")])
        case .responseFieldRemoved: return fields([F.field("Id"), F.field("Name")], [F.field("Id")])
        case .responseFieldTypeChanged: return fields([F.field("Count", .integer)], [F.field("Count", .string)])
        case .responseFieldItemTypeChanged:
            return fields([F.field("Ids", .array, items: Items(type: .string))], [F.field("Ids", .array, items: Items(type: .long))])
        case .responseFieldDescriptionChanged:
            return fields([F.field("Id", description: "The id.")], [F.field("Id", description: "The widget id.")])
        case .errorCodeAdded: return errors([], [F.error(400, "Widget.Bad", "Bad widget.")])
        case .errorCodeRemoved: return errors([F.error(400, "Widget.Bad", "Bad widget.")], [])
        case .errorHTTPStatusChanged: return errors([F.error(400, "Widget.Bad", "Bad widget.")], [F.error(403, "Widget.Bad", "Bad widget.")])
        case .errorMessageVariantAdded:
            return errors([F.error(400, "Widget.Bad", "Bad widget.")],
                          [F.error(400, "Widget.Bad", "Bad widget"), F.error(400, "Widget.Bad", "Widget is encrypted.")])
        case .errorMessageVariantRemoved:
            return errors([F.error(400, "Widget.Bad", "Bad widget."), F.error(400, "Widget.Bad", "Widget is encrypted.")],
                          [F.error(400, "Widget.Bad", "Bad widget.")])
        case .errorMessageChanged: return errors([F.error(400, "Widget.Bad", "Bad widget.")], [F.error(400, "Widget.Bad", "Wrong widget.")])
        case .errorDescriptionChanged:
            return errors([F.error(400, "Widget.Bad", "Bad.", "Check it.")], [F.error(400, "Widget.Bad", "Bad.", "Check the widget.")])
        case .errorDescriptionRemoved:
            return errors([F.error(400, "Widget.Bad", "Bad.", "Check it.")], [F.error(400, "Widget.Bad", "Bad.", nil)])
        }
    }

    @Test(arguments: ChangeKind.allCases)
    func eachKindIsReportedWithItsSeverity(kind: ChangeKind) {
        let (old, new) = Self.fixture(kind)
        let newSpecs = new.map { spec -> OperationSpec in var s = spec; s.source.file = "new.md"; return s }
        let changes = old.count == 1 && new.count == 1
            ? SpecDiff.compare(old: old[0], new: newSpecs[0])
            : SpecDiff.compare(old: old, new: newSpecs)
        // A relation stated by a new parameter comes with that parameter's addition.
        let expected: [ChangeKind] = [.mutualExclusionAddedWithNewParameter, .dependencyOfNewParameter].contains(kind)
            ? [.parameterAddedOptional, kind] : [kind]
        #expect(changes.map(\.kind) == expected, "\(kind.rawValue): got \(changes.map(\.kind.rawValue))")
        #expect(changes.last?.severity == kind.rule.severity)
        #expect(changes.first?.old != nil || changes.first?.new != nil)
    }

    @Test func everySeverityIsUsedAndIdsAreUniqueKebabCase() {
        #expect(Set(ChangeKind.allCases.map(\.rule.severity)) == Set(ChangeSeverity.allCases))
        #expect(Set(ChangeKind.allCases.map(\.rawValue)).count == ChangeKind.allCases.count)
        for kind in ChangeKind.allCases {
            #expect(kind.rawValue.allSatisfy { $0.isLowercase || $0 == "-" }, "\(kind.rawValue)")
        }
    }

    @Test func callerSideSeverities() {
        #expect(ChangeKind.parameterAddedRequired.rule.severity == .breaking)
        #expect(ChangeKind.parameterBecameRequired.rule.severity == .breaking)
        #expect(ChangeKind.parameterBecameOptional.rule.severity == .info)
        #expect(ChangeKind.lengthNarrowed.rule.severity == .breaking)
        #expect(ChangeKind.lengthWidened.rule.severity == .info)
        #expect(ChangeKind.errorCodeRemoved.rule.severity != .breaking)
        #expect(ChangeKind.lengthNarrowed.rule.confidence.rawValue < ChangeKind.parameterRemoved.rule.confidence.rawValue
                || ChangeKind.lengthNarrowed.rule.confidence != ChangeKind.parameterRemoved.rule.confidence)
    }
}
