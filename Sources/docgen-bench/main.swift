import Foundation

// Benchmarks are listed here as they land; each lives in its own file.
//   docgen-bench mustache [options]         the template engine
//   docgen-bench generate <specs> [--out]   SDK generation, first and unchanged runs
let benchmarkArguments = Array(CommandLine.arguments.dropFirst())
if benchmarkArguments.first == MustacheBenchmark.name {
    try MustacheBenchmark.run(Array(benchmarkArguments.dropFirst()))
} else if benchmarkArguments.first == "generate" {
    do {
        exit(try GenerateBenchmark.run(Array(benchmarkArguments.dropFirst())))
    } catch {
        FileHandle.standardError.write(Data("docgen-bench generate: \(error)\n".utf8))
        exit(1)
    }
} else {
    print("benchmarks: \(MustacheBenchmark.name) \(MustacheBenchmark.usage); generate <specs folder> [--out DIR]")
}
