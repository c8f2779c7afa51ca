import DocGenSpec

/// Compares two revisions of API specs and lists the changes as facts (see `ChangeKind` for the catalogue).
///
/// Matching is by facts, never by text: parameters and response fields by base name (recursively), errors by
/// (HTTP status, code), operations by `OperationID`. Row order, common parameters that one page omits, and
/// descriptions in another language are not changes.
public enum SpecDiff {
    /// Changes between two revisions of one operation, in report order.
    public static func compare(old: OperationSpec, new: OperationSpec) -> [Change] {
        let context = DiffContext(old: old, new: new)
        var changes = ParameterDiff(context: context).compare(old: old.parameters, new: new.parameters, parent: [])
        changes += ResponseDiff(context: context).compare(old: old.responseFields, new: new.responseFields, parent: [])
        changes += ErrorDiff(context: context).compare(old: old.errors, new: new.errors)
        return changes.sorted(by: Change.reportOrder)
    }

    /// Changes between two sets of specs (two spec folders): operations matched by `OperationID`, those on one side
    /// only reported as added or removed.
    public static func compare(old: [OperationSpec], new: [OperationSpec]) -> [Change] {
        let oldByID = Dictionary(old.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(new.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        for id in Set(oldByID.keys).union(newByID.keys).sorted() {
            switch (oldByID[id], newByID[id]) {
            case let (o?, n?):
                changes += compare(old: o, new: n)
            case let (o?, nil):
                changes.append(Change(.operationRemoved, operation: id.description, path: ["operation"],
                                      message: "operation \(id.action) removed",
                                      old: ChangeSide(file: o.source.file, line: nil, value: id.description), new: nil))
            case let (nil, n?):
                changes.append(Change(.operationAdded, operation: id.description, path: ["operation"],
                                      message: "operation \(id.action) added",
                                      old: nil, new: ChangeSide(file: n.source.file, line: nil, value: id.description)))
            case (nil, nil):
                break
            }
        }
        return changes.sorted(by: Change.reportOrder)
    }
}
