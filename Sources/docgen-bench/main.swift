import Foundation

let benchArguments = Array(CommandLine.arguments.dropFirst())
do {
    switch benchArguments.first {
    case HTMLReaderBenchmark.name: try HTMLReaderBenchmark.run(Array(benchArguments.dropFirst()))
    default: print("Usage: docgen-bench \(HTMLReaderBenchmark.name) \(HTMLReaderBenchmark.usage)")
    }
} catch {
    FileHandle.standardError.write(Data("docgen-bench: \(error)\n".utf8))
    exit(1)
}
