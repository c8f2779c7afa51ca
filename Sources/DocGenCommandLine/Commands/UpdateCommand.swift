import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

enum UpdateCommand: Command {
    static let name = "update"
    static let summary = "ingest changed pages, regenerate Generated/ and the error tables, report API changes"
    static let help = UpdateCommandLine.help

    static func run(_ arguments: [String]) throws -> Int32 {
        do {
            return try UpdateCommandLine.run(
                arguments,
                printOut: { printOutput($0) },
                printErr: { printError($0) }
            )
        } catch let error as DocGenError {
            if case .usage = error { throw error }
            printError("docgen update: \(error)")
            return DiffExit.code(for: error)
        }
    }
}
