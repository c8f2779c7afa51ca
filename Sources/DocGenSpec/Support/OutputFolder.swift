import Foundation

/// Writes files below one root folder, and nowhere else.
///
/// - Writes are atomic: a temporary file in the same folder, then a rename.
/// - A file whose bytes would not change is not touched (its modification time stays), so regenerating with no change
///   writes nothing.
/// - A relative path that would leave the root (`..`, absolute paths) is refused, and so is a write or removal whose
///   path passes through a symbolic link below the root (the resolved path must stay inside the root too).
public struct OutputFolder: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public enum WriteResult: String, Sendable {
        case created, updated, unchanged
    }

    /// Resolves `relativePath` inside the root, refusing anything that escapes it.
    public func url(for relativePath: String) throws -> URL {
        try checkedParts(relativePath).reduce(root) { $0.appendingPathComponent(String($1)) }
    }

    /// The same place as `url(for:)`, as a path string (no `URL` built: this runs for every file written).
    func path(for relativePath: String) throws -> String {
        let parts = try checkedParts(relativePath)
        let base = root.path
        return (base.hasSuffix("/") ? base : base + "/") + parts.joined(separator: "/")
    }

    private func checkedParts(_ relativePath: String) throws -> [Substring] {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard !relativePath.hasPrefix("/"), !parts.isEmpty,
              !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") })
        else {
            throw DocGenError.invalidInput("refusing to write '\(relativePath)': the path must stay inside \(root.path)")
        }
        return parts
    }

    /// The bytes currently at `relativePath`, or nil.
    public func existing(_ relativePath: String) -> Data? {
        guard let path = try? path(for: relativePath) else { return nil }
        return FileBytes.contents(of: path)
    }

    /// What `write` would do, without writing.
    public func plan(_ data: Data, to relativePath: String) throws -> WriteResult {
        Self.plan(data, at: try path(for: relativePath))
    }

    private static func plan(_ data: Data, at path: String) -> WriteResult {
        guard let same = FileBytes.holds(data, at: path) else { return .created }
        return same ? .unchanged : .updated
    }

    @discardableResult
    public func write(_ data: Data, to relativePath: String) throws -> WriteResult {
        let target = try path(for: relativePath)
        try refuseSymbolicLinks(relativePath)
        let result = Self.plan(data, at: target)
        if result == .unchanged { return result }
        try FileBytes.atomicReplace(target, with: data)
        return result
    }

    /// Removes a file inside the root (used when an operation is gone). Missing files are fine.
    public func remove(_ relativePath: String) throws {
        let target = try url(for: relativePath)
        try refuseSymbolicLinks(relativePath)
        if FileManager.default.fileExists(atPath: target.path) {
            try FileManager.default.removeItem(at: target)
        }
    }

    /// Throws when an existing component of `relativePath` below the root is a symbolic link: following it could
    /// write outside the root. (The root itself may be a link: that is where the user asked the output to go.)
    func refuseSymbolicLinks(_ relativePath: String) throws {
        var current = root.path.hasSuffix("/") ? String(root.path.dropLast()) : root.path
        for part in try checkedParts(relativePath) {
            current += "/" + part
            var info = stat()
            guard lstat(current, &info) == 0 else { return }  // missing: nothing below it exists either
            if (info.st_mode & S_IFMT) == S_IFLNK {
                throw DocGenError.invalidInput(
                    "refusing to write '\(relativePath)': \(current) is a symbolic link; the path must stay inside \(root.path)")
            }
        }
    }

    /// Whether a file name is one of `atomicWrite`'s temporary files (`.<name>.<pid>-<n>.tmp`).
    public static func isTemporaryFileName(_ name: some StringProtocol) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp")
    }

    /// Removes temporary files that an interrupted run left below the root; call it only while holding the
    /// folder's `WriteLock` (no other docgen can be writing one then). Returns the relative paths removed.
    @discardableResult
    public func removeTemporaryLeftovers() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var removed: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = relative.split(separator: "/").last ?? ""
            guard Self.isTemporaryFileName(name), (walker.fileAttributes?[.type] as? FileAttributeType) == .typeRegular else {
                continue
            }
            if unlink(root.path + "/" + relative) == 0 { removed.append(relative) }
        }
        return removed.sorted()
    }

    /// Every regular file below the root, as sorted relative paths.
    public func listFiles(under relativeFolder: String? = nil) -> [String] {
        // Most operations have no history folder: one `stat` instead of setting up an enumerator.
        if let relativeFolder, let path = try? path(for: relativeFolder), !FileBytes.exists(path) { return [] }
        let base = (relativeFolder.flatMap { try? url(for: $0) }) ?? root
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var out: [String] = []
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix) { out.append(String(path.dropFirst(prefix.count))) }
        }
        return out.sorted()
    }

    /// Temporary file beside the target, then rename: readers never see half a file. Missing folders are created.
    public static func atomicWrite(_ data: Data, to target: URL) throws {
        try FileBytes.atomicReplace(target.path, with: data)
    }
}
