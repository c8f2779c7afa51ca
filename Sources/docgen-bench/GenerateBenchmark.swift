import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
import Foundation

/// `docgen-bench generate <specs> [--out DIR]`: time to generate the SDK from every spec into an empty folder, the
/// same again with nothing changed (must write no file), and once more without the change cache (a fresh checkout:
/// every spec read and rendered, every file compared, none written).
enum GenerateBenchmark: Benchmark {
    static let name = "generate"
    static let usage = "<specs folder> [--out DIR]  SDK generation: first run, unchanged run, unchanged run without cache"

    struct UnchangedRunWroteFiles: Error, CustomStringConvertible {
        var count: Int
        var description: String { "the unchanged runs wrote \(count) file(s)" }
    }

    static func run(_ arguments: [String]) throws {
        let options = try ParsedArguments(arguments, valueOptions: ["out"], flagOptions: [])
        guard let specsPath = options.positionals.first else {
            throw DocGenError.usage("usage: docgen-bench generate \(usage)")
        }
        let specs = URL(fileURLWithPath: specsPath).standardizedFileURL
        let out = options.value("out").map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("docgen-bench-generate-\(UUID().uuidString)")
        defer { if options.value("out") == nil { try? FileManager.default.removeItem(at: out) } }
        let run = GenerationRun(specsRoot: specs, outRoot: out, templates: .builtIn(), config: GenerateConfig())

        func timed(_ label: String) throws -> GenerationRun.Result {
            let (timing, result) = try Measure.time { try run.run(check: false) }
            let o = result.outcome
            print("\(label): \(Measure.format(timing.wall)) s wall, \(Measure.format(timing.cpu)) s CPU; "
                  + "\(result.specCount) specs, \(result.fileCount) files: \(o.created.count) created, "
                  + "\(o.updated.count) updated, \(o.removed.count) removed, \(o.unchanged) unchanged"
                  + (result.upToDate ? " (cache: nothing read or rendered)" : ""))
            return result
        }

        print("specs: \(specs.path)\noutput: \(out.path)")
        _ = try timed("first generation (empty output folder)")
        let unchanged = try timed("unchanged run")
        try? FileManager.default.removeItem(at: out.appendingPathComponent(GenerationCache.fileName))
        let uncached = try timed("unchanged run without cache (fresh checkout)")
        let written = unchanged.outcome.changed.count + uncached.outcome.changed.count
        print("files written by the unchanged runs: \(written)")
        if written > 0 { throw UnchangedRunWroteFiles(count: written) }
    }
}
