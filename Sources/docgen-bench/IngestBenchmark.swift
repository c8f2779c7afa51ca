import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
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
        // Other processes on the machine change wall time; say how busy it was.
        if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
            print("load average before: \(load.split(separator: " ").prefix(3).joined(separator: " "))")
        }

        var inMemory: [Measure.Timing] = []
        var megabytes = 0.0
        var failed = 0
        for _ in 0..<runs {
            let (timing, outcomes) = Measure.time { () -> [PageOutcome] in
                let outcomes = ingestor.process(inputs)
                // Encoding is part of producing a spec; the in-memory figure includes it.
                for spec in outcomes.compactMap(\.spec) { _ = try? SpecJSON.encode(spec) }
                return outcomes
            }
            inMemory.append(timing)
            megabytes = Double(outcomes.reduce(0) { $0 + $1.byteCount }) / 1_000_000
            failed = outcomes.filter(\.failed).count
        }
        report("in memory", inMemory, pages: inputs.count, megabytes: megabytes)
        if failed > 0 { print("  (\(failed) pages failed)") }

        var withWriting: [Measure.Timing] = []
        var storing: [Measure.Timing] = []
        var files = 0
        // The stores are removed after the last run, not between runs: on ext4 without a journal (this machine's
        // disk) a new inode skips every inode freed in the last ~30 s, so deleting one run's store would make the
        // next run's file creation pay for it.
        var folders: [URL] = []
        defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
        for _ in 0..<runs {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-bench-\(UUID().uuidString)")
            folders.append(folder)
            let store = SpecStore(root: folder)
            var storeTiming: Measure.Timing?
            let (timing, update) = Measure.time { () -> SpecStore.Update in
                let specs = ingestor.process(inputs).compactMap(\.spec)
                let (timing, update) = Measure.time { store.add(specs) }
                storeTiming = timing
                return update
            }
            withWriting.append(timing)
            storing.append(storeTiming!)
            files = update.currentFiles.count + update.historyFiles.count
        }
        report("writing to a temp store", withWriting, pages: inputs.count, megabytes: megabytes)
        let storeWall = storing.map(\.wall).sorted(), storeCPU = storing.map(\.cpu).sorted()
        print("  (\(files) spec files written per run; the store part alone: best \(Measure.format(storeWall[0])) s, "
            + "median \(Measure.format(storeWall[storeWall.count / 2])) s wall, median \(Measure.format(storeCPU[storeCPU.count / 2])) s CPU)")
        var memory = "peak memory: ru_maxrss \(Measure.format(Measure.peakMemoryMB(), 1)) MiB"
        if let own = Measure.peakMemoryOfThisProgramMB() {
            memory += ", VmHWM \(Measure.format(own, 1)) MiB (ru_maxrss also counts swift run's own peak; VmHWM does not)"
        }
        print(memory)
    }

    private static func report(_ label: String, _ timings: [Measure.Timing], pages: Int, megabytes: Double) {
        let walls = timings.map(\.wall).sorted()
        let best = walls[0]
        let median = walls[walls.count / 2]
        let cpu = timings.map(\.cpu).sorted()[timings.count / 2]
        print("\(label): best \(Measure.format(best)) s, median \(Measure.format(median)) s wall, median \(Measure.format(cpu)) s CPU; "
            + "\(Measure.format(Double(pages) / best, 0)) pages/s, \(Measure.format(megabytes / best, 1)) MB/s at best "
            + "(\(Measure.format(megabytes, 2)) MB)")
    }
}
