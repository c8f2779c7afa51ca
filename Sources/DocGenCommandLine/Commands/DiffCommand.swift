import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

enum DiffCommand: Command {
    static let name = "diff"
    static let summary = "compare two spec files, spec folders or pages; CI gate on breaking changes"
    static let help = """
    Usage: docgen diff OLD NEW [--format text|markdown|json|github] [--fail-on breaking|warn|info] [--ignore FILE]
                               [--vendor V] [--product P] [--api-version D] [--action A]
           docgen diff --catalogue

    OLD and NEW are two spec files (.json), two spec folders (operations matched by vendor/product/apiVersion/action),
    or two vendor pages (any other file: read on the fly with the ingest pipeline; --vendor, --product,
    --api-version and --action give the identity where a page does not state it).

      --format     text (default; coloured on a terminal unless NO_COLOR is set), markdown, json, github
      --fail-on    exit 1 when a change at or above this severity is found (ignored changes do not count)
      --ignore     file of accepted changes, one per line: '<fingerprint> <reason>'; '#' starts a comment
      --catalogue  print the catalogue of change kinds (Markdown) and exit

    Exit codes: 0 no change at or above --fail-on (or no --fail-on), 1 threshold reached, 2 usage error,
    3 input error (unreadable or invalid spec or ignore file; the message names the file).
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        let parsed = try ParsedArguments(arguments, valueOptions: ["format", "fail-on", "ignore", "vendor", "product", "api-version", "action"], flagOptions: ["catalogue"])
        if parsed.flag("catalogue") {
            print(CatalogueRenderer.markdown(), terminator: "")
            return ExitCode.ok
        }
        guard parsed.positionals.count == 2 else {
            throw DocGenError.usage("diff needs two inputs, OLD and NEW (got \(parsed.positionals.count))")
        }
        let format = try parsed.value("format").map { value in
            guard let format = DiffFormat(rawValue: value) else {
                throw DocGenError.usage("unknown --format '\(value)' (text, markdown, json, github)")
            }
            return format
        } ?? .text
        let failOn = try parsed.value("fail-on").map { value in
            guard let severity = ChangeSeverity(option: value) else {
                throw DocGenError.usage("unknown --fail-on '\(value)' (breaking, warn, info)")
            }
            return severity
        }
        do {
            let result = try DiffRun.report(old: parsed.positionals[0], new: parsed.positionals[1],
                                            ignoreFile: parsed.value("ignore"), failOn: failOn,
                                            pageReader: IngestPageReader.make(hints: identityHints(parsed)))
            for note in result.notes { printError("docgen diff: note: \(note)") }
            let colour = TerminalColour.wanted(format: format, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
                                               environment: ProcessInfo.processInfo.environment)
            FileHandle.standardOutput.write(Data(TerminalText.safe(try format.render(result.report, colour: colour), keepingColour: true).utf8))
            return DiffExit.code(for: result.report)
        } catch let error as DocGenError {
            if case .usage = error { throw error }
            printError("docgen diff: \(error)")
            return DiffExit.code(for: error)
        }
    }

    static func identityHints(_ parsed: ParsedArguments) -> IdentityHints {
        IdentityHints(vendor: parsed.value("vendor"), product: parsed.value("product"),
                      apiVersion: parsed.value("api-version"), action: parsed.value("action"))
    }
}
