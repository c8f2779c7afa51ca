import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

enum GenerateCommand: Command {
    static let name = "generate"
    static let summary = "emit the Swift SDK (Generated/) from specs/ through the templates"
    static let help = """
    Usage: docgen generate [--specs specs] [--out Generated] [--templates DIR] [--config docgen.json]
                           [--access public|package|internal] [--package-name NAME]
                           [--runtime-path DIR | --runtime-url URL --runtime-version V]
                           [--module-prefix P] [--version-suffix] [--check]

    Reads every spec below --specs (skipping history/ folders) and writes a Swift package into --out: Package.swift,
    one library per vendor product (Sources/<Module>/<Operation>.swift, Sources/<Module>/<Module>Error.swift), its
    tests (Tests/<Module>Tests/<Operation>Tests.swift) and a reference (Docs/<Module>.md).
    Build and test it with 'swift test --package-path <out>'; depend on it with .package(path: "<out>").
    Only files whose bytes change are written; files docgen generated earlier for operations that are gone are removed.
    Nothing is written when any spec or template fails.

    Options:
      --specs DIR        spec folder (default: specs)
      --out DIR          output folder (default: Generated)
      --templates DIR    folder of .mustache files replacing built-in templates of the same name
      --config FILE      JSON config: access, templates, products, operations, specs, out (see docs/generate.md)
      --access LEVEL     access modifier of generated declarations (default: public)
      --package-name N   the generated package's name (default: the --out folder's name)
      --runtime-path DIR a docgen checkout holding DocGenRuntime (default: the one this docgen was built from)
      --runtime-url URL, --runtime-version V
                         depend on the runtime by git URL, from version V (for SDKs you publish)
      --module-prefix P  put P before every module name (MyAlibabaEcs)
      --version-suffix   append the API version to module names (AlibabaEcs20140526)
      --check            write nothing; list the files that would change and exit 1 if there are any

    Exit codes: 0 ok (or nothing would change with --check), 1 error or drift found by --check, 2 usage error.
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try ParsedArguments(
            arguments,
            valueOptions: ["specs", "out", "templates", "config", "access", "package-name", "runtime-path", "runtime-url",
                           "runtime-version", "module-prefix"],
            flagOptions: ["check", "version-suffix"])
        guard options.positionals.isEmpty else {
            throw DocGenError.usage("unexpected argument '\(options.positionals[0])'")
        }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var config = GenerateConfig()
        if let path = options.value("config") {
            config = try GenerateConfig.load(from: URL(fileURLWithPath: path, relativeTo: here).standardizedFileURL)
        }
        if let access = options.value("access") {
            guard let level = AccessLevel(rawValue: access) else {
                throw DocGenError.usage("--access must be public, package or internal")
            }
            config.access = level
        }
        if let name = options.value("package-name") { config.packaging.packageName = name }
        if let prefix = options.value("module-prefix") { config.packaging.modulePrefix = prefix }
        if options.flag("version-suffix") { config.packaging.apiVersionSuffix = true }
        if let runtime = try RuntimeSource.choose(
            path: options.value("runtime-path").map { URL(fileURLWithPath: $0, relativeTo: here) },
            url: options.value("runtime-url"), version: options.value("runtime-version"), origin: "options") {
            config.packaging.runtime = runtime
        }
        let specs = options.value("specs").map { URL(fileURLWithPath: $0, relativeTo: here) } ?? config.specs
            ?? here.appendingPathComponent("specs")
        let out = options.value("out").map { URL(fileURLWithPath: $0, relativeTo: here) } ?? config.out
            ?? here.appendingPathComponent("Generated")
        let templateFolder = options.value("templates").map { URL(fileURLWithPath: $0, relativeTo: here) } ?? config.templates

        let run = GenerationRun(
            specsRoot: specs, outRoot: out,
            templates: try TemplateSet.load(overridesFrom: templateFolder?.standardizedFileURL), config: config
        )
        let result = try run.run(check: options.flag("check"))
        for note in result.notes { printError("note: \(note)") }
        let outcome = result.outcome
        if options.flag("check") {
            for path in outcome.created { printOutput("would create \(path)") }
            for path in outcome.updated { printOutput("would update \(path)") }
            for path in outcome.removed { printOutput("would remove \(path)") }
            if outcome.changed.isEmpty {
                printOutput("up to date: \(result.fileCount) files from \(result.specCount) specs")
                return ExitCode.ok
            }
            printOutput("\(outcome.changed.count) file(s) would change; run 'docgen generate'")
            return ExitCode.failure
        }
        if result.upToDate {
            printOutput("up to date: \(result.fileCount) files from \(result.specCount) specs (nothing read or written)")
        } else {
            printOutput("\(result.fileCount) files from \(result.specCount) specs: \(outcome.created.count) created, "
                  + "\(outcome.updated.count) updated, \(outcome.removed.count) removed, \(outcome.unchanged) unchanged")
        }
        return ExitCode.ok
    }
}
