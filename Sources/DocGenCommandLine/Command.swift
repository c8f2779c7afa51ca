import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables

/// One `docgen` subcommand. Each lives in its own file under Commands/ and is listed in `allCommands`.
protocol Command: Sendable {
    static var name: String { get }
    /// One line for `docgen --help`.
    static var summary: String { get }
    /// The full text of `docgen <name> --help`.
    static var help: String { get }
    /// Returns the process exit code.
    static func run(_ arguments: [String]) throws -> Int32
}

let allCommands: [any Command.Type] = [
    IngestCommand.self,
    GenerateCommand.self,
    DiffCommand.self,
    HistoryCommand.self,
    ErrorsCommand.self,
    ExportCommand.self,
    UpdateCommand.self,
]
