import DocGenCore
import Foundation

/// `docgen-bench generate <specs> [--out DIR]`: time to generate the SDK from every spec into an empty folder, the
/// same again with nothing changed (must write no file), and once more without the change cache (a fresh checkout:
/// every spec read and rendered, every file compared, none written).
enum GenerateBenchmark {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try ParsedArguments(arguments, valueOptions: ["out"], flagOptions: [])
        guard let specsPath = options.positionals.first else {
            print("usage: docgen-bench generate <specs folder> [--out DIR]")
            return 2
        }
        let specs = URL(fileURLWithPath: specsPath).standardizedFileURL
        let out = options.value("out").map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("docgen-bench-generate-\(UUID().uuidString)")
        defer { if options.value("out") == nil { try? FileManager.default.removeItem(at: out) } }
        let run = GenerationRun(specsRoot: specs, outRoot: out, templates: .builtIn(), config: GenerateConfig())

        func timed(_ label: String) throws -> GenerationRun.Result {
            let start = Date()
            let result = try run.run(check: false)
            let seconds = Date().timeIntervalSince(start)
            let o = result.outcome
            print(String(format: "%@: %.3f s; %d specs, %d files: %d created, %d updated, %d removed, %d unchanged%@",
                         label, seconds, result.specCount, result.fileCount, o.created.count, o.updated.count,
                         o.removed.count, o.unchanged, result.upToDate ? " (cache: nothing read or rendered)" : ""))
            return result
        }

        print("specs: \(specs.path)\noutput: \(out.path)")
        _ = try timed("first generation (empty output folder)")
        let unchanged = try timed("unchanged run")
        try? FileManager.default.removeItem(at: out.appendingPathComponent(GenerationCache.fileName))
        let uncached = try timed("unchanged run without cache (fresh checkout)")
        let written = [unchanged, uncached].map { $0.outcome.changed.count }.reduce(0, +)
        print("files written by the unchanged runs: \(written)")
        return written == 0 ? 0 : 1
    }
}
