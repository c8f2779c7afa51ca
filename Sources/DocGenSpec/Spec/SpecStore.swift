import Foundation

/// The `specs/` folder: every revision of every operation, so that diffs and history need nothing else.
/// Layout in `SpecStoreLayout`. All writes go through `OutputFolder` (atomic, skip-if-unchanged, inside the root).
///
/// Revision order (oldest first): existing revisions keep their order; a new revision goes to the end, except that a
/// dated one (`source.date`) goes before stored dated revisions that are newer than it. Within one run, undated pages
/// come first in input order, then dated pages by date (ties in input order). A page whose `source.sha256` is already
/// stored for the operation is the same revision: no new entry, and its file is only rewritten if the spec bytes
/// changed (a newer docgen read the page better).
public struct SpecStore: Sendable {
    public let root: URL
    private let folder: OutputFolder

    public init(root: URL) {
        self.root = root.standardizedFileURL
        self.folder = OutputFolder(root: root)
    }

    // MARK: Reading

    /// Every file of the store, as sorted relative paths.
    public func allSpecFiles() -> [String] {
        folder.listFiles().filter { $0.hasSuffix(".json") }
    }

    /// Relative paths of the current specs (`vendor/product/apiVersion/Action.json`), sorted.
    public func currentSpecFiles() -> [String] {
        folder.listFiles().filter(SpecStoreLayout.isCurrentSpecPath)
    }

    /// The newest revision of every operation, sorted by `OperationID`.
    public func currentSpecs() throws -> [OperationSpec] {
        // Decoded on every core; the first failure in file order is thrown, as a sequential read would.
        let folder = folder
        return try ParallelMap.run(currentSpecFiles()) { try SpecJSON.readSpec(at: folder.url(for: $0)) }
            .map { try $0.get() }
            .sorted { ($0.operationID, $0.source.file) < ($1.operationID, $1.source.file) }
    }

    /// Every stored revision of an operation, oldest first (the last is the current spec). Empty if unknown.
    public func revisions(of id: OperationID) throws -> [OperationSpec] {
        try storedRevisions(SpecStoreLayout(id)).map { try SpecJSON.decode(OperationSpec.self, from: $0.data) }
    }

    /// Relative paths of an operation's files, oldest revision first.
    public func revisionFiles(of id: OperationID) throws -> [String] {
        try storedRevisions(SpecStoreLayout(id)).map(\.path)
    }

    // MARK: Writing

    public struct Update: Sendable {
        public var currentFiles: [String: OutputFolder.WriteResult] = [:]
        public var historyFiles: [String: OutputFolder.WriteResult] = [:]
        public var removedFiles: [String] = []
        /// Store-level news (same operation twice in a run, unsafe names) and failures (unreadable stored spec).
        public var diagnostics: [Diagnostic] = []
        /// Pages whose spec could not be stored (their files are named in `diagnostics`).
        public var failedPages: Set<String> = []

        public func count(_ result: OutputFolder.WriteResult, history: Bool) -> Int {
            (history ? historyFiles : currentFiles).values.filter { $0 == result }.count
        }

        mutating func merge(_ other: Update) {
            currentFiles.merge(other.currentFiles) { _, new in new }
            historyFiles.merge(other.historyFiles) { _, new in new }
            removedFiles += other.removedFiles
            diagnostics += other.diagnostics
            failedPages.formUnion(other.failedPages)
        }
    }

    /// Adds the revisions read in one run, given in input order.
    public func add(_ specs: [OperationSpec]) -> Update {
        var update = Update()
        var groups: [SpecStoreLayout: [OperationSpec]] = [:]
        for spec in specs {
            let layout = SpecStoreLayout(spec.operationID)
            if !SpecStoreLayout.isSafe(spec.operationID) {
                update.diagnostics.append(Diagnostic(.warning, code: "unsafe-name",
                    "operation \(spec.operationID) has characters that cannot be in a file name; stored as \(layout.currentFile)",
                    file: spec.source.file, line: nil))
            }
            groups[layout, default: []].append(spec)
        }
        // Operations touch disjoint files, so they are stored in parallel (encoding, comparing, writing); their
        // results are merged in layout order, as a sequential run would have produced them.
        let grouped = groups
        let parts = ParallelMap.run(grouped.keys.sorted()) { layout in
            var part = Update()
            add(grouped[layout]!, at: layout, into: &part)
            return part
        }
        for case .success(let part) in parts { update.merge(part) }
        return update
    }

    private struct StoredRevision {
        var path: String
        var data: Data
        var sha256: String
        var date: String?
        /// The page of this run that gave (or matched) this revision; a later page with the same bytes is a duplicate.
        var claimedBy: String?
    }

    /// Just the fields revision order needs, without decoding the whole spec.
    private struct RevisionKey: Decodable {
        struct Source: Decodable { var sha256: String; var date: String? }
        var source: Source
    }

