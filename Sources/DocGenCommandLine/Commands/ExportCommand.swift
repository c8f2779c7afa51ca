import DocGenExport
import DocGenSpec
import Foundation

/// `docgen export openapi`: one OpenAPI 3.1 document per vendor, product and API version (docs/export.md).
enum ExportCommand: Command {
    static let name = "export"
    static let summary = "OpenAPI 3.1 documents (JSON) per vendor, product and API version"
    static let help = """
    Usage: docgen export openapi [--specs specs] [--out openapi] [--check]

    Writes one OpenAPI 3.1 document, <vendor>-<product>-<apiVersion>.openapi.json, per API version of a product,
    from the current specs below --specs: one operation per action (pseudo-path /<Action>, operationId = action,
    the real RPC call in x-docgen-rpc), parameters with their location, types and constraints, request and response
    schemas under components/schemas, examples, and the documented errors (x-docgen-errors and error responses).
    The JSON is deterministic: sorted keys, two-space indent, trailing newline. Only files whose bytes change are
    written; documents of products that are gone are removed. docs/export.md lists what the mapping loses.

    Options:
      --specs DIR   spec folder (default: specs)
      --out DIR     output folder (default: openapi)
      --check       write nothing; list the files that would change and exit 1 if there are any

    Exit codes: 0 ok (or nothing would change with --check), 1 drift found by --check, 2 usage error.
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        try run(arguments, printOut: { print($0) })
    }

    static func run(_ arguments: [String], printOut: (String) -> Void) throws -> Int32 {
        let options = try ParsedArguments(arguments, valueOptions: ["specs", "out"], flagOptions: ["check"])
        guard let format = options.positionals.first else {
            throw DocGenError.usage("docgen export needs a format: docgen export openapi")
        }
        guard format == "openapi" else { throw DocGenError.usage("unknown export format '\(format)' (known: openapi)") }
        guard options.positionals.count == 1 else {
            throw DocGenError.usage("unexpected argument '\(options.positionals[1])'")
        }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let specs = URL(fileURLWithPath: options.value("specs") ?? "specs", relativeTo: here).standardizedFileURL
        let out = URL(fileURLWithPath: options.value("out") ?? "openapi", relativeTo: here).standardizedFileURL

        let operations = try SpecStore(root: specs).currentSpecs()
        let files = try OpenAPIExport.files(for: operations)
        let writer = OpenAPIExportWriter(folder: OutputFolder(root: out))
        if options.flag("check") {
            let plan = try writer.plan(files)
            for path in plan.created { printOut("would create \(path)") }
            for path in plan.updated { printOut("would update \(path)") }
            for path in plan.removed { printOut("would remove \(path)") }
            if plan.changed.isEmpty {
                printOut("up to date: \(files.count) documents from \(operations.count) operations")
                return 0
            }
            printOut("\(plan.changed.count) file(s) would change; run 'docgen export openapi'")
            return 1
        }
        let plan = try writer.apply(files)
        printOut("\(files.count) documents from \(operations.count) operations: \(plan.created.count) created, "
                 + "\(plan.updated.count) updated, \(plan.removed.count) removed, \(plan.unchanged) unchanged")
        return 0
    }
}
