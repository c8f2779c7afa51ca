import DocGenSpec

/// The outcome of one `docgen diff` run: every change (ignored ones marked), the vendor claims checked, and what the
/// CI gate needs. Renderers take this and nothing else.
public struct DiffReport: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var change: Change
        /// The ignore file's reason, when the change is ignored.
        public var ignoredBecause: String?
    }

    /// How the two inputs were named on the command line.
    public var oldLabel: String
    public var newLabel: String
    public var entries: [Entry]
    public var claims: [ClaimCheck]
    /// Ignore-file fingerprints that matched no change (stale entries worth deleting).
    public var unusedIgnores: [String]
    /// The `--fail-on` threshold, shown in reports.
    public var failOn: ChangeSeverity?

    public init(oldLabel: String, newLabel: String, changes: [Change], claims: [ClaimCheck] = [],
                ignore: IgnoreList = IgnoreList(), failOn: ChangeSeverity? = nil) {
        self.failOn = failOn
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        let sorted = changes.sorted(by: Change.reportOrder)
        self.claims = claims
        // Fingerprints are hashes: computed only when there is an ignore list to match.
        if ignore.reasons.isEmpty {
            self.entries = sorted.map { Entry(change: $0, ignoredBecause: nil) }
            self.unusedIgnores = []
        } else {
            self.entries = sorted.map { Entry(change: $0, ignoredBecause: ignore.reason(for: $0)) }
            let used = Set(changes.map(\.fingerprint))
            self.unusedIgnores = ignore.reasons.keys.filter { !used.contains($0) }.sorted()
        }
    }

    public var activeChanges: [Change] { entries.filter { $0.ignoredBecause == nil }.map(\.change) }
    public var ignoredCount: Int { entries.filter { $0.ignoredBecause != nil }.count }

    /// Changes that count (not ignored) of one severity.
    public func count(_ severity: ChangeSeverity) -> Int { activeChanges.filter { $0.severity == severity }.count }

    /// Whether a non-ignored change at or above `threshold` exists; with no threshold, never.
    public var thresholdReached: Bool { reaches(failOn) }

    public func reaches(_ threshold: ChangeSeverity?) -> Bool {
        guard let threshold else { return false }
        return activeChanges.contains { $0.severity >= threshold }
    }

    /// `0 breaking, 3 warn, 20 info (1 ignored)`
    public var summaryLine: String {
        var text = "\(count(.breaking)) breaking, \(count(.warn)) warn, \(count(.info)) info"
        if ignoredCount > 0 { text += " (\(ignoredCount) ignored)" }
        return text
    }
}
