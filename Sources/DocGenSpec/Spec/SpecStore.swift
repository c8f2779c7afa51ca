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
        try checkShape()
        // Decoded on every core; the first failure in file order is thrown, as a sequential read would.
        let folder = folder
        return try ParallelMap.run(currentSpecFiles()) { try SpecJSON.readSpec(at: folder.url(for: $0)) }
            .map { try $0.get() }
            .sorted { ($0.operationID, $0.source.file) < ($1.operationID, $1.source.file) }
    }

    /// Throws, naming the path, when the store holds something docgen never writes where a spec or a history folder
    /// belongs: a folder or other non-file named `<Action>.json`, a file named `history` or `history/<Action>`.
    /// (Silently skipping such an entry would drop an operation from everything read from the store.)
    public func checkShape() throws {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return }
        while let relative = walker.nextObject() as? String {
            let parts = relative.split(separator: "/")
            let type = walker.fileAttributes?[.type] as? FileAttributeType
            if parts.count == 4, parts[3].hasSuffix(".json"), type != .typeRegular {
                throw DocGenError.invalidInput("\(root.path)/\(relative): not a spec file (\(Self.describe(type))); remove or restore it")
            }
            if parts.count >= 4, parts[3] == Substring(SpecStoreLayout.historyFolderName), parts.count <= 5, type != .typeDirectory {
                throw DocGenError.invalidInput("\(root.path)/\(relative): should be a history folder (\(Self.describe(type))); remove or restore it")
            }
            if parts.count >= 5 { walker.skipDescendants() }
        }
    }

    static func describe(_ type: FileAttributeType?) -> String {
        switch type {
        case .typeDirectory?: return "a folder"
        case .typeSymbolicLink?: return "a symbolic link"
        case .typeRegular?: return "a file"
        default: return "not a regular file"
        }
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
        /// The pages of an operation whose files are staged (they fail if the commit does).
        var pagesStaged: [String] = []

        public func count(_ result: OutputFolder.WriteResult, history: Bool) -> Int {
            (history ? historyFiles : currentFiles).values.filter { $0 == result }.count
        }

        /// This operation's update when its staged files could not all be put in place: the files not changed
        /// are not reported as written, and its pages fail.
        func failingCommit(_ failure: StagedWrites.Failure) -> Update {
            var update = self
            let notChanged = Set(failure.pathsNotChanged)
            update.currentFiles = currentFiles.filter { !notChanged.contains($0.key) }
            update.historyFiles = historyFiles.filter { !notChanged.contains($0.key) }
            update.removedFiles = removedFiles.filter { !notChanged.contains($0) }
            update.failedPages.formUnion(pagesStaged)
            update.diagnostics.append(Diagnostic(.error, code: "store-write", "\(failure.error)",
                                                 file: pagesStaged.first ?? failure.pathsNotChanged.first ?? "", line: nil))
            return update
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
        // Paths that differ only in case are two files here but one on case-insensitive file systems (macOS,
        // Windows): both are stored, with a warning naming the other (vendors do publish such twin pages).
        var byLowercased: [String: String] = [:]
        for path in currentSpecFiles() { byLowercased[path.lowercased(), default: path] = path }
        var runLowercased: [String: SpecStoreLayout] = [:]
        for layout in groups.keys.sorted() {
            let lower = layout.currentFile.lowercased()
            var other: String?
            if let stored = byLowercased[lower], stored != layout.currentFile { other = "\(root.path)/\(stored)" }
            if let earlier = runLowercased[lower], earlier != layout, let page = groups[earlier]?.first?.source.file {
                other = "\(earlier.currentFile) (\(page))"
            }
            runLowercased[lower] = layout
            guard let other else { continue }
            for spec in groups[layout]! {
                update.diagnostics.append(Diagnostic(.warning, code: "case-collision",
                    "\(layout.currentFile) differs only in case from \(other): one file on a case-insensitive file system; rename one (--action, --sources) if the store is used there",
                    file: spec.source.file, line: nil))
            }
        }
        // Operations touch disjoint files, so they are staged in parallel (encoding, comparing, writing temporary
        // files); their results are merged and committed in layout order, as a sequential run would have made them.
        // One flush to disk covers every operation's files (`StagedWrites`).
        let grouped = groups
        let staging = StagedWrites(folder: folder)
        let layouts = grouped.keys.sorted()
        let parts = ParallelMap.run(layouts) { layout in
            var part = Update()
            var unit = StagedWrites.Unit()
            add(grouped[layout]!, at: layout, into: &part, staging: staging, unit: &unit)
            return (part, unit)
        }
        var staged: [(part: Update, unit: StagedWrites.Unit)] = []
        for case .success(let pair) in parts { staged.append(pair) }
        let failures = staging.commit(staged.map(\.unit))
        for (index, (part, _)) in staged.enumerated() {
            update.merge(failures[index].map { part.failingCommit($0) } ?? part)
        }
        return update
    }

    private struct StoredRevision {
        var path: String
        var data: Data
        var sha256: String
        var date: String?
        /// The page of this run that gave (or matched) this revision; a later page with the same bytes is a duplicate.
        var claimedBy: String?
        /// The identity the stored file states (nil for a revision of this run).
        var operationID: OperationID? = nil
        /// Files of the same revisions filed twice by an interrupted run (kept on the first revision only).
        var strayPaths: [String] = []
    }

    /// Just the fields revision order needs, without decoding the whole spec.
    private struct RevisionKey: Decodable {
        struct Source: Decodable { var sha256: String; var date: String? }
        var schemaVersion: Int
        var vendor: String
        var product: String
        var apiVersion: String
        var action: String
        var source: Source
        var operationID: OperationID { OperationID(vendor: vendor, product: product, apiVersion: apiVersion, action: action) }
    }

    private func storedRevisions(_ layout: SpecStoreLayout) throws -> [StoredRevision] {
        if let historyPath = try? folder.path(for: layout.historyFolder), FileBytes.exists(historyPath),
           !FileBytes.isFolder(historyPath) {
            throw DocGenError.invalidInput("\(historyPath): should be a history folder, is a file; remove or restore it")
        }
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
        let all = try paths.map { path in
            guard let data = path == layout.currentFile ? current : folder.existing(path) else {
                throw DocGenError.io("\(folder.root.path)/\(path): cannot read")
            }
            let key: RevisionKey
            do {
                key = try SpecJSON.decode(RevisionKey.self, from: data)
            } catch {
                throw DocGenError.invalidInput("\(folder.root.path)/\(path): not a docgen spec")
            }
            try SpecJSON.checkSchemaVersion(key.schemaVersion, path: "\(folder.root.path)/\(path)")
            return StoredRevision(path: path, data: data, sha256: key.source.sha256, date: key.source.date, claimedBy: nil,
                                  operationID: key.operationID)
        }
        // A revision is its page's bytes: one sha256 is one revision, wherever it is filed. A run killed between
        // filing the previous spec in history and replacing the current one (or while renumbering history) leaves a
        // sha filed twice; the last place is the one the interrupted write was heading for, so that one counts and
        // the other is removed by the next write of this operation.
        var seen = Set<String>()
        var unique: [StoredRevision] = []
        for revision in all.reversed() where seen.insert(revision.sha256).inserted {
            unique.append(revision)
        }
        var revisions = Array(unique.reversed())
        if unique.count != all.count {
            let kept = Set(revisions.map(\.path))
            revisions[0].strayPaths = all.map(\.path).filter { !kept.contains($0) }
        }
        return revisions
    }

    private func add(_ newSpecs: [OperationSpec], at layout: SpecStoreLayout, into update: inout Update,
                     staging: StagedWrites, unit: inout StagedWrites.Unit) {
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

        // Names that differ before `safeComponent` can meet in one file: never merge two operations into it.
        for spec in ordered {
            if let other = revisions.first(where: { $0.operationID != nil && $0.operationID != spec.operationID }) {
                for page in newSpecs.map(\.source.file) { update.failedPages.insert(page) }
                update.diagnostics.append(Diagnostic(.error, code: "name-collision",
                    "operation \(spec.operationID) would be stored as \(layout.currentFile), which holds \(other.operationID!) (\(folder.root.path)/\(other.path)); give one of them another name (--action, --sources)",
                    file: spec.source.file, line: nil))
                return
            }
            if let other = ordered.first(where: { $0.operationID != spec.operationID }) {
                for page in newSpecs.map(\.source.file) { update.failedPages.insert(page) }
                update.diagnostics.append(Diagnostic(.error, code: "name-collision",
                    "operations \(spec.operationID) (\(spec.source.file)) and \(other.operationID) (\(other.source.file)) would both be stored as \(layout.currentFile); give one of them another name (--action, --sources); neither stored",
                    file: spec.source.file, line: nil))
                return
            }
        }

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
        write(revisions, at: layout, into: &update, pages: newSpecs.map(\.source.file), staging: staging, unit: &unit)
    }

    /// The end, moved back past dated revisions newer than `date`; undated revisions are never passed.
    private func insertionIndex(for date: String?, in revisions: [StoredRevision]) -> Int {
        var index = revisions.count
        guard let date else { return index }
        while index > 0, let previous = revisions[index - 1].date, previous > date { index -= 1 }
        return index
    }

    /// Stages the operation's files to match `revisions`: new and moved files first, stale history files last, so an
    /// interrupted commit leaves every revision somewhere. When staging fails nothing of the operation is committed.
    private func write(_ revisions: [StoredRevision], at layout: SpecStoreLayout, into update: inout Update, pages: [String],
                       staging: StagedWrites, unit: inout StagedWrites.Unit) {
        guard let current = revisions.last else { return }
        var wanted = Set<String>()
        var staged = StagedWrites.Unit()
        var written = Update()
        do {
            for (index, revision) in revisions.dropLast().enumerated() {
                let path = layout.historyFile(revision: index + 1, sha256: revision.sha256)
                wanted.insert(path)
                written.historyFiles[path] = try staging.stage(revision.data, to: path, in: &staged)
            }
            wanted.insert(layout.currentFile)
            written.currentFiles[layout.currentFile] = try staging.stage(current.data, to: layout.currentFile, in: &staged)
            for path in revisions.map(\.path) + revisions.flatMap(\.strayPaths) where !path.isEmpty && !wanted.contains(path) {
                try staging.stageRemoval(path, in: &staged)
                written.removedFiles.append(path)
            }
        } catch {
            staging.discard([staged])
            for page in pages { update.failedPages.insert(page) }
            update.diagnostics.append(Diagnostic(.error, code: "store-write", "\(error)", file: pages.first ?? layout.currentFile, line: nil))
            return
        }
        update.merge(written)
        update.pagesStaged = pages
        unit = staged
    }
}

