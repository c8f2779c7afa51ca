import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables

enum ErrorsCommand: Command {
    static let name = "errors"
    static let summary = "error-code reference tables (md, csv, json, html) per product and merged"
    static let help = ErrorTablesCommandLine.help

    static func run(_ arguments: [String]) throws -> Int32 {
        try ErrorTablesCommandLine.run(arguments, printOut: { printOutput($0) })
    }
}
