import Foundation

/// An exclusive `flock` on a folder docgen writes (the spec store, the generated package, the error tables), so
/// two docgen processes never write one folder at once. The lock is taken on the folder itself (no lock file is
/// left behind), is released when the process ends however it ends, and is re-entrant within one process (`update`
/// runs `ingest` inside its own lock).
///
/// A second writer waits, saying so once on stderr, and fails after `timeout` seconds
/// (`DOCGEN_LOCK_TIMEOUT`, default 300).
public final class WriteLock: @unchecked Sendable {
    public let path: String
    private var released = false

    private init(path: String) { self.path = path }

    deinit { release() }

    public static var defaultTimeout: Double {
        if let text = ProcessInfo.processInfo.environment["DOCGEN_LOCK_TIMEOUT"], let seconds = Double(text), seconds >= 0 {
            return seconds
        }
        return 300
    }

    /// Creates the folder if needed and locks it; `onWait` gets one line when another process holds the lock.
    public static func acquire(_ folder: URL, timeout: Double = defaultTimeout,
                               onWait: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws -> WriteLock {
        let requested = folder.standardizedFileURL.path
        try FileBytes.makeFolders(requested)
        guard let resolved = realpath(requested, nil) else {
            throw DocGenError.io("\(requested): cannot lock: \(String(cString: strerror(errno)))")
        }
        let path = String(cString: resolved)
        free(resolved)
        registry.lock.lock()
        defer { registry.lock.unlock() }
        if var held = registry.held[path] {
            held.count += 1
            registry.held[path] = held
            return WriteLock(path: path)
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard fd >= 0 else { throw DocGenError.io("\(path): cannot lock: \(String(cString: strerror(errno)))") }
        var waited = false
        let start = Date()
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(fd)
                throw DocGenError.io("\(path): cannot lock: \(String(cString: strerror(code)))")
            }
            if !waited {
                onWait("docgen: \(path) is being written by another docgen process; waiting up to \(Int(timeout)) s")
                waited = true
            }
            if Date().timeIntervalSince(start) >= timeout {
                close(fd)
                throw DocGenError.io("\(path): still locked by another docgen process after \(Int(timeout)) s; run again when it has finished")
            }
            usleep(50_000)
        }
        registry.held[path] = (fd, 1)
        return WriteLock(path: path)
    }

    /// Gives the lock up (also done when the value is released).
    public func release() {
        Self.registry.lock.lock()
        defer { Self.registry.lock.unlock() }
        guard !released else { return }
        released = true
        guard var held = Self.registry.held[path] else { return }
        held.count -= 1
        if held.count == 0 {
            flock(held.fd, LOCK_UN)
            close(held.fd)
            Self.registry.held[path] = nil
        } else {
            Self.registry.held[path] = held
        }
    }

    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var held: [String: (fd: Int32, count: Int)] = [:]
    }

    private static let registry = Registry()
}
