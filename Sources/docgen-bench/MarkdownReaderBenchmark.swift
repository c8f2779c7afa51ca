import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
import Foundation

/// `docgen-bench markdown [FOLDER...] [--runs N] [--dump FILE]`: `MarkdownReader` alone on the pages of the given folders
/// (default `../shared/corpus`) that ingest reads as Markdown, loaded and normalised as ingest loads them. Prints the
/// median CPU and wall time of a pass over all pages. `--dump` writes every page's document and read diagnostics as
/// text, so that a change meant to keep the reader's output can be checked with `diff` (the specs hide some of it).
enum MarkdownReaderBenchmark: Benchmark {
    static let name = "markdown"
    static let usage = "[FOLDER...] [--runs N] [--dump FILE]  MarkdownReader alone: CPU per pass over the Markdown pages"

    static func run(_ arguments: [String]) throws {
        let parsed = try ParsedArguments(arguments, valueOptions: ["runs", "dump"], flagOptions: [])
        let runs = max(1, Int(parsed.value("runs") ?? "20") ?? 20)
        let folders = parsed.positionals.isEmpty ? ["../shared/corpus"] : parsed.positionals
        let pages = try markdownPages(folders)
        let bytes = pages.reduce(0) { $0 + $1.text.utf8.count }
        let reader = MarkdownReader()
        print("markdown reader: \(pages.count) pages, \(Measure.format(Double(bytes) / 1_000_000, 2)) MB, \(runs) passes")
        if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
            print("load average before: \(load.split(separator: " ").prefix(3).joined(separator: " "))")
        }

        if let dump = parsed.value("dump") {
            var out = ""
            for page in pages {
                let (document, diagnostics) = reader.read(page)
                Swift.dump(document, to: &out)
                Swift.dump(diagnostics, to: &out)
            }
            try out.write(toFile: dump, atomically: true, encoding: .utf8)
            print("dump: \(dump)")
        }

        var timings: [Measure.Timing] = []
        var blocks = 0
        for _ in 0..<runs {
            let (timing, count) = Measure.time { pages.reduce(0) { $0 + reader.read($1).document.blocks.count } }
            timings.append(timing)
            blocks = count
        }
        let cpu = timings.map(\.cpu).sorted()[runs / 2]
        let walls = timings.map(\.wall).sorted()
        print("per pass: median \(Measure.format(cpu * 1000, 1)) ms CPU, median \(Measure.format(walls[runs / 2] * 1000, 1)) ms wall, "
              + "best \(Measure.format(walls[0] * 1000, 1)) ms wall; \(Measure.format(Double(bytes) / walls[0] / 1_000_000, 1)) MB/s at best; "
              + "\(blocks) blocks")
    }

    /// The pages ingest would read with `MarkdownReader` (format detection as in ingest, `--format auto`).
    private static func markdownPages(_ folders: [String]) throws -> [PageText] {
        let (inputs, problems) = PageInputCollector.collect(folders)
        guard problems.isEmpty else { throw DocGenError.invalidInput(problems.map(\.description).joined(separator: "\n")) }
        let loader = PageLoader()
        return inputs.compactMap { loader.load($0).page }
            .filter { FormatDetector.detect($0.text, fileName: $0.file).format == .markdown }
    }
}
