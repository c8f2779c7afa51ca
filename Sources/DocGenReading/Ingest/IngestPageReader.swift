import DocGenSpec
import Foundation

/// Reads a vendor page given to `diff` or `history` (`SpecInput.PageReading`) with the ingest pipeline: format detected, identity from the page,
/// `hints` where the page does not say it. A page the pipeline rejects is an input error naming the page.
public enum IngestPageReader {
    public static func make(hints: IdentityHints = IdentityHints()) -> @Sendable (URL) throws -> OperationSpec {
        let ingestor = Ingestor(options: IngestOptions(hints: hints, concurrency: 1))
        return { url in
            let outcome = ingestor.process(PageInput(url: url, displayPath: url.lastPathComponent))
            guard let spec = outcome.spec else {
                let reasons = outcome.diagnostics.filter { $0.severity == .error }.map(\.description)
                throw DocGenError.invalidInput("\(url.path): cannot read the page: " + (reasons.isEmpty ? "unknown reason" : reasons.joined(separator: "; ")))
            }
            return spec
        }
    }
}
