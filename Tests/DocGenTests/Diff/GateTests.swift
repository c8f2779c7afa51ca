import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// The CI gate: thresholds, exit codes, the ignore file, and input errors.
@Suite struct GateTests {
    typealias F = DiffFixtures

    @Test func thresholdsAndExitCodes() {
        let report = ReportFormatTests.sampleReport()
        #expect(!report.reaches(nil))
        #expect(report.reaches(.breaking) && report.reaches(.warn) && report.reaches(.info))
        let onlyInfo = DiffReport(oldLabel: "a", newLabel: "b",
                                  changes: F.diff(F.spec(), F.spec([F.param("Color")])), failOn: .warn)
        #expect(!onlyInfo.thresholdReached)
        #expect(DiffExit.code(for: onlyInfo) == 0)
        #expect(DiffExit.code(for: ReportFormatTests.sampleReport(failOn: .breaking)) == 1)
        #expect(DiffExit.code(for: DocGenError.usage("x")) == 2)
        #expect(DiffExit.code(for: DocGenError.invalidInput("x")) == 3)
        #expect(DiffExit.code(for: DocGenError.io("x")) == 3)
        #expect(ChangeSeverity(option: "breaking") == .breaking && ChangeSeverity(option: "nope") == nil)
    }

    @Test func ignoredChangesAreShownButDoNotCount() throws {
        let breaking = try #require(ReportFormatTests.sampleReport().activeChanges.first { $0.severity == .breaking })
        let ignore = try IgnoreList(text: """
            # accepted after review
            \(breaking.fingerprint) Size is always sent by our client

            0123456789ab stale entry
            """, file: "ignore.txt")
        let report = ReportFormatTests.sampleReport(ignore: ignore, failOn: .breaking)
        #expect(!report.thresholdReached)
        #expect(report.count(.breaking) == 0 && report.ignoredCount == 1)
        #expect(report.unusedIgnores == ["0123456789ab"])
        let text = try DiffFormat.text.render(report)
        #expect(text.contains("ignored  Size became required"))
        #expect(text.contains("ignored: Size is always sent by our client"))
        #expect(text.contains("(1 ignored)"))
        #expect(!(try DiffFormat.github.render(report)).contains("became required"))
        let json = try DiffFormat.json.render(report)
        #expect(json.contains("\"ignored\": \"Size is always sent by our client\""))
    }

    @Test func badIgnoreFilesNameFileAndLine() {
        #expect(throws: DocGenError.invalidInput("ig.txt:2: 'nothex' is not a change fingerprint (12 hex digits)")) {
            try IgnoreList(text: "# c\nnothex reason\n", file: "ig.txt")
        }
        #expect(throws: DocGenError.invalidInput("ig.txt:1: fingerprint 0123456789ab needs a reason after it")) {
            try IgnoreList(text: "0123456789ab\n", file: "ig.txt")
        }
    }

    @Test func diffRunReadsFilesAndFoldersAndNamesBadInput() throws {
        let root = try TemporaryFolder.make("diff")
        defer { TemporaryFolder.remove(root) }
        let oldFolder = OutputFolder(root: root.appendingPathComponent("old"))
        let newFolder = OutputFolder(root: root.appendingPathComponent("new"))
        try oldFolder.write(SpecJSON.encode(F.spec([F.param("Size")])), to: "acme/widgets/2024-01-01/MakeWidget.json")
        try oldFolder.write(SpecJSON.encode(F.spec([F.param("Size")])), to: "acme/widgets/2024-01-01/history/MakeWidget/001-abc.json")
        try newFolder.write(SpecJSON.encode(F.spec([F.param("Size", required: true)], file: "new.md")), to: "acme/widgets/2024-01-01/MakeWidget.json")
        try newFolder.write(SpecJSON.encode(F.spec(action: "DropWidget")), to: "acme/widgets/2024-01-01/DropWidget.json")

        let folders = try DiffRun.report(old: oldFolder.root.path, new: newFolder.root.path, ignoreFile: nil, failOn: .breaking, pageReader: nil)
        #expect(folders.report.entries.map(\.change.kind) == [.operationAdded, .parameterBecameRequired])
        #expect(folders.report.thresholdReached)

        let files = try DiffRun.report(old: oldFolder.root.path + "/acme/widgets/2024-01-01/MakeWidget.json",
                                       new: newFolder.root.path + "/acme/widgets/2024-01-01/MakeWidget.json",
                                       ignoreFile: nil, failOn: nil, pageReader: nil)
        #expect(files.report.entries.map(\.change.kind) == [.parameterBecameRequired])

        let broken = root.appendingPathComponent("broken.json")
        try Data("{\"vendor\": 1}".utf8).write(to: broken)
        do {
            _ = try DiffRun.report(old: broken.path, new: broken.path, ignoreFile: nil, failOn: nil, pageReader: nil)
            Issue.record("a broken spec must fail")
        } catch let error as DocGenError {
            #expect(DiffExit.code(for: error) == 3)
            #expect(error.description.hasPrefix(broken.path + ": not a docgen spec"))
        }
        #expect(throws: DocGenError.invalidInput("\(root.path)/missing.json: no such file or folder")) {
            try DiffRun.report(old: root.path + "/missing.json", new: broken.path, ignoreFile: nil, failOn: nil, pageReader: nil)
        }
        let page = root.appendingPathComponent("page.md")
        try Data("# Page".utf8).write(to: page)
        do {
            _ = try DiffRun.report(old: page.path, new: page.path, ignoreFile: nil, failOn: nil, pageReader: nil)
            Issue.record("pages need a reader")
        } catch let error as DocGenError {
            #expect(DiffExit.code(for: error) == 2)
            #expect(error.description.contains("ingest"))
        }
        do {
            _ = try DiffRun.report(old: oldFolder.root.path, new: page.path, ignoreFile: nil, failOn: nil, pageReader: nil)
            Issue.record("a folder against a file is a usage error")
        } catch let error as DocGenError {
            #expect(DiffExit.code(for: error) == 2)
        }
    }
}
