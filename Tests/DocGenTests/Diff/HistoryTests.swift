import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct HistoryTests {
    typealias F = DiffFixtures

    /// A specs folder with two archived revisions (numbered so that text order and number order differ) and a current spec.
    func makeSpecs() throws -> URL {
        let root = try TemporaryFolder.make("history")
        let specs = OutputFolder(root: root)
        let base = "acme/widgets/2024-01-01"
        try specs.write(SpecJSON.encode(F.spec([F.param("Size")], file: "r1.md", date: "2023-01-01")),
                        to: "\(base)/history/MakeWidget/9-aaaaaaaaaaaa.json")
        try specs.write(SpecJSON.encode(F.spec([F.param("Size"), F.param("Color")], file: "r2.md", date: "2023-06-01")),
                        to: "\(base)/history/MakeWidget/10-bbbbbbbbbbbb.json")
        let history = [PageChange(date: "2024-02-01", summary: "x", details: ["delete Error Codes: 404"], line: 70)]
        try specs.write(SpecJSON.encode(F.spec([F.param("Size", required: true), F.param("Color")],
                                               errors: [F.error(404, "Widget.NotFound", "No.", line: 33)],
                                               file: "r3.md", history: history, date: "2024-02-01")),
                        to: "\(base)/MakeWidget.json")
        try specs.write(SpecJSON.encode(F.spec(action: "MakeWidget")), to: "other/thing/1/Unrelated.json")
        return root
    }

    @Test func timelineRunsOldestFirstByNumberThenCurrent() throws {
        let root = try makeSpecs()
        defer { TemporaryFolder.remove(root) }
        let location = try #require(try SpecHistory.locate("MakeWidget", in: root))
        let revisions = try SpecHistory.revisions(at: location)
        #expect(revisions.map(\.spec.source.file) == ["r1.md", "r2.md", "r3.md"])
        let timeline = Timeline(revisions: revisions)
        #expect(timeline.steps.map { $0.changes.map(\.kind) } == [[], [.parameterAddedOptional], [.parameterBecameRequired, .errorCodeAdded]])
        #expect(timeline.steps[2].claims.map(\.verdict) == [.unconfirmed])
    }

    @Test func historyWritesTheChangelogBesideTheSpec() throws {
        let root = try makeSpecs()
        defer { TemporaryFolder.remove(root) }
        let result = try HistoryRun.run(operation: "acme/widgets/2024-01-01/MakeWidget", specs: root.path, out: nil, pages: [], pageReader: nil)
        #expect(result.changelog.path == root.appendingPathComponent("acme/widgets/2024-01-01/MakeWidget.CHANGELOG.md").standardizedFileURL.path)
        #expect(result.written == .created)
        let text = try String(contentsOf: result.changelog, encoding: .utf8)
        #expect(text.hasPrefix("# MakeWidget: change history\n\n`acme/widgets/2024-01-01/MakeWidget`, built by `docgen history` from 3 revision(s), newest first.\n"))
        let third = try #require(text.range(of: "## 3. 2024-02-01 · `r3.md`"))
        let first = try #require(text.range(of: "## 1. 2023-01-01 · `r1.md`"))
        #expect(third.lowerBound < first.lowerBound)
        #expect(text.contains("Compared with 2 (`r2.md`): 1 breaking, 1 warn, 0 info."))
        #expect(text.contains("| BREAKING | Size became required | `request-parameter-became-required` | `r2.md:10` | `r3.md:10` |"))
        #expect(text.contains("- 2024-02-01 (line 70) error codes with HTTP 404 deleted: **unconfirmed**, the page still lists 1 error row(s) with HTTP 404 (line 33)"))
        // Same input, same bytes: a second run writes nothing.
        let again = try HistoryRun.run(operation: "MakeWidget", specs: root.path, out: nil, pages: [], pageReader: nil)
        #expect(again.written == .unchanged)
    }

    @Test func specFilesGivenAfterTheOperationExtendTheTimeline() throws {
        let root = try makeSpecs()
        defer { TemporaryFolder.remove(root) }
        let extra = root.appendingPathComponent("r4.json")
        try SpecJSON.encode(F.spec([F.param("Color")], file: "r4.md")).write(to: extra)
        let out = root.appendingPathComponent("out")
        let result = try HistoryRun.run(operation: "MakeWidget", specs: root.path, out: out.path, pages: [extra.path], pageReader: nil)
        #expect(result.timeline.steps.count == 4)
        #expect(result.timeline.steps[3].changes.map(\.kind) == [.parameterRemoved, .errorCodeRemoved])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("MakeWidget.CHANGELOG.md").path))
    }

    @Test func unknownAmbiguousAndMismatchedOperationsAreClearErrors() throws {
        let root = try makeSpecs()
        defer { TemporaryFolder.remove(root) }
        try OutputFolder(root: root).write(SpecJSON.encode(F.spec(action: "MakeWidget")), to: "acme/gadgets/1/MakeWidget.json")
        #expect(throws: DocGenError.self) { try SpecHistory.locate("MakeWidget", in: root) }
        #expect(try SpecHistory.locate("NoSuchThing", in: root) == nil)
        #expect(throws: DocGenError.invalidInput("no revisions of 'NoSuchThing' in \(root.path) and no pages given")) {
            try HistoryRun.run(operation: "NoSuchThing", specs: root.path, out: nil, pages: [], pageReader: nil)
        }
        let stray = root.appendingPathComponent("stray.json")
        try SpecJSON.encode(F.spec(action: "DropWidget")).write(to: stray)
        #expect(throws: DocGenError.self) {
            try HistoryRun.run(operation: "acme/widgets/2024-01-01/MakeWidget", specs: root.path, out: nil, pages: [stray.path], pageReader: nil)
        }
    }

    @Test func aRevisionIdenticalToThePreviousIsSkipped() {
        let a = F.spec([F.param("Size")], file: "a.md")
        let b = F.spec([F.param("Size", required: true)], file: "b.md")
        let timeline = Timeline(revisions: [Revision(spec: a, origin: "1"), Revision(spec: a, origin: "2"), Revision(spec: b, origin: "3")])
        #expect(timeline.duplicatesSkipped == 1)
        #expect(timeline.steps.map(\.revision.origin) == ["1", "3"])
        #expect(timeline.allChanges.map(\.kind) == [.parameterBecameRequired])
        #expect(ChangelogRenderer.markdown(timeline).contains("1 identical revision(s) skipped."))
    }
}
