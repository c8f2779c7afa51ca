import DocGenCore
import Foundation

/// Ingests a corpus folder: once in memory (load, detect, read, build, encode), then again writing a fresh spec store in
/// a temporary folder. Prints pages, pages/s, MB/s, wall time and the process's peak memory.
enum IngestBenchmark: Benchmark {
    static let name = "ingest"
    static let usage = "<corpus folder>... [--runs N]  ingest pages in memory and into a temp spec store"

    static func run(_ arguments: [String]) throws {
        let parsed = try ParsedArguments(arguments, valueOptions: ["runs"], flagOptions: [])
        guard !parsed.positionals.isEmpty else { throw DocGenError.usage("give a corpus folder") }
        let runs = max(1, Int(parsed.value("runs") ?? "3") ?? 3)
        let ingestor = Ingestor()

        let (inputs, problems) = PageInputCollector.collect(parsed.positionals)
        guard problems.isEmpty else { throw DocGenError.invalidInput(problems.map(\.description).joined(separator: "\n")) }
        print("ingest benchmark: \(inputs.count) pages, \(ProcessInfo.processInfo.activeProcessorCount) cores, \(runs) runs each")

        var inMemory: [Double] = []
        var megabytes = 0.0
        var failed = 0
        for _ in 0..<runs {
            let (seconds, outcomes) = Measure.time { () -> [PageOutcome] in
                let outcomes = ingestor.process(inputs)
                // Encoding is part of producing a spec; the in-memory figure includes it.
                for spec in outcomes.compactMap(\.spec) { _ = try? SpecJSON.encode(spec) }
                return outcomes
            }
            inMemory.append(seconds)
            megabytes = Double(outcomes.reduce(0) { $0 + $1.byteCount }) / 1_000_000
            failed = outcomes.filter(\.failed).count
        }
        report("in memory", inMemory, pages: inputs.count, megabytes: megabytes)
        if failed > 0 { print("  (\(failed) pages failed)") }

        var withWriting: [Double] = []
        var files = 0
        for _ in 0..<runs {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let store = SpecStore(root: folder)
            let (seconds, update) = Measure.time { store.add(ingestor.process(inputs).compactMap(\.spec)) }
            withWriting.append(seconds)
            files = update.currentFiles.count + update.historyFiles.count
        }
        report("writing to a temp store", withWriting, pages: inputs.count, megabytes: megabytes)
        print("  (\(files) spec files written per run)")
        print("peak memory (ru_maxrss): \(Measure.format(Measure.peakMemoryMB(), 1)) MiB")
    }

    private static func report(_ label: String, _ seconds: [Double], pages: Int, megabytes: Double) {
        let best = seconds.min() ?? 0
        let median = seconds.sorted()[seconds.count / 2]
        print("\(label): best \(Measure.format(best)) s, median \(Measure.format(median)) s; "
            + "\(Measure.format(Double(pages) / best, 0)) pages/s, \(Measure.format(megabytes / best, 1)) MB/s "
            + "(\(Measure.format(megabytes, 2)) MB)")
    }
}
