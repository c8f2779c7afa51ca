import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

/// `docgen ingest`: arguments in, exit code out. Lives in the library so tests can run it with their own pipeline.
public enum IngestCommandLine {
    public static let help = """
    Usage: docgen ingest <files or folders>... [options]

    Reads vendor API reference pages and writes one spec per operation into the spec store.
    Folders are searched recursively for .md .markdown .txt .html .htm files (hidden files and README.* skipped);
    a file named on the command line is read whatever its extension. A page's source path is its path relative
    to the folder it was found in, or its file name.

    Options:
      --out DIR           spec store to write (default: specs). Layout:
                            DIR/<vendor>/<product>/<apiVersion>/<Action>.json          newest revision
                            DIR/<vendor>/<product>/<apiVersion>/history/<Action>/<NNN>-<sha12>.json
                                                                                       older revisions, 001 oldest
      --format F          auto (default), markdown, html, text-run-together, text-spaced: how to read every page
      --vendor V          vendor, where a page does not say it (e.g. alibaba, tencent)
      --product P         product, where a page does not say it (e.g. ecs)
      --api-version D     API version, where a page does not say it (e.g. 2014-05-26)
      --action A          action name, where a page does not say it (for a single page)
      --sources FILE      JSON object mapping page paths or globs to hints, e.g.
                            {"alibaba-ecs-en/*.md": {"vendor": "alibaba", "product": "ecs", "apiVersion": "2014-05-26"}}
                          (fields vendor, product, apiVersion, action, and date (yyyy-MM-dd: orders revisions of
                          pages that state no date); `*` stays in a folder, `**` crosses folders; the pattern
                          with more non-wildcard characters wins; entries override --vendor/--product/--api-version/--action)
      --max-page-mb N     refuse pages larger than N MB (default 20)
      --quiet             print only warnings and errors (no progress, notes or summary)
      -h, --help          this text

    Pages are UTF-8 (a BOM is dropped, CRLF/CR become LF, non-breaking spaces become spaces). Empty, binary
    (NUL byte), non-UTF-8, oversize and unreadable files are reported and skipped; other pages still ingest.
    A page that fails leaves its operation's stored specs as they were. Re-ingesting unchanged pages
    writes nothing. Two pages of one operation in one run are both kept, as successive revisions.

    Diagnostics go to stderr as `file:line: severity: message [code]`; the summary goes to stdout.

    Exit codes:
      0  every page was read and stored (warnings allowed)
      1  some inputs had errors (they are listed; the other pages were still written)
      2  usage error (unknown option, no input, bad --format, unreadable or invalid --sources file)
    """

    static let valueOptions: Set<String> = ["out", "format", "vendor", "product", "api-version", "action", "sources", "max-page-mb"]
    static let flagOptions: Set<String> = ["quiet"]

    /// One ingest, as the options say: the pages or folders to read, the store, how to read them.
    public struct Job: Sendable {
        public var inputs: [String]
        public var store: URL
        public var options: IngestOptions
        /// Print only warnings and errors.
        public var quiet: Bool

        public init(inputs: [String], store: URL, options: IngestOptions = IngestOptions(), quiet: Bool = false) {
            self.inputs = inputs
            self.store = store
            self.options = options
            self.quiet = quiet
        }
    }

    /// - Parameters:
    ///   - printOut: a line for stdout (the summary).
    ///   - printErr: a line for stderr (diagnostics, progress).
    public static func run(
        _ arguments: [String], pipeline: PagePipeline = .standard,
        printOut: @escaping @Sendable (String) -> Void, printErr: @escaping @Sendable (String) -> Void
    ) throws -> Int32 {
        try perform(parse(arguments), pipeline: pipeline, printOut: printOut, printErr: printErr).exitCode
    }

    public static func parse(_ arguments: [String]) throws -> Job {
        let parsed = try ParsedArguments(arguments, valueOptions: valueOptions, flagOptions: flagOptions)
        guard !parsed.positionals.isEmpty else { throw DocGenError.usage("no input: give page files or folders") }
        return Job(inputs: parsed.positionals, store: URL(fileURLWithPath: parsed.value("out") ?? "specs"),
                   options: try ingestOptions(parsed), quiet: parsed.flag("quiet"))
    }

    /// Reads the pages into the store and prints diagnostics and the summary. Holds the store's write lock.
    public static func perform(
        _ job: Job, pipeline: PagePipeline = .standard,
        printOut: @escaping @Sendable (String) -> Void, printErr: @escaping @Sendable (String) -> Void
    ) throws -> IngestSummary {
        let store = SpecStore(root: job.store)
        let lock = try WriteLock.acquire(store.root, onWait: printErr)
        defer { lock.release() }
        let leftovers = store.removeTemporaryLeftovers()
        if !leftovers.isEmpty, !job.quiet {
            printErr("ingest: removed \(leftovers.count) temporary file(s) an interrupted run left in \(store.root.path)")
        }

        let (inputs, inputDiagnostics) = PageInputCollector.collect(job.inputs)
        let progressEvery = 100
        var progress: (@Sendable (Int, Int) -> Void)?
        if !job.quiet, inputs.count >= 2 * progressEvery {
            progress = { done, total in
                if done % progressEvery == 0 { printErr("ingest: \(done)/\(total) pages") }
            }
        }
        let outcomes = APIVersionFromRevisions.complete(
            Ingestor(options: job.options, pipeline: pipeline).process(inputs, progress: progress),
            stored: (try? store.currentSpecs()) ?? [])
        let update = store.add(outcomes.compactMap(\.spec))

        let diagnostics = inputDiagnostics + outcomes.flatMap(\.diagnostics) + update.diagnostics
        for diagnostic in diagnostics where !job.quiet || diagnostic.severity != .info {
            printErr(diagnostic.description)
        }
        let summary = IngestSummary(outcomes: outcomes, update: update, otherDiagnostics: inputDiagnostics)
        if !job.quiet {
            let written = summary.specsCreated + summary.specsUpdated + summary.historyWritten
            printOut(written > 0 ? "ingest: wrote to \(store.root.path)" : "ingest: nothing written to \(store.root.path)")
            summary.lines.forEach(printOut)
        }
        return summary
    }

    static func ingestOptions(_ parsed: ParsedArguments) throws -> IngestOptions {
        var options = IngestOptions()
        if let name = parsed.value("format"), name != "auto" {
            guard let format = PageFormat(rawValue: name) else {
                let known = ["auto"] + PageFormat.allCases.map(\.rawValue)
                throw DocGenError.usage("unknown --format '\(name)' (known: \(known.joined(separator: ", ")))")
            }
            options.format = format
        }
        options.hints = IdentityHints(
            vendor: parsed.value("vendor"), product: parsed.value("product"),
            apiVersion: parsed.value("api-version"), action: parsed.value("action")
        )
        if let path = parsed.value("sources") {
            do {
                options.sourceHints = try SourceHints.load(from: URL(fileURLWithPath: path))
            } catch let error as DocGenError {
                throw DocGenError.usage("--sources: \(error)")
            }
        }
        if let text = parsed.value("max-page-mb") {
            guard let mb = Double(text), mb > 0, mb <= 4096 else {
                throw DocGenError.usage("--max-page-mb needs a positive number of megabytes, got '\(text)'")
            }
            options.maxPageBytes = Int(mb * 1_000_000)
        }
        return options
    }
}
