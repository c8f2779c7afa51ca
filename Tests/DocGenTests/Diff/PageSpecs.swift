import Foundation
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Reads vendor pages into specs for tests that need real specs, with the ingest pipeline. The format is told,
/// not detected: these tests know their inputs.
enum PageSpecs {
    static func read(_ url: URL, format: PageFormat, hints: IdentityHints) throws -> OperationSpec {
        let ingestor = Ingestor(options: IngestOptions(format: format, hints: hints, concurrency: 1))
        let outcome = ingestor.process(PageInput(url: url, displayPath: url.lastPathComponent))
        guard let spec = outcome.spec else {
            throw DocGenError.invalidInput("\(url.path): \(outcome.diagnostics.map(\.description).joined(separator: "; "))")
        }
        return spec
    }
}
