import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

enum IngestCommand: Command {
    static let name = "ingest"
    static let summary = "read vendor pages (Markdown, HTML, text renderings) into specs/"
    static let help = IngestCommandLine.help

    static func run(_ arguments: [String]) throws -> Int32 {
        try IngestCommandLine.run(
            arguments,
            printOut: { printOutput($0) },
            printErr: { printError($0) }
        )
    }
}
