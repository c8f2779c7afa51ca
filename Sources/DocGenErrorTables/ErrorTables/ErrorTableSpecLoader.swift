import Foundation
import DocGenSpec

/// Reads every operation of a spec store (`SpecStore`, layout in docs/ingest.md) with all its revisions, oldest
/// first. Any spec that cannot be read stops the run (the error names the file): a table missing an operation would
/// look complete.
public enum ErrorTableSpecLoader {
    public static func load(from folder: URL) throws -> [OperationRevisions] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw DocGenError.invalidInput("\(folder.path): no such spec folder")
        }
        let store = SpecStore(root: folder)
        var seen: Set<OperationID> = []
        var operations: [OperationRevisions] = []
        for current in try store.currentSpecs() where seen.insert(current.operationID).inserted {
            let files = try store.revisionFiles(of: current.operationID)
            let revisions = try files.map { try SpecJSON.readSpec(at: store.root.appendingPathComponent($0)) }
            operations.append(OperationRevisions(id: current.operationID, revisions: revisions.isEmpty ? [current] : revisions))
        }
        return operations
    }
}
