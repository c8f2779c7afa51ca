import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct APIVersionFromRevisionsTests {
    func outcome(_ file: String, product: String = "box", version: String, action: String = "MakeBox") -> PageOutcome {
        var spec = OperationSpec(vendor: "acme", product: product, apiVersion: version, action: action, language: "en",
                                 source: SourceInfo(file: file, sha256: file, format: "markdown"))
        if version == "unknown" {
            spec.diagnostics = [Diagnostic(.warning, code: "identity-unknown", "the page does not say its API version; pass --api-version", file: file, line: nil)]
        }
        let input = PageInput(url: URL(fileURLWithPath: "/tmp/\(file)"), displayPath: file)
        return PageOutcome(input: input, spec: spec, diagnostics: spec.diagnostics, format: .markdown, byteCount: 1, replacedSpaces: 0)
    }

    @Test func aPageWithoutVersionTakesTheOneItsOtherRevisionsAgreeOn() throws {
        let done = APIVersionFromRevisions.complete([outcome("old.md", version: "2020-01-01"), outcome("new.txt", version: "unknown")], stored: [])
        let spec = try #require(done[1].spec)
        #expect(spec.apiVersion == "2020-01-01")
        #expect(!spec.diagnostics.contains { $0.code == "identity-unknown" })
        #expect(done[1].diagnostics.contains { $0.code == "api-version-from-revision" })
    }

    @Test func storedRevisionsCountToo() throws {
        let stored = try #require(outcome("old.md", version: "2020-01-01").spec)
        let done = APIVersionFromRevisions.complete([outcome("new.txt", version: "unknown")], stored: [stored])
        #expect(done[0].spec?.apiVersion == "2020-01-01")
    }

    @Test func disagreeingOrUnrelatedRevisionsLeaveItUnknown() {
        let twoVersions = APIVersionFromRevisions.complete(
            [outcome("a.md", version: "2020-01-01"), outcome("b.md", version: "2021-01-01"), outcome("c.txt", version: "unknown")], stored: [])
        #expect(twoVersions[2].spec?.apiVersion == "unknown")
        let otherProduct = APIVersionFromRevisions.complete(
            [outcome("a.md", product: "crate", version: "2020-01-01"), outcome("c.txt", version: "unknown")], stored: [])
        #expect(otherProduct[1].spec?.apiVersion == "unknown")
        #expect(otherProduct[1].diagnostics.contains { $0.code == "identity-unknown" })
    }
}
