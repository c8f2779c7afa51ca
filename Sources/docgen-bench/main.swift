// Benchmarks are listed here as they land; `docgen-bench <name> [options]` runs one.
import Foundation

let benchmarkArguments = Array(CommandLine.arguments.dropFirst())
switch benchmarkArguments.first {
case MustacheBenchmark.name:
    try MustacheBenchmark.run(Array(benchmarkArguments.dropFirst()))
case HTMLReaderBenchmark.name:
    do {
        try HTMLReaderBenchmark.run(Array(benchmarkArguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data("docgen-bench: \(error)\n".utf8))
        exit(1)
    }
case DiffBenchmark.name:
    do {
        try DiffBenchmark.run(Array(benchmarkArguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data("docgen-bench: \(error)\n".utf8))
        exit(1)
    }
default:
    print("benchmarks are being built; available:")
    print("  \(MustacheBenchmark.name) \(MustacheBenchmark.usage)")
    print("  \(HTMLReaderBenchmark.name) \(HTMLReaderBenchmark.usage)")
    print("  \(DiffBenchmark.name) \(DiffBenchmark.usage)")
}
