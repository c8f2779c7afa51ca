import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

/// `docgen update`: the one command an SDK maintainer runs when vendor docs change. Ingest the pages (a changed
/// operation's previous spec moves into history), regenerate the Swift SDK and the error tables, print what
/// changed in the API, and fail on the `--fail-on` threshold. Running it twice on the same pages changes nothing.
public enum UpdateCommandLine {
    public static let help = """
    Usage: docgen update <pages or folders>... [--specs specs] [--out Generated] [--errors-out Generated/ErrorTables]
                         [--templates DIR] [--config docgen.json] [--sources FILE] [--vendor V] [--product P]
                         [--api-version D] [--action A] [--format text|markdown|json|github]
                         [--fail-on breaking|warn|info] [--ignore FILE] [--no-generate] [--no-errors]

    1. ingests the pages into --specs (as 'docgen ingest' does: a changed operation's previous spec moves to history/);
    2. compares every operation whose current spec changed with its previous revision (as 'docgen diff' does);
    3. regenerates the Swift SDK into --out (as 'docgen generate') and the error tables into --errors-out
       (as 'docgen errors'), writing only files whose content changed;
    4. prints the change summary and exits by --fail-on.

    Options:
      --specs DIR        spec store (default: specs)
      --out DIR          generated Swift package folder (default: Generated)
      --errors-out DIR   error tables folder (default: Generated/ErrorTables)
      --templates DIR, --config FILE     as for 'docgen generate'
      --sources FILE, --vendor, --product, --api-version, --action   identity hints, as for 'docgen ingest'
      --format F         change report: text (default), markdown, json, github
      --fail-on LEVEL    exit 1 when a change of this severity or above is found: breaking, warn, info
      --ignore FILE      fingerprints of changes to ignore, one per line with a reason (as for 'docgen diff')
      --no-generate      do not regenerate the Swift SDK
      --no-errors        do not regenerate the error tables

    Exit codes: 0 done (no change at or above --fail-on), 1 threshold reached or a page failed, 2 usage error,
    3 an input (spec, template, config, ignore file) could not be used.
    """

    static let ingestValueOptions: Set<String> = ["sources", "vendor", "product", "api-version", "action"]
    static let valueOptions: Set<String> = ingestValueOptions.union(
        ["specs", "out", "errors-out", "templates", "config", "format", "fail-on", "ignore"])
    static let flagOptions: Set<String> = ["no-generate", "no-errors"]

    public static func run(
        _ arguments: [String], printOut: @escaping @Sendable (String) -> Void, printErr: @escaping @Sendable (String) -> Void
    ) throws -> Int32 {
        let parsed = try ParsedArguments(arguments, valueOptions: valueOptions, flagOptions: flagOptions)
        guard !parsed.positionals.isEmpty else { throw DocGenError.usage("no input: give page files or folders") }
        let format = try parsed.value("format").map { name in
            guard let f = DiffFormat(rawValue: name) else {
                throw DocGenError.usage("--format must be one of \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return f
        } ?? .text
        let failOn = try parsed.value("fail-on").map { name in
            guard let level = ChangeSeverity(option: name) else {
                throw DocGenError.usage("--fail-on must be breaking, warn or info")
            }
            return level
        }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let specsPath = parsed.value("specs") ?? "specs"
        let store = SpecStore(root: URL(fileURLWithPath: specsPath, relativeTo: here).standardizedFileURL)

        // The whole update holds the store's lock (ingest takes it again, re-entrantly), then the output folders'.
        let storeLock = try WriteLock.acquire(store.root, onWait: printErr)
        defer { storeLock.release() }

        // 1. Ingest, remembering what was current before. A run killed after its ingest left a pending-report
        // record: its changes were never reported, so they are measured from the state that record saved.
        let current = Dictionary((try store.currentSpecs()).map { ($0.operationID, $0) }, uniquingKeysWith: { a, _ in a })
        let pending = try store.pendingReport()
        let baseline = pending?.baseline ?? current.mapValues(\.source.sha256)
        if let pending {
            printErr("update: reporting changes of an earlier update that ended before its report (\(store.root.path)/\(SpecStore.pendingReportFile), \(pending.before.count) operations)")
        } else {
            try store.recordPendingReport(SpecStore.PendingReport(before: baseline))
        }
        let ingestJob = IngestCommandLine.Job(inputs: parsed.positionals, store: store.root,
                                              options: try IngestCommandLine.ingestOptions(parsed), quiet: true)
        let ingestCode = try IngestCommandLine.perform(ingestJob, printOut: printOut, printErr: printErr).exitCode
        let after = try store.currentSpecs()

        // 2. What changed, operation by operation.
        let changedNew = after.filter { baseline[$0.operationID] != $0.source.sha256 }
        let changedOld = try changedNew.compactMap { spec -> OperationSpec? in
            guard let sha = baseline[spec.operationID] else { return nil }
            if let old = current[spec.operationID], old.source.sha256 == sha { return old }
            return try store.revisions(of: spec.operationID).last { $0.source.sha256 == sha }
        }
        let changes = SpecDiff.compare(old: changedOld, new: changedNew)
        let ignore = try parsed.value("ignore").map { try IgnoreList.read(at: URL(fileURLWithPath: $0, relativeTo: here)) }
            ?? IgnoreList()
        let report = DiffReport(oldLabel: "\(specsPath) before", newLabel: "\(specsPath) after", changes: changes,
                                ignore: ignore, failOn: failOn)

        // 3. Regenerate.
        if !parsed.flag("no-generate") {
            var config = GenerateConfig()
            if let path = parsed.value("config") {
                config = try GenerateConfig.load(from: URL(fileURLWithPath: path, relativeTo: here).standardizedFileURL)
            }
            let out = parsed.value("out").map { URL(fileURLWithPath: $0, relativeTo: here) } ?? config.out
                ?? here.appendingPathComponent("Generated")
            let templates = parsed.value("templates").map { URL(fileURLWithPath: $0, relativeTo: here) } ?? config.templates
            let generation = try GenerationRun(
                specsRoot: store.root, outRoot: out,
                templates: TemplateSet.load(overridesFrom: templates?.standardizedFileURL), config: config
            ).run(check: false)
            let o = generation.outcome
            printErr("generate: \(o.created.count) created, \(o.updated.count) updated, \(o.removed.count) removed, \(o.unchanged) unchanged")
        }
        var errorsCode = ExitCode.ok
        if !parsed.flag("no-errors") {
            let errorsOut = URL(fileURLWithPath: parsed.value("errors-out") ?? "Generated/ErrorTables", relativeTo: here)
            errorsCode = try ErrorTablesCommandLine.perform(
                ErrorTablesCommandLine.Job(specs: store.root, out: errorsOut.standardizedFileURL),
                printOut: { printErr("errors: \($0)") })
        }

        // 4. Report.
        printOut(try format.render(report))
        try store.clearPendingReport()
        if ingestCode != ExitCode.ok { return ingestCode }
        if errorsCode != ExitCode.ok { return errorsCode }
        return DiffExit.code(for: report)
    }
}
