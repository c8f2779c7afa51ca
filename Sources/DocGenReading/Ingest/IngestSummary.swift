import DocGenSpec

/// The counts `docgen ingest` ends with.
public struct IngestSummary: Hashable, Sendable {
    public var pagesRead = 0
    public var pagesFailed = 0
    public var bytesRead = 0
    public var pagesWithReplacedSpaces = 0
    public var specsCreated = 0
    public var specsUpdated = 0
    public var specsUnchanged = 0
    public var historyWritten = 0
    public var historyUnchanged = 0
    public var filesRemoved = 0
    public var infos = 0
    public var warnings = 0
    public var errors = 0

    public init() {}

    public init(outcomes: [PageOutcome], update: SpecStore.Update?, otherDiagnostics: [Diagnostic]) {
        pagesRead = outcomes.count
        bytesRead = outcomes.reduce(0) { $0 + $1.byteCount }
        pagesWithReplacedSpaces = outcomes.filter { $0.replacedSpaces > 0 }.count
        let failed = Set(outcomes.filter(\.failed).map(\.input.displayPath)).union(update?.failedPages ?? [])
        pagesFailed = outcomes.filter { failed.contains($0.input.displayPath) }.count
        if let update {
            specsCreated = update.count(.created, history: false)
            specsUpdated = update.count(.updated, history: false)
            specsUnchanged = update.count(.unchanged, history: false)
            historyWritten = update.count(.created, history: true) + update.count(.updated, history: true)
            historyUnchanged = update.count(.unchanged, history: true)
            filesRemoved = update.removedFiles.count
        }
        let all = otherDiagnostics + outcomes.flatMap(\.diagnostics) + (update?.diagnostics ?? [])
        infos = all.filter { $0.severity == .info }.count
        warnings = all.filter { $0.severity == .warning }.count
        errors = all.filter { $0.severity == .error }.count
    }

    /// 1 when any input had an error (the other pages were still stored), else 0.
    public var exitCode: Int32 { errors > 0 ? ExitCode.failure : ExitCode.ok }

    public var lines: [String] {
        var text = [
            "pages: \(pagesRead) read (\(PageLoader.megabytes(bytesRead))), \(pagesFailed) failed",
            "specs: \(specsCreated) new, \(specsUpdated) updated, \(specsUnchanged) unchanged; history: \(historyWritten) entries written, \(historyUnchanged) unchanged"
                + (filesRemoved > 0 ? ", \(filesRemoved) renumbered" : ""),
            "diagnostics: \(errors) errors, \(warnings) warnings, \(infos) notes",
        ]
        if pagesWithReplacedSpaces > 0 {
            text.append("note: \(pagesWithReplacedSpaces) pages had non-breaking or typographic spaces, read as plain spaces")
        }
        return text
    }
}
