import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Untrusted pages and interrupted runs, store side: each test builds its own small adversarial input and asserts
/// the outcome docs/ingest.md and docs/generate.md promise (nothing lost, nothing silent, nothing outside the folder).
@Suite struct StoreRobustnessTests {
    func store(_ folder: TempFolder) -> SpecStore { SpecStore(root: folder.url.appendingPathComponent("specs")) }

    // MARK: 1. An unknown API version never outranks a dated one

    @Test func unknownAPIVersionDoesNotHideTheDatedProduct() throws {
        var dated = RenderFixtures.alibabaCreateWidget
        dated.apiVersion = "2014-05-26"
        var unknown = RenderFixtures.alibabaCreateWidget
        unknown.apiVersion = "unknown"
        unknown.action = "DeleteWidget"
        var generator = SDKGenerator(templates: .builtIn(), access: .public)
        let files = try generator.generate([dated, unknown].map(RenderFixtures.loaded))
        let module = ModuleNaming.moduleName(vendor: dated.vendor, product: dated.product)
        #expect(files.contains { $0.path == "Sources/\(module)/CreateWidget.swift" })
        #expect(!files.contains { $0.path.hasSuffix("/DeleteWidget.swift") })
        #expect(generator.notes.contains { $0.contains("not a date") && $0.contains("--api-version") && $0.contains("unknown/DeleteWidget.json") })
    }

    // MARK: 2. A change ingested but never reported is reported (and gates) on the next update

    @Test func updateKilledAfterIngestStillReportsTheBreakingChange() throws {
        let folder = TempFolder()
        try folder.write("pages/PaintFence.md", UpdateCommandLineTests.page(extraRow: ""))
        let base = [folder.path("pages"), "--specs", folder.path("specs"), "--out", folder.path("Generated"),
                    "--errors-out", folder.path("Generated/ErrorTables"), "--fail-on", "breaking"]
        #expect(try UpdateCommandLineTests().run(base).code == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path("specs/" + SpecStore.pendingReportFile)))

        // The interrupted update: its record is filed, its ingest runs, then it is killed before the report.
        try folder.write("pages/PaintFence.md", UpdateCommandLineTests.page(extraRow: "|Brush|String|Yes|wide|The brush to use.|"))
        let specs = store(folder)
        let before = try specs.currentSpecs()
        try specs.recordPendingReport(SpecStore.PendingReport(before: Dictionary(uniqueKeysWithValues: before.map { ($0.operationID, $0.source.sha256) })))
        _ = try CapturedRun([folder.path("pages"), "--out", folder.path("specs"), "--quiet"], pipeline: .standard)

        let rerun = try UpdateCommandLineTests().run(base)
        #expect(rerun.code == 1, "the breaking change still reaches --fail-on")
        #expect(rerun.out.contains("request-parameter-added-required"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("specs/" + SpecStore.pendingReportFile)))
        let again = try UpdateCommandLineTests().run(base)
        #expect(again.code == 0 && again.out.contains("No changes"))
    }

    // MARK: 3. One writer at a time

    @Test func aSecondWriterWaitsThenFailsWithAMessage() throws {
        let folder = TempFolder()
        let specs = folder.url.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        // Another process's lock: a separate open file description conflicts just like another process would.
        let fd = open(specs.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(fd, LOCK_EX) == 0)
        defer { close(fd) }
        let waits = LineSink()
        #expect(throws: DocGenError.self) { _ = try WriteLock.acquire(specs, timeout: 0.2, onWait: { waits.add($0) }) }
        #expect(waits.text.contains("being written by another docgen process"))
        flock(fd, LOCK_UN)
        let lock = try WriteLock.acquire(specs, timeout: 0.2)
        let inner = try WriteLock.acquire(specs, timeout: 0.2)  // re-entrant within one process (update → ingest)
        inner.release()
        lock.release()
    }

