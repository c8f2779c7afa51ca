import Foundation

/// Reads a spec store (`docs/ingest.md`): `<vendor>/<product>/<apiVersion>/<Action>.json` is an operation's current
/// revision and `<vendor>/<product>/<apiVersion>/history/<Action>/<NNN>-<sha12>.json` its older ones, 001 the oldest.
/// Any spec that cannot be read stops the run (the error names the file): a table missing an operation would look
/// complete.
public enum ErrorTableSpecLoader {
    public static func load(from folder: URL) throws -> [OperationRevisions] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw DocGenError.invalidInput("\(folder.path): no such spec folder")
        }
        var current: [String: String] = [:]          // operation key → relative path of <Action>.json
        var history: [String: [String]] = [:]        // operation key → relative paths of its history files
        for path in OutputFolder(root: folder).listFiles() where path.hasSuffix(".json") {
            let parts = path.split(separator: "/").map(String.init)
            guard !parts.contains(where: { $0.hasPrefix(".") }) else { continue }
            if parts.count >= 3, parts[parts.count - 3] == "history" {
                let key = (parts.dropLast(3) + [parts[parts.count - 2]]).joined(separator: "/")
                history[key, default: []].append(path)
            } else {
                current[String(path.dropLast(".json".count))] = path
            }
        }
        var operations: [OperationRevisions] = []
        for key in Set(current.keys).union(history.keys).sorted() {
            let files = (history[key] ?? []).sorted(by: historyOrder) + (current[key].map { [$0] } ?? [])
            let specs = try files.map { try SpecJSON.readSpec(at: folder.appendingPathComponent($0)) }
            guard let newest = specs.last else { continue }
            operations.append(OperationRevisions(id: newest.operationID, revisions: specs))
        }
        return operations
    }

    /// `002-….json` before `010-….json`, by the number before the first dash (names without one sort after, by name).
    private static func historyOrder(_ a: String, _ b: String) -> Bool {
        func number(_ path: String) -> Int {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return Int(name.prefix { $0.isNumber }) ?? Int.max
        }
        let (x, y) = (number(a), number(b))
        return x != y ? x < y : a < b
    }
}
