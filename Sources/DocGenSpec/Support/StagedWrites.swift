import Foundation

/// Writes of many files that reach the disk together, for the spec store: each changed file's bytes go to a
/// temporary file beside its target (not flushed), `commit` flushes them all to disk at once, then renames them into
/// place and makes the removals, unit by unit, in the order they were staged.
///
/// Why: `OutputFolder.write` flushes every file before its rename (one `fsync` each, most of an ingest's system time
/// when hundreds of specs are written). What durability needs is only that a file's bytes are on disk before the
/// rename that puts them in place, so that a power loss leaves the old file or the new one, never an empty or partial
/// one. One flush of all temporary files before the first rename gives that for the whole run. A killed run leaves
/// temporary files (removed when the next writer takes the lock) or a unit half renamed, which the store repairs as
/// it always has (its writes are ordered so that every revision is somewhere).
public struct StagedWrites: Sendable {
    /// One unit of work (the spec store: one operation's files), applied in order; a failed step stops its unit.
    public struct Unit: Sendable {
        fileprivate var steps: [Step] = []

        public init() {}

        /// Relative paths the unit changes, in order.
        public var paths: [String] { steps.map(\.relativePath) }
    }

    fileprivate enum Step: Sendable {
        case replace(temporary: String, relativePath: String)
        case remove(relativePath: String)

        var relativePath: String {
            switch self {
            case .replace(_, let path), .remove(let path): return path
            }
        }

        var temporary: String? {
            if case .replace(let temporary, _) = self { return temporary }
            return nil
        }
    }

    /// A unit whose commit stopped: the error and the relative paths it did not change (the failed step's and later).
    public struct Failure: Error, Sendable {
        public var error: Error
        public var pathsNotChanged: [String]
    }

    public let folder: OutputFolder

    public init(folder: OutputFolder) {
        self.folder = folder
    }

    /// Stages `data` for `relativePath`: what `OutputFolder.write` would do, with the new bytes in a temporary file
    /// until `commit`. An unchanged file stages nothing.
    public func stage(_ data: Data, to relativePath: String, in unit: inout Unit) throws -> OutputFolder.WriteResult {
        let target = try folder.path(for: relativePath)
        try folder.refuseSymbolicLinks(relativePath)
        let result = try folder.plan(data, to: relativePath)
        if result == .unchanged { return result }
        let temporary = try FileBytes.writeTemporary(beside: target, data, flushed: false)
        unit.steps.append(.replace(temporary: temporary, relativePath: relativePath))
        return result
    }

    /// Stages the removal of `relativePath` (made by `commit` after the unit's earlier steps).
    public func stageRemoval(_ relativePath: String, in unit: inout Unit) throws {
        _ = try folder.path(for: relativePath)
        unit.steps.append(.remove(relativePath: relativePath))
    }

    /// Removes the temporary files of units that will not be committed.
    public func discard(_ units: [Unit]) {
        for temporary in units.flatMap(\.steps).compactMap(\.temporary) { unlink(temporary) }
    }

    /// Flushes every staged temporary file to disk (one flush for all), then applies each unit's steps in order.
    /// Returns the failures by unit index; a unit that fails stops at the failed step (its later temporary files are
    /// removed) and the others go on. When the flush itself fails nothing is renamed: every unit fails.
    public func commit(_ units: [Unit]) -> [Int: Failure] {
        let temporaries = units.flatMap(\.steps).compactMap(\.temporary)
        do {
            try FileBytes.flushToDisk(temporaries, onFileSystemOf: folder.root.path)
        } catch {
            discard(units)
            var failures: [Int: Failure] = [:]
            for (index, unit) in units.enumerated() where !unit.steps.isEmpty {
                failures[index] = Failure(error: error, pathsNotChanged: unit.paths)
            }
            return failures
        }
        var failures: [Int: Failure] = [:]
        for (index, unit) in units.enumerated() {
            for (position, step) in unit.steps.enumerated() {
                do {
                    switch step {
                    case .replace(let temporary, let relativePath):
                        try FileBytes.moveTemporary(temporary, to: try folder.path(for: relativePath))
                    case .remove(let relativePath):
                        try folder.remove(relativePath)
                    }
                } catch {
                    let rest = Array(unit.steps[position...])
                    var remaining = Unit()
                    remaining.steps = Array(rest.dropFirst())
                    discard([remaining])
                    failures[index] = Failure(error: error, pathsNotChanged: rest.map(\.relativePath))
                    break
                }
            }
        }
        return failures
    }
}