    @Test func ingestHoldsTheStoreLock() throws {
        let folder = TempFolder()
        try folder.write("pages/A.md", fakePage(action: "A"))
        let specs = folder.url.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        let fd = open(specs.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(fd, LOCK_EX) == 0)
        defer { close(fd) }
        // Default timeout is long; this run proves ingest asks for the lock by failing on a short one.
        #expect(throws: DocGenError.self) {
            _ = try WriteLockTimeout.with(0.2) { try CapturedRun([folder.path("pages"), "--out", specs.path]) }
        }
        #expect(folder.snapshot("specs").isEmpty)
    }

    // MARK: 4. Interrupted revision writes are repaired; temporary files cleaned

    @Test func aRevisionFiledTwiceByAKilledRunIsStoredOnce() throws {
        let folder = TempFolder()
        try folder.write("pages/A.md", fakePage(action: "A", params: ["One"]))
        _ = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")])
        let current = "specs/acme/box/2020-01-01/A.json"
        let first = try Data(contentsOf: URL(fileURLWithPath: folder.path(current)))
        let sha = try SpecJSON.decode(OperationSpec.self, from: first).source.sha256
        // Killed after filing the current spec in history, before replacing the current spec:
        try folder.write("specs/acme/box/2020-01-01/history/A/001-\(sha.prefix(12)).json", first)
        try folder.write("specs/acme/box/2020-01-01/.A.json.999-1.tmp", "{half")
        #expect(try store(folder).revisions(of: OperationID(vendor: "acme", product: "box", apiVersion: "2020-01-01", action: "A")).count == 1)

        try folder.write("pages/A.md", fakePage(action: "A", params: ["One", "Two"]))
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")])
        #expect(run.exitCode == 0)
        let files = folder.snapshot("specs").keys.sorted()
        #expect(files == ["acme/box/2020-01-01/A.json", "acme/box/2020-01-01/history/A/001-\(sha.prefix(12)).json"])
        #expect(!FileManager.default.fileExists(atPath: folder.path("specs/acme/box/2020-01-01/.A.json.999-1.tmp")))
    }

    // MARK: 7. Writes never follow a symbolic link out of the output folder

    @Test func aSymlinkInsideTheStoreIsNotFollowed() throws {
        let folder = TempFolder()
        try folder.write("pages/A.md", fakePage(action: "A"))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("specs"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("specs/acme"), withDestinationPath: folder.path("outside"))
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")])
        #expect(run.exitCode == 1)
        #expect(run.err.contains { $0.contains("symbolic link") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("outside")).isEmpty)
    }

    @Test func aSymlinkInsideGeneratedIsNotFollowed() throws {
        let root = try TemporaryFolder.make("robust")
        defer { TemporaryFolder.remove(root) }
        let specs = root.appendingPathComponent("specs"), out = root.appendingPathComponent("Generated")
        let outside = root.appendingPathComponent("outside")
        try RenderFixtures.writeSpecs([RenderFixtures.alibabaCreateWidget], to: specs)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out.appendingPathComponent("Sources"), withIntermediateDirectories: true)
        let module = ModuleNaming.moduleName(vendor: RenderFixtures.alibabaCreateWidget.vendor, product: RenderFixtures.alibabaCreateWidget.product)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("Sources/\(module)"), withDestinationURL: outside)
        #expect(throws: DocGenError.self) {
            _ = try GenerationRun(specsRoot: specs, outRoot: out, templates: .builtIn(), config: GenerateConfig()).run(check: false)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    // MARK: 8. Names that meet after sanitising (or differ only in case) are an error naming both pages

    @Test func actionsThatShareAFileNameAreRefused() throws {
        let folder = TempFolder()
        try folder.write("pages/Slash.md", fakePage(action: "a/b"))
        try folder.write("pages/Under.md", fakePage(action: "a_b"))
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")])
        #expect(run.exitCode == 1)
        #expect(run.err.contains { $0.contains("name-collision") && $0.contains("Slash.md") && $0.contains("Under.md") })
        #expect(folder.snapshot("specs").isEmpty)
    }

    /// Case-only twins are two files on Linux (and the corpus has three such vendor pages): stored, with a warning
    /// naming both, since a case-insensitive disk would merge them.
    @Test func actionsThatDifferOnlyInCaseAreNamedInAWarning() throws {
        let folder = TempFolder()
        try folder.write("pages/one/Upper.md", fakePage(action: "GetThing"))
        _ = try CapturedRun([folder.path("pages/one"), "--out", folder.path("specs")])
        try folder.write("pages/two/Lower.md", fakePage(action: "getthing"))
        let run = try CapturedRun([folder.path("pages/two"), "--out", folder.path("specs")])
        #expect(run.exitCode == 0)
        #expect(run.err.contains { $0.contains("warning") && $0.contains("case-collision") && $0.contains("GetThing.json") && $0.hasPrefix("Lower.md") })
        #expect(folder.snapshot("specs").keys.sorted() == ["acme/box/2020-01-01/GetThing.json", "acme/box/2020-01-01/getthing.json"])
    }

    @Test func actionsThatShareASwiftNameAreRefusedByGenerate() throws {
        var slash = RenderFixtures.alibabaCreateWidget
        slash.action = "Create/Widget"
        var generator = SDKGenerator(templates: .builtIn(), access: .public)
        let loaded = [RenderFixtures.alibabaCreateWidget, slash].map(RenderFixtures.loaded)
        #expect { _ = try generator.generate(loaded) } throws: {
            "\($0)".contains("CreateWidget.json") && "\($0)".contains("same") == false && "\($0)".contains("Swift name")
        }
    }

    @Test func productsThatShareAModuleNameAreRefused() throws {
        var dash = RenderFixtures.alibabaCreateWidget
        dash.product = "e-cs"
        var under = RenderFixtures.alibabaCreateWidget
        under.product = "e_cs"
        var generator = SDKGenerator(templates: .builtIn(), access: .public)
        #expect {
            _ = try generator.generate([dash, under].map(RenderFixtures.loaded))
        } throws: { error in
            "\(error)".contains("alibaba/e-cs/") && "\(error)".contains("alibaba/e_cs/") && "\(error)".contains("module name")
        }
    }

    // MARK: 9. The manifest never lists a file that was not written

    @Test func aFailedWriteLeavesNoLyingManifest() throws {
        let root = try TemporaryFolder.make("robust")
        defer { TemporaryFolder.remove(root) }
        let specs = root.appendingPathComponent("specs"), out = root.appendingPathComponent("Generated")
        try RenderFixtures.writeSpecs([RenderFixtures.alibabaCreateWidget], to: specs)
        let files = try RenderFixtures.generate([RenderFixtures.alibabaCreateWidget])
        let blocked = try #require(files.map(\.path).filter { $0.hasPrefix("Sources/") }.last)
        // A folder where a file must go: that write fails.
        try FileManager.default.createDirectory(at: out.appendingPathComponent(blocked + "/x"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) {
            _ = try GenerationRun(specsRoot: specs, outRoot: out, templates: .builtIn(), config: GenerateConfig()).run(check: false)
        }
        let manifest = FileManager.default.contents(atPath: out.appendingPathComponent(SDKGenerator.manifestPath).path)
        #expect(manifest == nil || !String(decoding: manifest!, as: UTF8.self).contains(blocked))
    }

    // MARK: 10. A tampered store is an error, not a silent skip

    @Test func aSpecOfAnotherSchemaVersionIsRefused() throws {
        let folder = TempFolder()
        try folder.write("pages/A.md", fakePage(action: "A"))
        _ = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")])
        let path = folder.path("specs/acme/box/2020-01-01/A.json")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 99")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try store(folder).currentSpecs() } throws: { "\($0)".contains("schemaVersion 99") }
        #expect { _ = try SpecJSON.readSpec(at: URL(fileURLWithPath: path)) } throws: { "\($0)".contains("schemaVersion 99") }
    }

    @Test func aFolderInPlaceOfASpecFailsTheErrorTables() throws {
        let folder = TempFolder()
        try folder.write("pages/A.md", fakePage(action: "A"))
        _ = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")])
        try FileManager.default.createDirectory(atPath: folder.path("specs/acme/box/2020-01-01/B.json"), withIntermediateDirectories: true)
        #expect { _ = try ErrorTableSpecLoader.load(from: folder.url.appendingPathComponent("specs")) } throws: {
            "\($0)".contains("B.json") && "\($0)".contains("a folder")
        }
    }

    @Test func aFileInPlaceOfAHistoryFolderIsAnError() throws {
        let folder = TempFolder()
        try folder.write("pages/A.md", fakePage(action: "A"))
        _ = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")])
        try folder.write("specs/acme/box/2020-01-01/history/A", "not a folder")
        #expect { try store(folder).revisions(of: OperationID(vendor: "acme", product: "box", apiVersion: "2020-01-01", action: "A")) } throws: {
            "\($0)".contains("history/A") && "\($0)".contains("should be a history folder")
        }
        try folder.write("pages/A.md", fakePage(action: "A", params: ["New"]))
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")])
        #expect(run.exitCode == 1)
    }

    // MARK: 15. CSV cells that a spreadsheet would run as formulas

    @Test func csvCellsStartingWithFormulaCharactersAreNeutralised() {
        #expect(ErrorTableCSV.neutralised("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        for start in ["+", "-", "@", "\t", "\r"] { #expect(ErrorTableCSV.neutralised(start + "1") == "'" + start + "1") }
        #expect(ErrorTableCSV.neutralised("InvalidParameter") == "InvalidParameter")
        #expect(ErrorTableCSV.neutralised("") == "")
    }

    // MARK: 16. Page text never drives the terminal

    @Test func controlCharactersAreEscapedButDiffColoursKept() {
        #expect(TerminalText.safe("page\u{1B}]0;pwned\u{07}.md: error") == "page\\u{1B}]0;pwned\\u{7}.md: error")
        #expect(TerminalText.safe("\u{1B}[31mred\u{1B}[0m \u{1B}]8;;x\u{1B}\\", keepingColour: true)
                == "\u{1B}[31mred\u{1B}[0m \\u{1B}]8;;x\\u{1B}\\")
        #expect(TerminalText.safe("plain line\twith tab") == "plain line\twith tab")
    }

    // MARK: 17. `history` stays inside --specs

    @Test func historyRefusesAnOperationThatLeavesTheStore() throws {
        let folder = TempFolder()
        try folder.write("outside/x/y/X.json", "{}")
        for operation in ["../outside/./X", "a/../../b/X", "../x/y/X", ".."] {
            #expect(throws: DocGenError.self) {
                _ = try HistoryRun.run(operation: operation, specs: folder.path("specs"), out: nil, pages: [], pageReader: nil)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("outside/x/y/X.CHANGELOG.md")))
    }
}

/// Runs `body` with `DOCGEN_LOCK_TIMEOUT` set (only tests that hold a lock themselves depend on it).
enum WriteLockTimeout {
    static func with<T>(_ seconds: Double, _ body: () throws -> T) rethrows -> T {
        setenv("DOCGEN_LOCK_TIMEOUT", String(seconds), 1)
        defer { unsetenv("DOCGEN_LOCK_TIMEOUT") }
        return try body()
    }
}
