import Foundation

/// The file calls behind `OutputFolder`, made directly with POSIX calls on paths: Foundation's `URL` building,
/// `FileManager.createDirectory` and `Data.write` cost more than the writes themselves when a run writes hundreds of
/// small files.
enum FileBytes {
    /// The bytes of the regular file at `path` (symbolic links followed), or nil when there is none or it cannot be read.
    static func contents(of path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let size = regularFileSize(fd) else { return nil }
        return readAll(fd, expected: size)
    }

    /// Whether the regular file at `path` holds exactly `data`; nil when there is no such file (or it cannot be read).
    /// A file of another size is not read.
    static func holds(_ data: Data, at path: String) -> Bool? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let size = regularFileSize(fd) else { return nil }
        if size != data.count { return false }
        guard let old = readAll(fd, expected: size) else { return nil }
        return old == data
    }

    private static func regularFileSize(_ fd: Int32) -> Int? {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads to the end (a file may have grown since `fstat`).
    private static func readAll(_ fd: Int32, expected: Int) -> Data? {
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            count += n
        }
        return Data(bytes[..<count])
    }

    /// Replaces (or creates) the file at `path` with `data` atomically: a temporary file in the same folder, written
    /// and flushed to disk, then renamed over the target. Missing folders are created first.
    static func atomicReplace(_ path: String, with data: Data) throws {
        let temp = try writeTemporary(beside: path, data, flushed: true)
        try moveTemporary(temp, to: path)
    }

    /// Writes `data` to a new temporary file in the folder of `path` (created when missing) and returns its path.
    /// `flushed`: `fsync`ed before it is closed; otherwise the caller flushes it (`flushToDisk`) before renaming it.
    static func writeTemporary(beside path: String, _ data: Data, flushed: Bool) throws -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let (fd, temp) = try createTemporaryFile(in: folder, for: name, target: path)
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot write: \(reason(errno))"
                    return
                }
                offset += n
            }
        }
        if failure == nil, flushed, fsync(fd) != 0 { failure = "cannot write: \(reason(errno))" }
        if close(fd) != 0, failure == nil { failure = "cannot write: \(reason(errno))" }
        if let failure {
            unlink(temp)
            throw DocGenError.io("\(path): \(failure)")
        }
        return temp
    }

    /// Renames a temporary file of `writeTemporary` over `path`; on failure the temporary file is removed.
    static func moveTemporary(_ temp: String, to path: String) throws {
        if rename(temp, path) != 0 {
            let code = errno
            unlink(temp)
            throw DocGenError.io("\(path): cannot replace file (errno \(code))")
        }
    }

    /// Makes the written bytes of the files at `paths` durable (they survive a power loss once this returns).
    /// On Linux one `syncfs` of the file system holding `folder` covers them all; elsewhere each file is `fsync`ed.
    static func flushToDisk(_ paths: [String], onFileSystemOf folder: String) throws {
        guard !paths.isEmpty else { return }
        #if os(Linux)
        if let syncfs = LinuxSyncfs.function {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                defer { close(fd) }
                if syncfs(fd) == 0 { return }
                throw DocGenError.io("\(folder): cannot flush to disk: \(reason(errno))")
            }
        }
        #endif
        for path in paths {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw DocGenError.io("\(path): cannot flush to disk: \(reason(errno))") }
            defer { close(fd) }
            if fsync(fd) != 0 { throw DocGenError.io("\(path): cannot flush to disk: \(reason(errno))") }
        }
    }

    /// `.<name>.<process>-<n>.tmp` beside the target, created exclusively (a name in use is skipped).
    private static func createTemporaryFile(in folder: String, for name: String, target: String) throws -> (Int32, String) {
        var madeFolder = false
        while true {
            let temp = "\(folder)/.\(name).\(TemporaryNames.next()).tmp"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, temp) }
            let code = errno
            if code == EEXIST || code == EINTR { continue }
            if code == ENOENT, !madeFolder {
                do {
                    try makeFolders(folder)
                } catch {
                    throw DocGenError.io("\(target): cannot write: \(error)")
                }
                madeFolder = true
                continue
            }
            throw DocGenError.io("\(target): cannot write: \(reason(code))")
        }
    }

    /// `mkdir -p`: creates the folder and any missing parents; an existing folder (made by another thread too) is fine.
    static func makeFolders(_ path: String) throws {
        if mkdir(path, 0o777) == 0 { return }
        var code = errno
        if code == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeFolders(String(path[..<slash]))
            if mkdir(path, 0o777) == 0 { return }
            code = errno
        }
        if code == EEXIST, isFolder(path) { return }
        throw DocGenError.io("\(path): cannot create folder: \(reason(code))")
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

#if os(Linux)
/// glibc's `syncfs(2)`, looked up when first used because Swift's Glibc module hides the GNU extensions; nil when
/// the C library has none (then each file is `fsync`ed).
private enum LinuxSyncfs {
    static let function: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "syncfs") else { return nil }  // nil: RTLD_DEFAULT, the process's libraries
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()
}
#endif

/// Unique temporary-file suffixes within this process (the process id keeps processes apart).
private enum TemporaryNames {
    private static let counter = LockedCounter()
    static func next() -> String { "\(getpid())-\(counter.next())" }
}

private final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
