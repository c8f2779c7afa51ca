import Foundation
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Small hand-made specs for diff tests: a made-up "widget" API.
enum DiffFixtures {
    static func spec(_ parameters: [Parameter] = [], response: [ResponseField] = [], errors: [ErrorCode] = [],
                     language: String = "en", file: String = "old.md", action: String = "MakeWidget",
                     history: [PageChange] = [], date: String? = nil) -> OperationSpec {
        OperationSpec(vendor: "acme", product: "widgets", apiVersion: "2024-01-01", action: action, language: language,
                      source: SourceInfo(file: file, sha256: file, format: "markdown", date: date),
                      parameters: parameters, responseFields: response, errors: errors, changeHistory: history)
    }

    static func param(_ name: String, _ type: ParamType = .string, required: Bool = false, line: Int = 10,
                      description: String? = nil, children: [Parameter]? = nil, items: Items? = nil, common: Bool = false,
                      _ limits: (inout Constraints) -> Void = { _ in }) -> Parameter {
        var constraints = Constraints()
        limits(&constraints)
        return Parameter(name: name, type: type, items: items, children: children, required: required, common: common,
                         description: description, constraints: constraints, line: line)
    }

    static func field(_ name: String, _ type: ParamType = .string, line: Int = 30, description: String? = nil,
                      children: [ResponseField]? = nil, items: Items? = nil) -> ResponseField {
        ResponseField(name: name, type: type, items: items, children: children, description: description, line: line)
    }

    static func error(_ http: Int?, _ code: String, _ message: String?, _ description: String? = nil, line: Int = 50) -> ErrorCode {
        ErrorCode(http: http, code: code, message: message, description: description, line: line)
    }

    /// Old and new spec of one operation, with the new one read from `new.md`.
    static func pair(_ old: OperationSpec, _ new: OperationSpec) -> (OperationSpec, OperationSpec) {
        var n = new
        n.source.file = "new.md"
        n.source.sha256 = "new"
        return (old, n)
    }

    static func diff(_ old: OperationSpec, _ new: OperationSpec) -> [Change] {
        let (o, n) = pair(old, new)
        return SpecDiff.compare(old: o, new: n)
    }
}
