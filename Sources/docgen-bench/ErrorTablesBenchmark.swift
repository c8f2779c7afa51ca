import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

/// Times `docgen errors` stage by stage: loading a spec store (or building a synthetic one in memory), building the
/// tables, and rendering each format. Prints the median of --runs for each stage and the output sizes.
enum ErrorTablesBenchmark {
    static let name = "errors"
    static let usage = "[--specs DIR] [--operations N] [--errors N] [--runs N]  error-table build and render times"

    static func run(_ arguments: [String]) throws {
        let runs = max(1, intValue("--runs", arguments) ?? 5)
        var operations: [OperationRevisions]
        var loadSeconds: Double?
        if let folder = stringValue("--specs", arguments) {
            let start = DispatchTime.now().uptimeNanoseconds
            operations = try ErrorTableSpecLoader.load(from: URL(fileURLWithPath: folder))
            loadSeconds = elapsed(since: start)
        } else {
            operations = synthetic(operations: intValue("--operations", arguments) ?? 300,
                                   errors: intValue("--errors", arguments) ?? 30)
        }
        let specCount = operations.reduce(0) { $0 + $1.revisions.count }
        let rowCount = operations.reduce(0) { $0 + $1.revisions.reduce(0) { $0 + $1.errors.count } }
        print("input: \(operations.count) operations, \(specCount) specs, \(rowCount) error rows"
              + (loadSeconds.map { String(format: ", loaded in %.3f s", $0) } ?? " (synthetic)"))

        var build: [Double] = []
        var tables: [ErrorTable] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let builder = ErrorTableBuilder(operations: operations)
            tables = builder.productTables() + [builder.mergedTable()]
            build.append(elapsed(since: start))
        }
        let merged = tables.last!
        print(String(format: "build (product tables + merged): %.3f s median; %d codes, %d conflicts in the merged table",
                     median(build), merged.codes.count, merged.conflictCount))
        for format in ErrorTableFormat.allCases {
            var times: [Double] = []
            var bytes = 0
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                let files = try ErrorTableFiles.render(tables, formats: [format])
                times.append(elapsed(since: start))
                bytes = files.values.reduce(0) { $0 + $1.count }
            }
            print(String(format: "render %@: %.3f s median, %.2f MB (%d files)", format.rawValue, median(times),
                         Double(bytes) / 1_000_000, tables.count))
        }
    }

    /// Operations sharing a pool of codes, half of them with an en and a zh revision.
    static func synthetic(operations: Int, errors: Int) -> [OperationRevisions] {
        (0..<operations).map { index in
            let parameters = (0..<10).map { Parameter(name: "Param\(($0 + index) % 40)", type: .string, line: 10 + $0) }
            func spec(_ language: String) -> OperationSpec {
                OperationSpec(
                    vendor: "bench", product: "p\(index % 3)", apiVersion: "2020-01-01", action: "Action\(index)",
                    language: language,
                    source: SourceInfo(file: "\(language)/Action\(index).md", sha256: "", format: "markdown"),
                    parameters: parameters,
                    errors: (0..<errors).map { row in
                        let code = row % 3 == 0 ? "InvalidParam\((row + index) % 40).Malformed" : "Code\((row * 7 + index) % 500)"
                        return ErrorCode(http: 400 + (row % 5), code: code,
                                         message: "The specified Param\(row % 40) is not valid, case \(row % 4).",
                                         description: "\(language) description \(row)", line: 50 + row)
                    })
            }
            let id = OperationID(vendor: "bench", product: "p\(index % 3)", apiVersion: "2020-01-01", action: "Action\(index)")
            return OperationRevisions(id: id, revisions: index % 2 == 0 ? [spec("en"), spec("zh")] : [spec("en")])
        }
    }

    private static func elapsed(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    private static func stringValue(_ name: String, _ arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    private static func intValue(_ name: String, _ arguments: [String]) -> Int? {
        stringValue(name, arguments).flatMap(Int.init)
    }
}
