import Foundation
import DocGenSpec

/// One revision of an operation: its spec and where it came from.
public struct Revision: Sendable {
    public var spec: OperationSpec
    /// The spec file (or page) this revision was read from, as given or relative to the specs folder.
    public var origin: String

    public init(spec: OperationSpec, origin: String) {
        self.spec = spec
        self.origin = origin
    }
}

/// Finds an operation's revisions in a specs folder:
/// `<specs>/<vendor>/<product>/<apiVersion>/<Action>.json` (current) and
/// `<specs>/<vendor>/<product>/<apiVersion>/history/<Action>/<NNN>-<sha12>.json` (older ones, oldest first by NNN).
public enum SpecHistory {
    public struct Location: Sendable {
        /// `<specs>/<vendor>/<product>/<apiVersion>`
        public var folder: URL
        public var action: String
        public var currentSpec: URL { folder.appendingPathComponent("\(action).json") }
        public var historyFolder: URL { folder.appendingPathComponent("history").appendingPathComponent(action) }
        /// Where `docgen history` writes by default: beside the spec.
        public var changelogName: String { "\(action).CHANGELOG.md" }
    }

    /// `operation` is `Action` (searched for under every vendor/product/version) or `vendor/product/apiVersion/Action`.
    /// Returns nil when no spec exists; throws when a bare action name is ambiguous.
    public static func locate(_ operation: String, in specs: URL) throws -> Location? {
        let parts = operation.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // The operation names files inside --specs: each part must be a name the store itself would write
        // (no `..`, `.`, empty parts or leading dots), so nothing outside --specs is read or written.
        if let bad = parts.first(where: { $0.isEmpty || SpecStoreLayout.safeComponent($0) != $0 }) {
            throw DocGenError.usage("operation '\(operation)': '\(bad)' is not a name in a spec store (letters, digits, '.', '_', '-'; no '..'); give Action or vendor/product/apiVersion/Action")
        }
        if parts.count == 4 {
            let folder = specs.appendingPathComponent(parts[0]).appendingPathComponent(parts[1]).appendingPathComponent(parts[2])
            let location = Location(folder: folder, action: parts[3])
            let exists = FileManager.default.fileExists(atPath: location.currentSpec.path)
                || FileManager.default.fileExists(atPath: location.historyFolder.path)
            return exists ? location : nil
        }
        guard parts.count == 1 else {
            throw DocGenError.usage("operation '\(operation)' must be Action or vendor/product/apiVersion/Action")
        }
        let candidates = SpecInput.specFiles(in: specs).filter { path in
            let p = path.split(separator: "/")
            return p.count == 4 && p[3] == "\(operation).json"
        }
        if candidates.count > 1 {
            let names = candidates.map { String($0.dropLast(5)) }.joined(separator: ", ")
            throw DocGenError.usage("'\(operation)' is ambiguous in \(specs.path): give one of \(names)")
        }
        guard let only = candidates.first else { return nil }
        let folder = specs.appendingPathComponent(String(only.split(separator: "/").dropLast().joined(separator: "/")))
        return Location(folder: folder, action: operation)
    }

    /// Archived revisions oldest first (by the NNN prefix), then the current spec.
    public static func revisions(at location: Location) throws -> [Revision] {
        var files: [(number: Int, url: URL)] = []
        let archived = (try? FileManager.default.contentsOfDirectory(atPath: location.historyFolder.path)) ?? []
        for name in archived where name.hasSuffix(".json") {
            guard let number = Int(name.prefix { $0.isNumber }), name.first?.isNumber == true else {
                throw DocGenError.invalidInput("\(location.historyFolder.path)/\(name): history file names must be <NNN>-<sha12>.json")
            }
            files.append((number, location.historyFolder.appendingPathComponent(name)))
        }
        var revisions = try files.sorted { ($0.number, $0.url.path) < ($1.number, $1.url.path) }.map {
            Revision(spec: try SpecJSON.readSpec(at: $0.url), origin: $0.url.path)
        }
        if FileManager.default.fileExists(atPath: location.currentSpec.path) {
            revisions.append(Revision(spec: try SpecJSON.readSpec(at: location.currentSpec), origin: location.currentSpec.path))
        }
        return revisions
    }
}
