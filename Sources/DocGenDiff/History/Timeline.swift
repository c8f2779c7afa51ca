import DocGenSpec

/// An operation's revisions in order, with what changed at each step.
public struct Timeline: Sendable {
    public struct Step: Sendable {
        /// 1-based position in the timeline.
        public var number: Int
        public var revision: Revision
        /// The revision compared with (nil for the first).
        public var previous: Revision?
        public var changes: [Change]
        public var claims: [ClaimCheck]
    }

    public var operation: String
    public var steps: [Step]
    /// Revisions dropped because their page was byte-identical to the one before (same sha256).
    public var duplicatesSkipped: Int

    /// Compares each revision with the one before it. Revisions are taken in the order given (oldest first).
    public init(revisions: [Revision]) {
        var kept: [Revision] = []
        var skipped = 0
        for revision in revisions {
            if let last = kept.last, last.spec.source.sha256 == revision.spec.source.sha256, !revision.spec.source.sha256.isEmpty,
               last.spec == revision.spec {
                skipped += 1
                continue
            }
            kept.append(revision)
        }
        operation = kept.last?.spec.operationID.description ?? ""
        duplicatesSkipped = skipped
        steps = kept.enumerated().map { index, revision in
            let previous = index > 0 ? kept[index - 1] : nil
            let changes = previous.map { SpecDiff.compare(old: $0.spec, new: revision.spec) } ?? []
            let claims = VendorClaimCheck.check(old: previous?.spec, new: revision.spec, changes: changes)
            return Step(number: index + 1, revision: revision, previous: previous, changes: changes, claims: claims)
        }
    }

    public var allChanges: [Change] { steps.flatMap(\.changes) }
}
