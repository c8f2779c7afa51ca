import Foundation
import DocGenSpec

/// Brings an output folder in line with a generation: writes files whose bytes changed (atomically, via
/// `OutputFolder`), leaves the others untouched, and removes files docgen wrote earlier that are no longer
/// generated. A file counts as docgen's when the previous manifest lists it or its first line is the generated-file
/// marker; anything else in the folder is never touched.
public struct GenerationWriter {
    public let folder: OutputFolder

    public init(folder: OutputFolder) {
        self.folder = folder
    }

    public struct Outcome: Sendable, Equatable {
        public var created: [String] = []
        public var updated: [String] = []
        public var removed: [String] = []
        public var unchanged = 0

        public var changed: [String] { (created + updated + removed).sorted() }
    }

    /// What `apply` would do (the `--check` answer), without writing.
    public func plan(_ files: [GeneratedFile]) throws -> Outcome {
        var outcome = Outcome()
        for file in files {
            switch try folder.plan(file.data, to: file.path) {
            case .created: outcome.created.append(file.path)
            case .updated: outcome.updated.append(file.path)
            case .unchanged: outcome.unchanged += 1
            }
        }
        outcome.removed = stale(keeping: Set(files.map(\.path)))
        return outcome
    }

    @discardableResult
    public func apply(_ files: [GeneratedFile]) throws -> Outcome {
        var outcome = try plan(files)
        let changing = Set(outcome.created + outcome.updated)
        // The manifest goes last: if a write fails (or the run is killed) it still lists what the previous run
        // wrote, never files that were not written; the next run finishes the job.
        for file in files where changing.contains(file.path) && file.path != SDKGenerator.manifestPath {
            try folder.write(file.data, to: file.path)
        }
        for file in files where changing.contains(file.path) && file.path == SDKGenerator.manifestPath {
            try folder.write(file.data, to: file.path)
        }
        for path in outcome.removed {
            try folder.remove(path)
            try pruneEmptyFolders(above: path)
        }
        outcome.removed.sort()
        return outcome
    }

    /// Files docgen generated before that the new generation does not contain.
    func stale(keeping current: Set<String>) -> [String] {
        var previous = Set<String>()
        if let manifest = folder.existing(SDKGenerator.manifestPath) {
            for line in String(decoding: manifest, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
                previous.insert(String(line))
            }
        }
        var stale: [String] = []
        for path in folder.listFiles() where !current.contains(path) {
            if previous.contains(path) || hasMarker(path) { stale.append(path) }
        }
        return stale.sorted()
    }

    private func hasMarker(_ path: String) -> Bool {
        guard path.hasSuffix(".swift") || path.hasSuffix(".md"), let url = try? folder.url(for: path),
              let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let marker = path.hasSuffix(".md") ? GeneratedFileMarker.markdownLine : GeneratedFileMarker.line
        let head = (try? handle.read(upToCount: marker.utf8.count)) ?? Data()
        return head == Data(marker.utf8)
    }

    /// Removes folders left empty by a removal (so SwiftPM does not find an empty module), never the root.
    private func pruneEmptyFolders(above path: String) throws {
        var parts = path.split(separator: "/").map(String.init)
        parts.removeLast()
        while !parts.isEmpty {
            let url = try folder.url(for: parts.joined(separator: "/"))
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? ["?"]
            guard contents.isEmpty else { return }
            try FileManager.default.removeItem(at: url)
            parts.removeLast()
        }
    }
}
