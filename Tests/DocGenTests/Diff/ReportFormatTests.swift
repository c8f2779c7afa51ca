import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct ReportFormatTests {
    typealias F = DiffFixtures

    static func sampleReport(ignore: IgnoreList = IgnoreList(), failOn: ChangeSeverity? = nil) -> DiffReport {
        let old = F.spec([F.param("Size", line: 12), F.param("Name") { $0.maxLength = 128 }],
                         errors: [F.error(400, "Bad, value", "Bad.")])
        let new = F.spec([F.param("Size", required: true, line: 40), F.param("Name") { $0.maxLength = 256 }, F.param("Color", line: 41)],
                         errors: [F.error(400, "Bad, value", "Bad."), F.error(403, "Forbidden", "100% denied:\nno")])
        let (o, n) = F.pair(old, new)
        return DiffReport(oldLabel: "a.json", newLabel: "b.json", changes: SpecDiff.compare(old: o, new: n), ignore: ignore, failOn: failOn)
    }

    @Test func jsonHasTheDocumentedShapeAndIsDeterministic() throws {
        let report = Self.sampleReport(failOn: .warn)
        let text = try DiffFormat.json.render(report)
        #expect(text == (try DiffFormat.json.render(Self.sampleReport(failOn: .warn))))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schemaVersion", "old", "new", "failOn", "thresholdReached", "summary", "changes", "vendorClaims", "unusedIgnores"])
        #expect(object["failOn"] as? String == "WARN")
        #expect(object["thresholdReached"] as? Bool == true)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["breaking": 1, "warn": 1, "info": 2, "ignored": 0])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 4)
        let first = changes[0]
        #expect(Set(first.keys) == ["id", "severity", "confidence", "effect", "fingerprint", "key", "operation", "path", "message", "old", "new", "ignored"])
        #expect(first["id"] as? String == "request-parameter-became-required")
        #expect(first["severity"] as? String == "BREAKING")
        #expect(first["path"] as? [String] == ["parameter", "Size", "required"])
        #expect((first["new"] as? [String: Any])?["line"] as? Int == 40)
        #expect(first["ignored"] is NSNull)
        let added = try #require(changes.first { $0["id"] as? String == "request-parameter-added-optional" })
        #expect(added["old"] is NSNull)
    }

    @Test func githubAnnotationsUseWorkflowCommandSyntaxAndEscape() throws {
        let text = try DiffFormat.github.render(Self.sampleReport())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("::error file=new.md,line=40,title=BREAKING request-parameter-became-required::acme/widgets/2024-01-01/MakeWidget: Size became required ["))
        #expect(lines.contains { $0.hasPrefix("::warning file=new.md,line=50,title=WARN error-code-added::") })
        #expect(lines.contains { $0.hasPrefix("::notice file=new.md,line=41,title=INFO request-parameter-added-optional::") })
        #expect(lines.last == "::notice title=docgen diff::1 breaking, 1 warn, 2 info")
        for line in lines {
            #expect(line.wholeMatch(of: /::(error|warning|notice) [^:]*::[^\n]*/) != nil, "\(line)")
        }
        let odd = Change(.errorMessageChanged, operation: "a/b/c/D", path: ["error"], message: "100% denied:\nno",
                         old: nil, new: ChangeSide(file: "dir,x/p:1.md", line: nil))
        let oddText = try DiffFormat.github.render(DiffReport(oldLabel: "a", newLabel: "b", changes: [odd]))
        #expect(oddText.hasPrefix("::warning file=dir%2Cx/p%3A1.md,title=WARN error-message-changed::a/b/c/D: 100%25 denied:%0Ano ["))
        #expect(GitHubDiffRenderer.property("a,b:c%\nd") == "a%2Cb%3Ac%25%0Ad")
        #expect(GitHubDiffRenderer.data("a,b:c\r") == "a,b:c%0D")
    }

    @Test func markdownHasOneTablePerOperationWithEscapedCells() throws {
        let text = try DiffFormat.markdown.render(Self.sampleReport())
        #expect(text.hasPrefix("# API changes\n\n`a.json` → `b.json`: **1 breaking, 1 warn, 2 info**\n"))
        #expect(text.contains("## `acme/widgets/2024-01-01/MakeWidget`\n\n| Severity | Change | Rule | Old | New | Fingerprint |\n|---|---|---|---|---|---|\n"))
        #expect(text.contains("| **BREAKING** | Size became required | `request-parameter-became-required` | `old.md:12` | `new.md:40` |"))
        #expect(text.contains("| **INFO** | optional request parameter Color added | `request-parameter-added-optional` | – | `new.md:41` |"))
        for row in text.split(separator: "\n") where row.hasPrefix("| **") {
            #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 7, "\(row)")
        }
    }

    @Test func textIsPlainUnlessColourIsAsked() throws {
        let plain = try DiffFormat.text.render(Self.sampleReport(failOn: .breaking))
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("  BREAKING Size became required  [request-parameter-became-required]\n"))
        #expect(plain.contains("old old.md:12, new new.md:40, fingerprint "))
        #expect(plain.hasSuffix("Summary: 1 breaking, 1 warn, 2 info; --fail-on breaking reached\n"))
        let coloured = try DiffFormat.text.render(Self.sampleReport(), colour: true)
        #expect(coloured.contains("\u{1B}[1;31mBREAKING\u{1B}[0m"))
    }

    @Test func colourOnlyForTextOnATerminalWithoutNoColor() {
        #expect(TerminalColour.wanted(format: .text, stdoutIsTerminal: true, environment: [:]))
        #expect(!TerminalColour.wanted(format: .text, stdoutIsTerminal: false, environment: [:]))
        #expect(!TerminalColour.wanted(format: .text, stdoutIsTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!TerminalColour.wanted(format: .markdown, stdoutIsTerminal: true, environment: [:]))
    }

    @Test func emptyDiffSaysSo() throws {
        let report = DiffReport(oldLabel: "a", newLabel: "b", changes: [], failOn: .info)
        #expect(try DiffFormat.text.render(report).contains("No changes."))
        #expect(DiffExit.code(for: report) == 0)
    }

    @Test func catalogueDocumentIsTheGeneratedText() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: repo.appendingPathComponent("docs/diff-catalogue.md"), encoding: .utf8)
        #expect(committed == CatalogueRenderer.markdown(), "regenerate with: docgen diff --catalogue > docs/diff-catalogue.md")
        for kind in ChangeKind.allCases { #expect(committed.contains("| `\(kind.rawValue)` | \(kind.rule.severity.rawValue) |")) }
    }
}
