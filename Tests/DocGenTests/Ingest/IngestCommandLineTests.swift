import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct IngestCommandLineTests {
    /// Two good pages, one with a reader error, one not UTF-8, one binary, one empty.
    func mixedFolder() throws -> TempFolder {
        let folder = TempFolder()
        try folder.write("pages/en/AddTags.md", fakePage(action: "AddTags", params: ["Tag"]))
        try folder.write("pages/en/RemoveTags.md", fakePage(action: "RemoveTags", extra: "warn: odd row"))
        try folder.write("pages/en/Broken.md", fakePage(action: "Broken", extra: "error: lost a row"))
        try folder.write("pages/zh/Latin1.md", Data(Array(fakePage(action: "Latin1").utf8) + [0xE9, 0x0A]))
        try folder.write("pages/zh/Image.html", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]))
        try folder.write("pages/zh/Empty.txt", Data())
        try folder.write("pages/notes.json", "{}")
        try folder.write("pages/.hidden/Secret.md", fakePage(action: "Secret"))
        try folder.write("pages/README.md", "# About these pages\n")
        return folder
    }

    @Test func goodPagesAreWrittenAndBadOnesReported() throws {
        let folder = try mixedFolder()
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")])
        #expect(run.exitCode == 1)
        #expect(Set(folder.snapshot("specs").keys) == [
            "acme/box/2020-01-01/AddTags.json", "acme/box/2020-01-01/RemoveTags.json",
        ])
        let errors = run.err.filter { $0.contains(": error: ") }
        #expect(errors.contains("en/Broken.md:11: error: lost a row [fake-error]"))
        #expect(errors.contains { $0.hasPrefix("zh/Latin1.md:11: error: invalid UTF-8") })
        #expect(errors.contains { $0.hasPrefix("zh/Image.html:1: error: binary file") })
        #expect(errors.contains("zh/Empty.txt: error: file is empty; skipped [empty-page]"))
        #expect(errors.count == 4)
        #expect(run.err.contains("en/RemoveTags.md:11: warning: odd row [fake-warning]"))
        #expect(run.out.contains("pages: 6 read (0.0 MB), 4 failed"))
        #expect(run.out.contains("specs: 2 new, 0 updated, 0 unchanged; history: 0 entries written, 0 unchanged"))
        #expect(run.out.contains("diagnostics: 4 errors, 1 warnings, 0 notes"))
    }

    @Test func sourcePathIsRelativeToTheFolderArgumentOrTheFileName() throws {
        let folder = TempFolder()
        try folder.write("corpus/alibaba-ecs-en/AddTags.md", fakePage(action: "AddTags"))
        try folder.write("loose/Single.md", fakePage(action: "Single"))
        let (inputs, problems) = PageInputCollector.collect([
            folder.path("corpus"), folder.path("loose/Single.md"), folder.path("corpus/alibaba-ecs-en/AddTags.md"),
        ])
        #expect(problems.isEmpty)
        // The file reached a second time is read once.
        #expect(inputs.map(\.displayPath) == ["alibaba-ecs-en/AddTags.md", "Single.md"])
        let specs = Ingestor(pipeline: .fake).process(inputs).compactMap(\.spec)
        #expect(specs.map(\.source.file) == ["alibaba-ecs-en/AddTags.md", "Single.md"])
    }

    @Test func missingInputIsReportedAndTheRestIngested() throws {
        let folder = TempFolder()
        try folder.write("A.md", fakePage(action: "A"))
        let run = try CapturedRun([folder.path("nope"), folder.path("A.md"), "--out", folder.path("specs"), "--quiet"])
        #expect(run.exitCode == 1)
        #expect(run.err == ["\(folder.path("nope")): error: no such file or folder [input-missing]"])
        #expect(run.out.isEmpty)
        #expect(folder.snapshot("specs").keys.sorted() == ["acme/box/2020-01-01/A.json"])
    }

    @Test func ingestingTwiceIsByteIdenticalAndTouchesNothing() throws {
        let folder = TempFolder()
        for i in 0..<40 {
            let date = i % 3 == 0 ? "2024-01-\(10 + i % 20)" : nil
            try folder.write("pages/p\(i).md", fakePage(action: "Op\(i % 25)", date: date, params: (0..<i % 5).map { "P\($0)" }, extra: "page: \(i)"))
        }
        let first = try CapturedRun([folder.path("pages"), "--out", folder.path("one"), "--quiet"])
        #expect(first.exitCode == 0)
        let other = try CapturedRun([folder.path("pages"), "--out", folder.path("two"), "--quiet"])
        #expect(other.exitCode == 0)
        let one = folder.snapshot("one")
        #expect(one.count == 40)
        #expect(one == folder.snapshot("two"))

        let times = folder.modificationTimes("one")
        let again = try CapturedRun([folder.path("pages"), "--out", folder.path("one")])
        #expect(again.exitCode == 0)
        #expect(folder.modificationTimes("one") == times)
        #expect(folder.snapshot("one") == one)
        #expect(again.out.contains("specs: 0 new, 0 updated, 25 unchanged; history: 0 entries written, 15 unchanged"))
    }

    @Test func concurrencyDoesNotChangeTheResult() throws {
        let folder = TempFolder()
        for i in 0..<30 { try folder.write("p\(i).md", fakePage(action: "Op\(i)", extra: i % 7 == 0 ? "warn: w\(i)" : "")) }
        let (inputs, _) = PageInputCollector.collect([folder.url.path])
        let serial = Ingestor(options: IngestOptions(concurrency: 1), pipeline: .fake).process(inputs)
        let parallel = Ingestor(options: IngestOptions(concurrency: 4), pipeline: .fake).process(inputs)
        #expect(serial.map(\.spec) == parallel.map(\.spec))
        #expect(serial.map(\.diagnostics) == parallel.map(\.diagnostics))
    }

    @Test func historyAcrossRuns() throws {
        let folder = TempFolder()
        try folder.write("v1/MakeBox.md", fakePage(action: "MakeBox", params: ["Size"]))
        try folder.write("v2/MakeBox.md", fakePage(action: "MakeBox", params: ["Size", "Color"]))
        _ = try CapturedRun([folder.path("v1"), "--out", folder.path("specs"), "--quiet"])
        let a = try #require(folder.snapshot("specs")["acme/box/2020-01-01/MakeBox.json"])
        let run = try CapturedRun([folder.path("v2"), "--out", folder.path("specs")])
        #expect(run.out.contains("specs: 0 new, 1 updated, 0 unchanged; history: 1 entries written, 0 unchanged"))
        let files = folder.snapshot("specs")
        let history = try #require(files.first { $0.key.hasPrefix("acme/box/2020-01-01/history/MakeBox/001-") })
        #expect(history.value == a)
        let current = try SpecJSON.decode(OperationSpec.self, from: #require(files["acme/box/2020-01-01/MakeBox.json"]))
        #expect(current.parameters.map(\.name) == ["Size", "Color"])

        let times = folder.modificationTimes("specs")
        _ = try CapturedRun([folder.path("v2"), "--out", folder.path("specs"), "--quiet"])
        #expect(folder.modificationTimes("specs") == times)
        #expect(folder.snapshot("specs") == files)
    }

    @Test func aFailingPageLeavesThePreviousSpecUntouched() throws {
        let folder = TempFolder()
        try folder.write("pages/MakeBox.md", fakePage(action: "MakeBox", params: ["Size"]))
        _ = try CapturedRun([folder.path("pages"), "--out", folder.path("specs"), "--quiet"])
        let before = folder.snapshot("specs")
        let times = folder.modificationTimes("specs")

        // The page comes back broken twice over: not UTF-8, then with a reader error.
        try folder.write("pages/MakeBox.md", Data(Array(fakePage(action: "MakeBox", params: ["Size", "Color"]).utf8) + [0xFF]))
        let bad = try CapturedRun([folder.path("pages"), "--out", folder.path("specs"), "--quiet"])
        #expect(bad.exitCode == 1)
        try folder.write("pages/MakeBox.md", fakePage(action: "MakeBox", params: ["Color"], extra: "error: cannot read a row"))
        let worse = try CapturedRun([folder.path("pages"), "--out", folder.path("specs"), "--quiet"])
        #expect(worse.exitCode == 1)

        #expect(folder.snapshot("specs") == before)
        #expect(folder.modificationTimes("specs") == times)
    }

    @Test func actionFromAPageCannotWriteOutsideTheStore() throws {
        let folder = TempFolder()
        try folder.write("pages/Evil.md", fakePage(action: "../../../etc/passwd", vendor: "../.."))
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("out/specs")])
        #expect(run.exitCode == 0)
        #expect(run.err.contains { $0.contains("[unsafe-name]") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out")) == ["specs"])
        let files = folder.snapshot("out/specs").keys
        #expect(files.count == 1)
        #expect(files.allSatisfy { !$0.split(separator: "/").contains("..") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["out", "pages"])
    }

    @Test func sourcesFileGivesIdentityWherePagesDoNot() throws {
        let folder = TempFolder()
        try folder.write("pages/ecs/MakeBox.md", "|a|b|\n|-|-|\naction: MakeBox\n")
        try folder.write("pages/cbs/MakeDisk.md", "|a|b|\n|-|-|\naction: MakeDisk\n")
        try folder.write("sources.json", """
        {
          "**/*.md": {"vendor": "acme"},
          "ecs/*.md": {"product": "ecs", "apiVersion": "2014-05-26"},
          "cbs/MakeDisk.md": {"product": "cbs", "apiVersion": "2017-03-12"}
        }
        """)
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("specs"), "--sources", folder.path("sources.json"),
                                   "--vendor", "other", "--api-version", "1999-01-01", "--quiet"])
        #expect(run.exitCode == 0)
        #expect(folder.snapshot("specs").keys.sorted() == [
            "acme/cbs/2017-03-12/MakeDisk.json", "acme/ecs/2014-05-26/MakeBox.json",
        ])
    }

    @Test func datesFromTheSourcesFileOrderUndatedRevisions() throws {
        let folder = TempFolder()
        // Input order (a, b) is the opposite of the dates the sources file gives; page c states its own date.
        try folder.write("pages/a/MakeBox.md", fakePage(action: "MakeBox", params: ["New"]))
        try folder.write("pages/b/MakeBox.md", fakePage(action: "MakeBox", params: ["Old"]))
        try folder.write("pages/c/MakeBox.md", fakePage(action: "MakeBox", date: "2019-06-01", params: ["Own"]))
        try folder.write("sources.json", """
        {"a/*.md": {"date": "2021-04-06"}, "b/*.md": {"date": "2020-01-02"}, "**/*.md": {"date": "1999-01-01"}}
        """)
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("specs"), "--sources", folder.path("sources.json"), "--quiet"])
        #expect(run.exitCode == 0)
        let store = SpecStore(root: folder.url.appendingPathComponent("specs"))
        let id = OperationID(vendor: "acme", product: "box", apiVersion: "2020-01-01", action: "MakeBox")
        let revisions = try store.revisions(of: id)
        #expect(revisions.map(\.source.date) == ["2019-06-01", "2020-01-02", "2021-04-06"])
        #expect(revisions.map { $0.parameters.map(\.name) } == [["Own"], ["Old"], ["New"]])

        try folder.write("bad.json", "{\"*.md\": {\"date\": \"06/04/2021\"}}")
        let error = #expect(throws: DocGenError.self) { try CapturedRun(["x", "--sources", folder.path("bad.json")]) }
        #expect(error?.description.contains("date must be yyyy-MM-dd") == true)
    }

    @Test func progressOnLongRunsUnlessQuiet() throws {
        let folder = TempFolder()
        for i in 0..<200 { try folder.write("p/\(i).md", fakePage(action: "Op\(i)")) }
        let loud = try CapturedRun([folder.path("p"), "--out", folder.path("a")])
        #expect(loud.err == ["ingest: 100/200 pages", "ingest: 200/200 pages"])
        let quiet = try CapturedRun([folder.path("p"), "--out", folder.path("b"), "--quiet"])
        #expect(quiet.err.isEmpty && quiet.out.isEmpty)
        #expect(quiet.exitCode == 0)
    }

    @Test func usageErrors() throws {
        #expect(throws: DocGenError.usage("no input: give page files or folders")) { try CapturedRun([]) }
        #expect(throws: DocGenError.usage("unknown option --bogus")) { try CapturedRun(["x", "--bogus"]) }
        #expect(throws: DocGenError.self) { try CapturedRun(["x", "--format", "pdf"]) }
        let folder = TempFolder()
        try folder.write("bad.json", "{\"*.md\": {\"colour\": \"red\"}}")
        let error = #expect(throws: DocGenError.self) { try CapturedRun(["x", "--sources", folder.path("bad.json")]) }
        #expect(error?.exitCode == 2)
        #expect(error?.description.contains("unknown field \"colour\"") == true)
    }

    @Test func helpNamesEveryOptionAndExitCode() {
        for option in IngestCommandLine.valueOptions.union(IngestCommandLine.flagOptions) {
            #expect(IngestCommandLine.help.contains("--\(option)"))
        }
        for code in ["0  ", "1  ", "2  "] { #expect(IngestCommandLine.help.contains(code)) }
    }

    @Test func globs() {
        #expect(Glob.matches("*.md", "AddTags.md"))
        #expect(!Glob.matches("*.md", "en/AddTags.md"))
        #expect(Glob.matches("en/*.md", "en/AddTags.md"))
        #expect(Glob.matches("**/*.md", "a/b/c.md"))
        #expect(Glob.matches("**/*.md", "c.md"))
        #expect(Glob.matches("a/**", "a/b/c.md"))
        #expect(Glob.matches("seeds/00?_*.txt", "seeds/003_0b4e.txt"))
        #expect(!Glob.matches("seeds/00?_*.txt", "seeds/0003_0b4e.txt"))
        #expect(Glob.matches("exact.md", "exact.md"))
        #expect(!Glob.matches("exact.md", "exact.mdx"))
    }
}
