import Foundation

/// `docgen-bench <benchmark> [arguments]`: each benchmark is one file with a type conforming to `Benchmark`,
/// listed in `allBenchmarks`. Run in release mode: `swift run -c release docgen-bench <name> ...`.
let allBenchmarks: [any Benchmark.Type] = [
    IngestBenchmark.self,
    MustacheBenchmark.self,
    HTMLReaderBenchmark.self,
    MarkdownReaderBenchmark.self,
    TextReaderBenchmark.self,
    DiffBenchmark.self,
    ErrorTablesBenchmark.self,
    GenerateBenchmark.self,
    SigningBenchmark.self,
]

extension MustacheBenchmark: Benchmark {}
extension HTMLReaderBenchmark: Benchmark {}
extension TextReaderBenchmark: Benchmark {}
extension DiffBenchmark: Benchmark {}
extension ErrorTablesBenchmark: Benchmark {}

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func usage() -> String {
    "Usage: docgen-bench <benchmark> [arguments]\n\nBenchmarks:\n"
        + allBenchmarks.map { "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.usage)" }.joined(separator: "\n")
}
guard let name = arguments.first, name != "--help", name != "-h" else {
    print(usage())
    exit(arguments.isEmpty ? 2 : 0)
}
guard let benchmark = allBenchmarks.first(where: { $0.name == name }) else {
    FileHandle.standardError.write(Data("docgen-bench: unknown benchmark '\(name)'\n\n\(usage())\n".utf8))
    exit(2)
}
do {
    try benchmark.run(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("docgen-bench \(name): \(error)\n".utf8))
    exit(1)
}
