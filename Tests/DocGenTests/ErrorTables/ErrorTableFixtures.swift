import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
import Foundation

/// Small made-up specs for the error-table tests.
enum ErrorTableFixtures {
    static func spec(_ action: String, vendor: String = "acme", product: String = "box", language: String = "en",
                     file: String? = nil, date: String? = nil, parameters: [String] = ["RegionId"],
                     errors: [ErrorCode]) -> OperationSpec {
        OperationSpec(
            vendor: vendor, product: product, apiVersion: "2020-01-01", action: action, language: language,
            source: SourceInfo(file: file ?? "\(language)/\(action).md", sha256: String(repeating: "0", count: 64),
                               format: "markdown", date: date),
            parameters: parameters.enumerated().map { index, name in param(name, line: 10 + index) },
            errors: errors)
    }

    /// `Tag.N.Key` becomes `Tag` with child `Key`; anything else a plain string parameter.
    static func param(_ wireName: String, line: Int) -> Parameter {
        let parts = wireName.split(separator: ".").map(String.init)
        if parts.count == 3 {
            return Parameter(name: parts[0], wireName: wireName, type: .array,
                             children: [Parameter(name: parts[2], wireName: wireName, type: .string, line: line)],
                             line: line)
        }
        return Parameter(name: wireName, type: .string, line: line)
    }

    static func error(_ http: Int?, _ code: String, _ message: String?, _ description: String? = nil,
                      line: Int = 40) -> ErrorCode {
        ErrorCode(http: http, code: code, message: message, description: description, line: line)
    }

    static func current(_ specs: OperationSpec...) -> [OperationRevisions] {
        specs.map { OperationRevisions(current: $0) }
    }

    static func row(_ table: ErrorTable, _ code: String) -> ErrorTableRow? {
        table.codes.first { $0.code == code }
    }
}
