import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// End-to-end runs over ../shared with the real readers and builder. Skipped without ../shared.
@Suite struct IngestSharedDataTests {
    static let seedNames = [
        "000_586fe4a3e4020892.txt", "001_475ded7e76a8f7c4.txt", "002_37d75a7e0976733f.txt",
        "003_0b4e5461a3159334.txt", "004_12470fbeab10b3a8.txt",
    ]

    static var seedPaths: [String] { seedNames.compactMap { SharedData.url("seeds/\($0)")?.path } }

    @Test(.enabled(if: SharedData.isAvailable, "needs ../shared (seeds)"))
    func seedsLoadAndDetectTheirFormats() throws {
        let paths = Self.seedPaths
        #expect(paths.count == 5)
        let outcomes = Ingestor().process(paths.map { PageInput(url: URL(fileURLWithPath: $0), displayPath: URL(fileURLWithPath: $0).lastPathComponent) })
        #expect(outcomes.map(\.format) == [.markdown, .textRunTogether, .markdown, .textSpaced, .textRunTogether])
        for outcome in outcomes {
            #expect(!outcome.diagnostics.contains { ["invalid-utf8", "binary-file", "empty-page", "unreadable"].contains($0.code) })
        }
    }

    /// Identity per seed as the seeds' README lists it, given through `--sources` so that this test checks the
    /// store (revisions, history) and not how well a page states its own identity (the readers' tests do that).
    static let seedSources = """
    {
      "000_*.txt": {"vendor": "alibaba", "product": "ecs", "apiVersion": "2014-05-26", "action": "CreateSnapshotGroup"},
      "001_*.txt": {"vendor": "alibaba", "product": "ecs", "apiVersion": "2014-05-26", "action": "CreateSnapshotGroup"},
      "002_*.txt": {"vendor": "alibaba", "product": "ecs", "apiVersion": "2014-05-26", "action": "CreateSnapshot"},
      "003_*.txt": {"vendor": "tencent", "product": "cbs", "apiVersion": "2017-03-12", "action": "CreateSnapshotGroup"},
      "004_*.txt": {"vendor": "alibaba", "product": "ens", "apiVersion": "2017-11-10", "action": "CreateSnapshot"}
    }
    """

    @Test(.enabled(if: SharedData.isAvailable, "needs ../shared (seeds)"))
    func seedsIngestIntoFourOperations() throws {
        let folder = TempFolder()
        try folder.write("sources.json", Self.seedSources)
        let out = folder.path("specs")
        let run = try CapturedRun(Self.seedPaths + ["--out", out, "--sources", folder.path("sources.json")], pipeline: .standard)
        #expect(run.exitCode == 0)
        #expect(!run.err.contains { $0.contains(": error: ") })
        #expect(run.out.contains("pages: 5 read (0.1 MB), 0 failed"))
        let store = SpecStore(root: URL(fileURLWithPath: out))
        let files = store.allSpecFiles()
        #expect(files.count == 5)
        #expect(files.filter { $0.contains("/history/") }.count == 1)
        #expect(try store.currentSpecs().count == 4)
        // 000 (zh, no date) and 001 (en, dated) are two revisions of one operation: the undated page is the older.
        let group = OperationID(vendor: "alibaba", product: "ecs", apiVersion: "2014-05-26", action: "CreateSnapshotGroup")
        #expect(try store.revisions(of: group).map(\.source.file) == [Self.seedNames[0], Self.seedNames[1]])

        // A second run changes nothing.
        let times = folder.modificationTimes("specs")
        let again = try CapturedRun(Self.seedPaths + ["--out", out, "--sources", folder.path("sources.json"), "--quiet"], pipeline: .standard)
        #expect(again.exitCode == 0)
        #expect(folder.modificationTimes("specs") == times)
    }

    @Test(.enabled(if: SharedData.isAvailable, "needs ../shared (corpus, corpus-html)"))
    func corpusFormatsAreDetected() throws {
        for (folder, format) in [("corpus", PageFormat.markdown), ("corpus-html", .html)] {
            let root = try #require(SharedData.url(folder))
            let (inputs, problems) = PageInputCollector.collect([root.path])
            #expect(problems.isEmpty)
            #expect(inputs.count > 100)
            for input in inputs {
                let page = try #require(PageLoader().load(input).page, "\(input.displayPath) did not load")
                let detected = FormatDetector.detect(page.text, fileName: input.displayPath)
                #expect(detected == .init(format: format, isCertain: true), "\(input.displayPath)")
            }
        }
    }
}
