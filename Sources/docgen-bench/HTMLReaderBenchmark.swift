import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

/// `docgen-bench html [--shared ../shared] [--repeat 5] [--corpus-only]`: speed of `HTMLReader` on the rendered corpus
/// (`corpus-html`) and on a generated 5 MB page, and peak memory after one and after all passes (a leak in the
/// libxml2 wrapper shows as growth between the two).
enum HTMLReaderBenchmark {
    static let name = "html"
    static let usage = "[--shared ../shared] [--repeat 5] [--corpus-only]  HTMLReader pages/s and MB/s on corpus-html and a 5 MB page"

    static func run(_ arguments: [String]) throws {
        var shared = "../shared"
        var repeats = 5
        var generated = true
        var rest = arguments[...]
        while let option = rest.popFirst() {
            switch option {
            case "--shared": shared = rest.popFirst() ?? shared
            case "--repeat": repeats = Int(rest.popFirst() ?? "") ?? repeats
            case "--corpus-only": generated = false
            default: throw BenchmarkError("unknown option \(option)")
            }
        }
        let pages = try corpusPages(URL(fileURLWithPath: shared).appendingPathComponent("corpus-html"))
        let bytes = pages.reduce(0) { $0 + $1.byteCount }
        let reader = HTMLReader()

        var blocks = 0
        let cpuBefore = cpuSeconds()
        let first = time { for page in pages { blocks += reader.read(page).document.blocks.count } }
        let memoryAfterOnePass = peakMemoryMB()
        let others = time { for _ in 1..<max(repeats, 2) { for page in pages { _ = reader.read(page) } } }
        let passes = Double(max(repeats, 2))
        let seconds = first + others
        let cpu = cpuSeconds() - cpuBefore
        print("corpus-html: \(pages.count) pages, \(format(Double(bytes) / 1_048_576)) MiB, \(blocks) blocks, \(Int(passes)) passes")
        print("  \(format(seconds / passes)) s per pass, \(format(Double(pages.count) * passes / seconds, 0)) pages/s, "
              + "\(format(Double(bytes) * passes / seconds / 1_048_576, 1)) MiB/s (wall); "
              + "\(format(cpu / passes)) s CPU per pass (user+sys, not slowed by other processes)")
        print("  peak RSS after 1 pass: \(format(memoryAfterOnePass, 1)) MiB; after \(Int(passes)): \(format(peakMemoryMB(), 1)) MiB")

        guard generated else { return }
        let big = generatedPage(rows: 80_000)
        var rows = 0
        let bigCPUBefore = cpuSeconds()
        let bigSeconds = time { rows = reader.read(big).document.blocks.reduce(0) { count, block in
            if case .table(let t) = block { return count + t.rows.count } else { return count }
        } }
        print("generated page: \(format(Double(big.byteCount) / 1_048_576, 1)) MiB, \(rows) table rows read in \(format(bigSeconds)) s "
              + "(\(format(cpuSeconds() - bigCPUBefore)) s CPU); "
              + "peak RSS \(format(peakMemoryMB(), 1)) MiB")
    }

    static func corpusPages(_ root: URL) throws -> [PageText] {
        guard let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw BenchmarkError("no folder \(root.path)")
        }
        let urls = files.compactMap { $0 as? URL }.filter { $0.pathExtension == "html" }.sorted { $0.path < $1.path }
        guard !urls.isEmpty else { throw BenchmarkError("no .html pages under \(root.path)") }
        return try urls.map { url in
            let data = try Data(contentsOf: url)
            return PageText(file: url.lastPathComponent, text: String(decoding: data, as: UTF8.self), sha256: "", byteCount: data.count)
        }
    }

    static func generatedPage(rows: Int) -> PageText {
        var html = "<h2>Parameters</h2>\n<table>\n<tr><th>Name</th><th>Type</th><th>Description</th></tr>\n"
        for index in 1...rows {
            html += "<tr><td>Field\(index)</td><td>String</td><td>Value number \(index) of the <b>list</b>.</td></tr>\n"
        }
        html += "</table>\n"
        return PageText(file: "generated.html", text: html, sha256: "", byteCount: html.utf8.count)
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// CPU time of this process so far (user + system), in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Peak resident set size of this process so far, in MiB (`ru_maxrss` is in kB on Linux).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func format(_ value: Double, _ digits: Int = 3) -> String {
        String(format: "%.\(digits)f", value)
    }

    struct BenchmarkError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
