import Foundation

// Each benchmark lives in its own file; this only dispatches on the first argument.
let benchmarkArguments = Array(CommandLine.arguments.dropFirst())
switch benchmarkArguments.first {
case "generate":
    do {
        exit(try GenerateBenchmark.run(Array(benchmarkArguments.dropFirst())))
    } catch {
        FileHandle.standardError.write(Data("docgen-bench generate: \(error)\n".utf8))
        exit(1)
    }
default:
    print("usage: docgen-bench generate <specs folder> [--out DIR]")
    exit(2)
}
