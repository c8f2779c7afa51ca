import DocGenSpec

/// What every part of one operation's diff needs: the operation's name, both files, whether prose is comparable.
struct DiffContext {
    let operation: String
    let oldFile: String
    let newFile: String
    /// Descriptions are compared only when both pages are in the same language.
    let sameLanguage: Bool

    init(old: OperationSpec, new: OperationSpec) {
        operation = new.operationID.description
        oldFile = old.source.file
        newFile = new.source.file
        sameLanguage = old.language.lowercased() == new.language.lowercased()
    }

    func change(_ kind: ChangeKind, _ path: [String], _ message: String,
                old oldLine: Int?, _ oldValue: String?, new newLine: Int?, _ newValue: String?,
                oldPresent: Bool = true, newPresent: Bool = true) -> Change {
        Change(kind, operation: operation, path: path, message: message,
               old: oldPresent ? ChangeSide(file: oldFile, line: oldLine, value: oldValue) : nil,
               new: newPresent ? ChangeSide(file: newFile, line: newLine, value: newValue) : nil)
    }
}
