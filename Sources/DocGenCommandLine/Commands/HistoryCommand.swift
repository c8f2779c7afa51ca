import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

enum HistoryCommand: Command {
    static let name = "history"
    static let summary = "timeline of one operation's revisions and a CHANGELOG.md"
    static let help = """
    Usage: docgen history <operation> [--specs specs] [--out DIR] [pages...]

    <operation> is Action or vendor/product/apiVersion/Action. Revisions are, oldest first:
    specs/<vendor>/<product>/<apiVersion>/history/<Action>/<NNN>-<sha12>.json (by NNN), then the current
    specs/<vendor>/<product>/<apiVersion>/<Action>.json, then the pages given, in the order given.
    Each revision is diffed with the one before; the page's own change history is checked against the diff.
    Pages are read with the ingest pipeline; their identity defaults to <operation> (and --vendor, --product,
    --api-version where a page and the operation do not say it).

      --specs  specs folder (default: specs)
      --out    folder for <Action>.CHANGELOG.md (default: beside the current spec; required when no spec exists)

    Exit codes: 0 written, 2 usage error, 3 input error (unreadable or invalid spec; the message names the file).
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        let parsed = try ParsedArguments(arguments, valueOptions: ["specs", "out", "vendor", "product", "api-version"], flagOptions: [])
        guard let operation = parsed.positionals.first else { throw DocGenError.usage("history needs an operation") }
        let pages = Array(parsed.positionals.dropFirst())
        do {
            let result = try HistoryRun.run(operation: operation, specs: parsed.value("specs") ?? "specs",
                                            out: parsed.value("out"), pages: pages,
                                            pageReader: IngestPageReader.make(hints: hints(operation, parsed)))
            for step in result.timeline.steps {
                let summary = step.previous == nil ? "first revision"
                    : DiffReport(oldLabel: "", newLabel: "", changes: step.changes).summaryLine
                let unconfirmed = step.claims.filter { $0.verdict == .unconfirmed }.count
                printOutput("\(step.number). \(step.revision.spec.source.date ?? "(no date)") \(step.revision.spec.source.file): \(summary)"
                      + (unconfirmed > 0 ? "; \(unconfirmed) vendor claim(s) unconfirmed" : ""))
            }
            printOutput("\(result.written.rawValue): \(result.changelog.path)")
            return ExitCode.ok
        } catch let error as DocGenError {
            if case .usage = error { throw error }
            printError("docgen history: \(error)")
            return DiffExit.code(for: error)
        }
    }

    /// The operation names the action (and, in its long form, vendor, product and version) of the pages given.
    static func hints(_ operation: String, _ parsed: ParsedArguments) -> IdentityHints {
        let parts = operation.split(separator: "/").map(String.init)
        if parts.count == 4 {
            return IdentityHints(vendor: parts[0], product: parts[1], apiVersion: parts[2], action: parts[3])
        }
        return IdentityHints(vendor: parsed.value("vendor"), product: parsed.value("product"),
                             apiVersion: parsed.value("api-version"), action: operation)
    }
}