    private func storedRevisions(_ layout: SpecStoreLayout) throws -> [StoredRevision] {
        var paths = folder.listFiles(under: layout.historyFolder).filter {
            $0.hasPrefix(layout.historyFolder + "/") && $0.hasSuffix(".json")
                && !$0.dropFirst(layout.historyFolder.count + 1).contains("/")
        }
        paths.sort {
            let a = SpecStoreLayout.revisionNumber(ofHistoryFile: String($0.split(separator: "/").last!)) ?? 0
            let b = SpecStoreLayout.revisionNumber(ofHistoryFile: String($1.split(separator: "/").last!)) ?? 0
            return (a, $0) < (b, $1)
        }
        let current = folder.existing(layout.currentFile)
        if current != nil { paths.append(layout.currentFile) }
        return try paths.map { path in
            guard let data = path == layout.currentFile ? current : folder.existing(path) else {
                throw DocGenError.io("\(folder.root.path)/\(path): cannot read")
            }
            let key: RevisionKey
            do {
                key = try SpecJSON.decode(RevisionKey.self, from: data)
            } catch {
                throw DocGenError.invalidInput("\(folder.root.path)/\(path): not a docgen spec")
            }
            return StoredRevision(path: path, data: data, sha256: key.source.sha256, date: key.source.date, claimedBy: nil)
        }
    }

    private func add(_ newSpecs: [OperationSpec], at layout: SpecStoreLayout, into update: inout Update) {
        var revisions: [StoredRevision]
        do {
            revisions = try storedRevisions(layout)
        } catch {
            for spec in newSpecs {
                update.failedPages.insert(spec.source.file)
                update.diagnostics.append(Diagnostic(.error, code: "store-unreadable",
                    "\(error); \(layout.currentFile) and its history left as they are", file: spec.source.file, line: nil))
            }
            return
        }
        // Undated first, then by date; `sorted` on enumerated pairs keeps input order for ties.
        let ordered = newSpecs.enumerated().sorted { a, b in
            switch (a.element.source.date, b.element.source.date) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (da?, db?): return (da, a.offset) < (db, b.offset)
            }
        }.map(\.element)

        var firstNewFile: String?
        for spec in ordered {
            let data: Data
            do {
                data = try SpecJSON.encode(spec)
            } catch {
                update.failedPages.insert(spec.source.file)
                update.diagnostics.append(Diagnostic(.error, code: "store-encode", "cannot encode spec: \(error)", file: spec.source.file, line: nil))
                continue
            }
            if let same = revisions.firstIndex(where: { $0.sha256 == spec.source.sha256 }) {
                if let earlier = revisions[same].claimedBy {
                    update.diagnostics.append(Diagnostic(.info, code: "duplicate-page",
                        "same bytes as \(earlier) for \(spec.operationID); stored once", file: spec.source.file, line: nil))
                } else {
                    revisions[same].data = data
                    revisions[same].claimedBy = spec.source.file
                }
                continue
            }
            if let first = firstNewFile {
                update.diagnostics.append(Diagnostic(.info, code: "same-operation",
                    "another revision of \(spec.operationID) (also read from \(first)); both kept, ordered by page date then input order",
                    file: spec.source.file, line: nil))
            } else {
                firstNewFile = spec.source.file
            }
            let revision = StoredRevision(path: "", data: data, sha256: spec.source.sha256, date: spec.source.date, claimedBy: spec.source.file)
            revisions.insert(revision, at: insertionIndex(for: spec.source.date, in: revisions))
        }
        write(revisions, at: layout, into: &update, pages: newSpecs.map(\.source.file))
    }

    /// The end, moved back past dated revisions newer than `date`; undated revisions are never passed.
    private func insertionIndex(for date: String?, in revisions: [StoredRevision]) -> Int {
        var index = revisions.count
        guard let date else { return index }
        while index > 0, let previous = revisions[index - 1].date, previous > date { index -= 1 }
        return index
    }

    /// Makes the operation's files match `revisions`: new and moved files first, stale history files last, so an
    /// interrupted run leaves every revision somewhere.
    private func write(_ revisions: [StoredRevision], at layout: SpecStoreLayout, into update: inout Update, pages: [String]) {
        guard let current = revisions.last else { return }
        var wanted = Set<String>()
        do {
            for (index, revision) in revisions.dropLast().enumerated() {
                let path = layout.historyFile(revision: index + 1, sha256: revision.sha256)
                wanted.insert(path)
                update.historyFiles[path] = try folder.write(revision.data, to: path)
            }
            wanted.insert(layout.currentFile)
            update.currentFiles[layout.currentFile] = try folder.write(current.data, to: layout.currentFile)
            for path in revisions.map(\.path) where !path.isEmpty && !wanted.contains(path) {
                try folder.remove(path)
                update.removedFiles.append(path)
            }
        } catch {
            for page in pages { update.failedPages.insert(page) }
            update.diagnostics.append(Diagnostic(.error, code: "store-write", "\(error)", file: pages.first ?? layout.currentFile, line: nil))
        }
    }
}
