import DocGenSpec

/// Every stored revision of one operation, oldest first (the last one is the current `<Action>.json`).
/// zh and en pages of one operation are revisions of it too; the error tables read each language's revisions as
/// that language's own timeline.
public struct OperationRevisions: Hashable, Sendable {
    public var id: OperationID
    public var revisions: [OperationSpec]

    public init(id: OperationID, revisions: [OperationSpec]) {
        self.id = id
        self.revisions = revisions
    }

    /// One operation with a single (current) revision and no history.
    public init(current spec: OperationSpec) {
        self.init(id: spec.operationID, revisions: [spec])
    }

    /// Revisions grouped by page language, each group oldest first, with the revision's 1-based number in the store.
    var timelinesByLanguage: [(language: String, revisions: [(number: Int, spec: OperationSpec)])] {
        var groups: [String: [(number: Int, spec: OperationSpec)]] = [:]
        for (index, spec) in revisions.enumerated() {
            groups[spec.language, default: []].append((index + 1, spec))
        }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }
}
