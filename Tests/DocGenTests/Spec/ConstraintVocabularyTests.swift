import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenDiff
@testable import DocGenGeneration
@_spi(DocGenGenerated) import DocGenRuntime

/// `ConstraintKind` is the one list of limits; these tests hold the stages that cannot import it (the runtime) or
/// that find things by name (generated code calling runtime methods, the diff's change ids) to it, so a rename breaks
/// here and not only in generated code.
@Suite struct ConstraintVocabularyTests {
    /// A value of each shape a runtime check reads.
    private func sample(_ kind: ConstraintKind) -> [RuleLimit] {
        switch kind.shape {
        case .count: return [.count(1)]
        case .number: return [.number(1)]
        case .names: return [.texts(["a"])]
        case .word: return (TextStart.allCases.map(\.rawValue) + TextCharset.allCases.map(\.rawValue)).map { .word($0) }
        case .scalar, .flag: return []
        }
    }

    @Test func everyCheckedKindNamesTheRuntimeRuleWithItsKey() {
        for kind in ConstraintKind.allCases where kind.isCheckedAtRuntime {
            let rule = ValidationRule(rawValue: kind.key)
            #expect(rule != nil, "\(kind): no ValidationRule with raw value \(kind.key)")
        }
        // And the other way: every rule but the runtime's own `notANumber` is a kind of the vocabulary.
        for rule in ValidationRule.allCases where rule != .notANumber {
            #expect(ConstraintKind(rawValue: rule.rawValue)?.isCheckedAtRuntime == true, "\(rule) is not a checked kind")
        }
    }

    /// Generated code calls `issues.<method>(value, <argument>, ...)`, the method being the rule's case name; the
    /// generator checks sample values through `ValidationIssues.check`. Both must exist for every per-value kind.
    @Test func everyPerValueKindHasARuntimeMethodAndGenericCheck() throws {
        let runtime = try String(contentsOf: SharedData.repoRoot.appendingPathComponent("Sources/DocGenRuntime/ValidationIssues.swift"),
                                 encoding: .utf8)
        for kind in ConstraintKind.allCases where kind.appliesTo != nil {
            guard let rule = ValidationRule(rawValue: kind.key) else {
                Issue.record("\(kind): no ValidationRule")
                continue
            }
            let method = String(describing: rule)
            #expect(runtime.contains("public mutating func \(method)(") || runtime.contains("public mutating func \(method)<"),
                    "\(kind): no ValidationIssues.\(method)")
            #expect(sample(kind).contains { ValidationIssues.canCheck(rule, $0) }, "\(kind): ValidationIssues.check does not check \(rule)")
        }
    }

    @Test func limitsTakeTheirNamesFromTheVocabulary() throws {
        var parameter = Parameter(name: "Name", type: .string, line: 1)
        parameter.constraints.minLength = 2
        parameter.constraints.enum = ["a", "b"]
        parameter.constraints.charset = "ascii"
        parameter.constraints.mustStartWith = "digitOrSomething"
        let (limits, notes) = Limit.limits(of: parameter, scalar: .string, isList: false)
        #expect(limits.map(\.key) == ["minLength", "enum", "charset"])
        #expect(limits.map(\.method) == ["minLength", "allowedValues", "charset"])
        #expect(limits.map(\.argumentLiteral) == ["2", #"["a", "b"]"#, ".ascii"])
        #expect(notes == ["must start with digitOrSomething (not checked)"])
    }

    @Test func everyDiffRuleReportsCatalogueKinds() {
        for kind in ConstraintKind.allCases {
            for id in ConstraintDiff.changeKindIDs(of: kind.diffRule) {
                #expect(ChangeKind(rawValue: id) != nil, "\(kind): no change kind \(id) in the catalogue")
            }
            if case .bounds = kind.diffRule { #expect(kind.isLowerBound && kind.rangePartner != nil) }
            if case .partOfBounds = kind.diffRule { #expect(kind.rangePartner?.diffRule != nil && !kind.isLowerBound) }
        }
    }

    @Test func constraintsStoreEveryKindByShapeAndRoundTrip() throws {
        var c = Constraints()
        for kind in ConstraintKind.allCases {
            switch kind.shape {
            case .count: c[kind] = .count(3)
            case .number: c[kind] = .number(SpecNumber(1.5))
            case .names: c[kind] = .names(["x"])
            case .scalar: c[kind] = .scalar(.string("s"))
            case .word: c[kind] = .word("w")
            case .flag: c[kind] = .flag(true)
            }
        }
        #expect(c.setKinds == ConstraintKind.allCases)
        #expect(c.setKeys == ConstraintKind.allCases.map(\.key))
        let data = try JSONEncoder().encode(c)
        #expect(try JSONDecoder().decode(Constraints.self, from: data) == c)
        c.minLength = nil
        #expect(c[.minLength] == nil && !c.setKinds.contains(.minLength))
    }
}
