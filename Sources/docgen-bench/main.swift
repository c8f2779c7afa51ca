import DocGenCore
import Foundation

let benchArguments = Array(CommandLine.arguments.dropFirst())
do {
    switch benchArguments.first {
    case "diff": try DiffBenchmark.run(Array(benchArguments.dropFirst()))
    default: print("Usage: docgen-bench diff [--shared ../shared] [--repeat 5]")
    }
} catch {
    FileHandle.standardError.write(Data("docgen-bench: \(error)\n".utf8))
    exit(1)
}