// MARK: Crash recovery

extension SpecStore {
    /// `docgen update` files this before it ingests and removes it once the change report is printed, so a run
    /// killed in between still has its changes reported (and gated by `--fail-on`) by the next run.
    public static let pendingReportFile = ".docgen-pending-report"

    /// The current revision (page sha256) of each operation when the unreported run began.
    public struct PendingReport: Codable, Sendable, Equatable {
        public struct Entry: Codable, Sendable, Equatable {
            public var vendor: String, product: String, apiVersion: String, action: String, sha256: String
            public var operationID: OperationID {
                OperationID(vendor: vendor, product: product, apiVersion: apiVersion, action: action)
            }
        }
        public var schemaVersion = 1
        public var before: [Entry]

        public init(before: [OperationID: String]) {
            self.before = before.sorted { $0.key < $1.key }.map {
                Entry(vendor: $0.key.vendor, product: $0.key.product, apiVersion: $0.key.apiVersion, action: $0.key.action,
                      sha256: $0.value)
            }
        }

        public var baseline: [OperationID: String] {
            Dictionary(before.map { ($0.operationID, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The record an interrupted `update` left, or nil.
    public func pendingReport() throws -> PendingReport? {
        guard let data = folder.existing(Self.pendingReportFile) else { return nil }
        do {
            let report = try SpecJSON.decode(PendingReport.self, from: data)
            guard report.schemaVersion == 1 else { throw DocGenError.invalidInput("schemaVersion \(report.schemaVersion)") }
            return report
        } catch {
            throw DocGenError.invalidInput("\(root.path)/\(Self.pendingReportFile): not a docgen pending-report record; remove it to report changes from the store as it is")
        }
    }

    public func recordPendingReport(_ report: PendingReport) throws {
        try folder.write(try SpecJSON.encode(report), to: Self.pendingReportFile)
    }

    public func clearPendingReport() throws {
        try folder.remove(Self.pendingReportFile)
    }

    /// Removes temporary files an interrupted run left in the store (call while holding the store's `WriteLock`).
    @discardableResult
    public func removeTemporaryLeftovers() -> [String] { folder.removeTemporaryLeftovers() }
}
