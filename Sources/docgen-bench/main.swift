// Benchmarks are listed here as they land; `docgen-bench mustache [options]` runs the template engine's.
let benchmarkArguments = Array(CommandLine.arguments.dropFirst())
if benchmarkArguments.first == MustacheBenchmark.name {
    try MustacheBenchmark.run(Array(benchmarkArguments.dropFirst()))
} else if benchmarkArguments.first == TextReaderBenchmark.name {
    try TextReaderBenchmark.run(Array(benchmarkArguments.dropFirst()))
} else {
    print("benchmarks are being built; available: \(MustacheBenchmark.name) \(MustacheBenchmark.usage)")
    print("  \(TextReaderBenchmark.name) \(TextReaderBenchmark.usage)")
}
