import Foundation
import DocGenSpec

/// Writes the tables through `OutputFolder` (atomic, unchanged files untouched) and removes tables of the formats
/// being written that it wrote before and no longer produces (a product that is gone). What it wrote is remembered
/// in `.docgen-errors` in the output folder, so files it did not write are never removed.
public struct ErrorTableWriter {
    public static let manifestName = ".docgen-errors"
    public let folder: OutputFolder
    public let formats: [ErrorTableFormat]

    public init(folder: OutputFolder, formats: [ErrorTableFormat] = ErrorTableFormat.allCases) {
        self.folder = folder
        self.formats = formats
    }

    private func isWritten(_ path: String) -> Bool {
        formats.contains { path.hasSuffix("." + $0.rawValue) }
    }

    public struct Plan: Equatable, Sendable {
        public var created: [String] = []
        public var updated: [String] = []
        public var removed: [String] = []
        public var unchanged = 0
        public var changed: [String] { (created + updated + removed).sorted() }
    }

    public func plan(_ files: [String: Data]) throws -> Plan {
        var plan = Plan()
        for path in files.keys.sorted() {
            switch try folder.plan(files[path]!, to: path) {
            case .created: plan.created.append(path)
            case .updated: plan.updated.append(path)
            case .unchanged: plan.unchanged += 1
            }
        }
        plan.removed = previouslyWritten().filter { isWritten($0) && files[$0] == nil && folder.existing($0) != nil }
        return plan
    }

    @discardableResult
    public func apply(_ files: [String: Data]) throws -> Plan {
        let plan = try plan(files)
        for path in files.keys.sorted() { try folder.write(files[path]!, to: path) }
        let otherFormats = previouslyWritten().filter { !isWritten($0) && folder.existing($0) != nil }
        let manifest = Set(files.keys).union(otherFormats).sorted().map { $0 + "\n" }.joined()
        try folder.write(Data(manifest.utf8), to: Self.manifestName)
        for path in plan.removed { try folder.remove(path) }
        return plan
    }

    private func previouslyWritten() -> [String] {
        guard let data = folder.existing(Self.manifestName), let text = String(data: data, encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").map(String.init).filter { (try? folder.url(for: $0)) != nil }.sorted()
    }
}
