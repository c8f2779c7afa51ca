import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

/// `docgen errors` as a function (the executable only forwards to it), so tests can run the whole command.
public enum ErrorTablesCommandLine {
    public static let help = """
    Usage: docgen errors [--specs specs] [--out Generated/ErrorTables] [--format md,csv,json,html] [--check]

    Reads every spec below --specs (current revisions and history/) and writes one error-code table per vendor
    product, <vendor>-<product>.<ext>, and one merged across all products and vendors, all.<ext>. Each row is one
    code: HTTP status, messages and descriptions by page language, the operations that document it, since/until
    where history exists, and conflicts (several HTTP statuses or messages, a parameter the operation lacks).
    Only files whose bytes change are written; tables of products that are gone are removed.

    Options:
      --specs DIR      spec folder (default: specs)
      --out DIR        output folder (default: Generated/ErrorTables)
      --format LIST    any of md, csv, json, html, comma-separated or repeated (default: all four)
      --check          write nothing; list the files that would change and exit 1 if there are any

    Exit codes: 0 ok (or nothing would change with --check), 1 error or drift found by --check, 2 usage error.
    """

    /// One `docgen errors` run: which store, where the tables go, in which formats.
    public struct Job: Sendable {
        public var specs: URL
        public var out: URL
        public var formats: [ErrorTableFormat]
        public var check: Bool

        public init(specs: URL, out: URL, formats: [ErrorTableFormat] = ErrorTableFormat.allCases, check: Bool = false) {
            self.specs = specs
            self.out = out
            self.formats = formats
            self.check = check
        }
    }

    /// Returns the exit code; usage errors and unreadable specs are thrown as `DocGenError`.
    public static func run(_ arguments: [String], printOut: (String) -> Void) throws -> Int32 {
        try perform(parse(arguments), printOut: printOut)
    }

    public static func parse(_ arguments: [String]) throws -> Job {
        let options = try ParsedArguments(arguments, valueOptions: ["specs", "out", "format"], flagOptions: ["check"])
        guard options.positionals.isEmpty else {
            throw DocGenError.usage("unexpected argument '\(options.positionals[0])'")
        }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return Job(
            specs: URL(fileURLWithPath: options.value("specs") ?? "specs", relativeTo: here).standardizedFileURL,
            out: URL(fileURLWithPath: options.value("out") ?? "Generated/ErrorTables", relativeTo: here).standardizedFileURL,
            formats: try ErrorTableFormat.parse(options.list("format")), check: options.flag("check"))
    }

    /// Writes (or with `check`, compares) the tables; returns the exit code.
    public static func perform(_ job: Job, printOut: (String) -> Void) throws -> Int32 {
        let operations = try ErrorTableSpecLoader.load(from: job.specs)
        let builder = ErrorTableBuilder(operations: operations)
        let merged = builder.mergedTable()
        let files = try ErrorTableFiles.render(builder.productTables() + [merged], formats: job.formats)
        let writer = ErrorTableWriter(folder: OutputFolder(root: job.out), formats: job.formats)
        if job.check {
            let plan = try writer.plan(files)
            for path in plan.created { printOut("would create \(path)") }
            for path in plan.updated { printOut("would update \(path)") }
            for path in plan.removed { printOut("would remove \(path)") }
            if plan.changed.isEmpty {
                printOut("up to date: \(files.count) files from \(operations.count) operations")
                return ExitCode.ok
            }
            printOut("\(plan.changed.count) file(s) would change; run 'docgen errors'")
            return ExitCode.failure
        }
        let lock = try WriteLock.acquire(job.out, onWait: { printError($0) })
        defer { lock.release() }
        OutputFolder(root: job.out).removeTemporaryLeftovers()
        let plan = try writer.apply(files)
        printOut("\(files.count) files from \(operations.count) operations (\(merged.codes.count) codes, "
                 + "\(merged.conflictCount) conflicts): \(plan.created.count) created, \(plan.updated.count) updated, "
                 + "\(plan.removed.count) removed, \(plan.unchanged) unchanged")
        return ExitCode.ok
    }
}
