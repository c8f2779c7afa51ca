import Foundation

/// Writes files below one root folder, and nowhere else.
///
/// - Writes are atomic: a temporary file in the same folder, then a rename.
/// - A file whose bytes would not change is not touched (its modification time stays), so regenerating with no change
///   writes nothing.
/// - A relative path that would leave the root (`..`, absolute paths) is refused.
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
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard !relativePath.hasPrefix("/"), !parts.isEmpty,
              !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") })
        else {
            throw DocGenError.invalidInput("refusing to write '\(relativePath)': the path must stay inside \(root.path)")
        }
        return parts.reduce(root) { $0.appendingPathComponent(String($1)) }
    }

    /// The bytes currently at `relativePath`, or nil.
    public func existing(_ relativePath: String) -> Data? {
        guard let url = try? url(for: relativePath) else { return nil }
        return FileManager.default.contents(atPath: url.path)
    }

    /// What `write` would do, without writing.
    public func plan(_ data: Data, to relativePath: String) throws -> WriteResult {
        let target = try url(for: relativePath)
        guard let old = FileManager.default.contents(atPath: target.path) else { return .created }
        return old == data ? .unchanged : .updated
    }

    @discardableResult
    public func write(_ data: Data, to relativePath: String) throws -> WriteResult {
        let result = try plan(data, to: relativePath)
        if result == .unchanged { return result }
        let target = try url(for: relativePath)
        try Self.atomicWrite(data, to: target)
        return result
    }

    /// Removes a file inside the root (used when an operation is gone). Missing files are fine.
    public func remove(_ relativePath: String) throws {
        let target = try url(for: relativePath)
        if FileManager.default.fileExists(atPath: target.path) {
            try FileManager.default.removeItem(at: target)
        }
    }

    /// Every regular file below the root, as sorted relative paths.
    public func listFiles(under relativeFolder: String? = nil) -> [String] {
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

    /// Temporary file beside the target, then rename: readers never see half a file.
    public static func atomicWrite(_ data: Data, to target: URL) throws {
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temp = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
            try data.write(to: temp)
            if rename(temp.path, target.path) != 0 {
                let code = errno
                try? FileManager.default.removeItem(at: temp)
                throw DocGenError.io("\(target.path): cannot replace file (errno \(code))")
            }
        } catch let error as DocGenError {
            throw error
        } catch {
            throw DocGenError.io("\(target.path): cannot write: \(error.localizedDescription)")
        }
    }
}
