import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
import Foundation

/// `docgen-bench diff [--shared ../shared] [--repeat 5]`
///
/// 1. Every consecutive pair of revisions in corpus-history (8 pages, 2 to 43 revisions): `SpecDiff.compare` time.
/// 2. All ECS Chinese pages against all ECS English pages as two spec folders: `DiffRun.report` time (load both
///    folders from disk, match operations, diff, check vendor claims) and the in-memory `SpecDiff.compare` part.
/// Pages are read into specs first (not timed here; that is the ingest benchmark). Best of N runs is reported.
enum DiffBenchmark {
    static let name = "diff"
    static let usage = "[--shared ../shared] [--repeat 5]: consecutive corpus-history revisions; ECS zh vs en spec folders"

    static func run(_ arguments: [String]) throws {
        let parsed = try ParsedArguments(arguments, valueOptions: ["shared", "repeat"], flagOptions: [])
        let shared = URL(fileURLWithPath: parsed.value("shared") ?? ProcessInfo.processInfo.environment["DOCGEN_SHARED"] ?? "../shared")
        let repeats = max(1, Int(parsed.value("repeat") ?? "5") ?? 5)
        guard FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus-history").path) else {
            throw DocGenError.usage("\(shared.path)/corpus-history not found: give --shared")
        }
        try historyPairs(shared: shared, repeats: repeats)
        try productFolders(shared: shared, repeats: repeats)
    }

    static func historyPairs(shared: URL, repeats: Int) throws {
        let root = shared.appendingPathComponent("corpus-history")
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && isFolder(root.appendingPathComponent($0)) }.sorted()
        var revisions: [(folder: String, specs: [OperationSpec])] = []
        for folder in folders {
            let action = String(folder.split(separator: ".")[0])
            let pages = try markdownFiles(in: root.appendingPathComponent(folder))
            revisions.append((folder, try pages.map { try BenchPages.read($0, action: action) }))
        }
        warnIfEmpty(revisions.flatMap(\.specs))
        var pairs = 0, changes = 0
        let best = try bestOf(repeats) {
            pairs = 0
            changes = 0
            for (_, specs) in revisions {
                for index in specs.indices.dropFirst() {
                    changes += SpecDiff.compare(old: specs[index - 1], new: specs[index]).count
                    pairs += 1
                }
            }
        }
        print(String(format: "diff corpus-history: %d consecutive pairs in %d pages, %d changes, %.4f s (best of %d; target < 0.3 s)",
                     pairs, folders.count, changes, best, repeats))
        for (folder, specs) in revisions {
            let seconds = try bestOf(repeats) {
                for index in specs.indices.dropFirst() { _ = SpecDiff.compare(old: specs[index - 1], new: specs[index]) }
            }
            print(String(format: "  %@: %d revisions, %.4f s", folder, specs.count, seconds))
        }
    }

    static func productFolders(shared: URL, repeats: Int) throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-bench-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temp) }
        var sides: [[OperationSpec]] = []
        for (language, name) in [("zh", "alibaba-ecs-zh"), ("en", "alibaba-ecs-en")] {
            let pages = try markdownFiles(in: shared.appendingPathComponent("corpus").appendingPathComponent(name))
            let specs = try pages.map { try BenchPages.read($0, action: String($0.deletingPathExtension().lastPathComponent.split(separator: "~")[0])) }
            let folder = OutputFolder(root: temp.appendingPathComponent(language))
            for spec in specs {
                let id = spec.operationID
                try folder.write(SpecJSON.encode(spec), to: "\(id.vendor)/\(id.product)/\(id.apiVersion)/\(id.action).json")
            }
            sides.append(specs)
        }
        warnIfEmpty(sides.flatMap { $0 })
        var count = 0
        let endToEnd = try bestOf(repeats) {
            let result = try DiffRun.report(old: temp.appendingPathComponent("zh").path, new: temp.appendingPathComponent("en").path,
                                            ignoreFile: nil, failOn: nil, pageReader: nil)
            count = result.report.entries.count
        }
        let inMemory = try bestOf(repeats) { _ = SpecDiff.compare(old: sides[0], new: sides[1]) }
        print(String(format: "diff ECS zh folder (%d pages) vs en folder (%d pages): %d changes, %.4f s end to end (load + diff + claims), %.4f s diff in memory (best of %d; target < 0.3 s)",
                     sides[0].count, sides[1].count, count, endToEnd, inMemory, repeats))
    }

    static func bestOf(_ repeats: Int, _ body: () throws -> Void) throws -> Double {
        var best = Double.infinity
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    static func markdownFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") && $0 != "README.md" }
            .sorted().map { folder.appendingPathComponent($0) }
    }

    static func isFolder(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    static func warnIfEmpty(_ specs: [OperationSpec]) {
        if specs.allSatisfy({ $0.parameters.isEmpty }) {
            print("note: readers not available in this build (specs have no parameters): figures are not meaningful")
        }
    }
}

/// Reads one Markdown page into a spec with the ingest pipeline (identity from the file name, as a sources file would).
enum BenchPages {
    static func read(_ url: URL, action: String) throws -> OperationSpec {
        let hints = IdentityHints(vendor: "alibaba", product: "ecs", apiVersion: "2014-05-26", action: action)
        let outcome = Ingestor(options: IngestOptions(format: .markdown, hints: hints, concurrency: 1))
            .process(PageInput(url: url, displayPath: url.lastPathComponent))
        guard let spec = outcome.spec else { throw DocGenError.invalidInput("\(url.path): page not read") }
        return spec
    }
}
