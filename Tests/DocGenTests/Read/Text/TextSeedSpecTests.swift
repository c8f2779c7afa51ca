import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// End to end for the text renderings: seeds 001, 003, 004 read with the text readers and built with `SpecBuilder`
/// must carry the expected parameters (type, required, items, children), response fields and every error row.
/// The Alibaba text pages do not print vendor and API version; those come as hints, as a sources file gives them.
@Suite(.enabled(if: SharedData.isAvailable, "needs ../shared (seeds and groundtruth); skipped without it"))
struct TextSeedSpecTests {
    static let hints: [String: IdentityHints] = [
        "001_": IdentityHints(vendor: "alibaba", apiVersion: "2014-05-26"),
        "004_": IdentityHints(vendor: "alibaba", apiVersion: "2017-11-10"),
        "003_": IdentityHints(),
    ]

    @Test(arguments: ["001_", "003_", "004_"]) func specMatchesExpectedFacts(stem: String) throws {
        let seeds = TextSeedTests()
        let (page, expected) = try seeds.load(stem)
        let reader: any PageReader = stem == "003_" ? SpacedTextReader() : RunTogetherTextReader()
        let spec = SpecBuilder.build(reader.read(page).document, page: page, hints: Self.hints[stem]!)

        var facts = 0, matched = 0
        func check(_ ok: Bool, _ what: @autoclosure () -> String) {
            facts += 1
            if ok { matched += 1 } else { Issue.record("\(page.file): \(what())") }
        }
        check(spec.parameters.map(\.name) == expected.parameters.map(\.name),
              "parameters \(spec.parameters.map(\.name))")
        for want in expected.parameters {
            guard let got = spec.parameters.first(where: { $0.name == want.name }) else { continue }
            check(got.type.rawValue == want.type && got.required == (want.required ?? false),
                  "\(want.name): \(got.type) required \(got.required)")
            if let items = want.items { check(got.items?.type.rawValue == items, "\(want.name) items \(String(describing: got.items))") }
            if let children = want.children {
                let names = (got.children ?? []).map(\.name)
                check(names == children.map(\.name), "\(want.name) children \(names)")
            }
        }
        check(spec.responseFields.map(\.name) == expected.responseFields, "response \(spec.responseFields.map(\.name))")
        check(spec.errors.count == expected.errors.count, "error count \(spec.errors.count)")
        for (got, want) in zip(spec.errors, expected.errors) {
            check(got.http == want.http && got.code == want.code && got.message == want.message
                    && got.description == want.description, "error line \(got.line): \(got) != \(want)")
        }
        check(spec.action == "CreateSnapshotGroup" || spec.action == "CreateSnapshot", "action \(spec.action)")
        print("[text-seed-spec] \(page.file): \(matched)/\(facts) facts")
    }
}
