import Foundation
import DocGenSpec

/// One page file to ingest: where it is, and the path shown in diagnostics and stored in `SourceInfo.file`.
public struct PageInput: Hashable, Sendable {
    public var url: URL
    public var displayPath: String

    public init(url: URL, displayPath: String) {
        self.url = url
        self.displayPath = displayPath
    }
}

/// A page read from disk, or the reason it could not be.
public struct LoadedPage: Sendable {
    /// nil when the page cannot be used (the diagnostics say why, with severity `error`).
    public var page: PageText?
    public var diagnostics: [Diagnostic]
    /// How many NBSP / typographic spaces were read as plain spaces (0 for most pages).
    public var replacedSpaces: Int
}

/// Reads page files into `PageText`, refusing what no reader should see: files over `maxBytes`, binary files
/// (a NUL byte), invalid UTF-8, empty pages, unreadable paths. Each refusal is one error naming the file (and line).
public struct PageLoader: Sendable {
    /// Pages are a few kB to a few hundred kB; anything above this is not a reference page, and reading it
    /// whole would cost memory for nothing.
    public static let defaultMaxBytes = 20_000_000

    public var maxBytes: Int

    public init(maxBytes: Int = PageLoader.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    public func load(_ input: PageInput) -> LoadedPage {
        let file = input.displayPath
        func failure(_ code: String, _ message: String, line: Int? = nil) -> LoadedPage {
            LoadedPage(page: nil, diagnostics: [Diagnostic(.error, code: code, message, file: file, line: line)], replacedSpaces: 0)
        }
        // POSIX calls: `FileManager.attributesOfItem` looks up the owner's user and group names on every call.
        let path = input.url.path
        // Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return failure("unreadable", "cannot read: \(Self.reason(errno))") }
        defer { close(fd) }
        // Only regular files are pages: a FIFO or socket could block, a device (`/dev/zero`) never ends.
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            return failure("not-a-file", "not a regular file (\(Self.kind(info.st_mode))); skipped")
        }
        let size = Self.linkSize(path)
        if let size, size > maxBytes {
            return failure("page-too-large", "file is \(Self.megabytes(size)), over the \(Self.megabytes(maxBytes)) limit for one page; skipped")
        }
        // The size can lie (a file still growing, a pipe): read at most one byte more than allowed.
        var bytes = [UInt8](repeating: 0, count: min(maxBytes, max(size ?? 0, 0)) + 1)
        var count = 0
        while count < maxBytes + 1 {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, maxBytes + 1 - count))) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return failure("unreadable", "cannot read: \(Self.reason(errno))")
            }
            if n == 0 { break }
            count += n
        }
        if count > maxBytes {
            return failure("page-too-large", "file is \(Self.megabytes(size ?? count)), over the \(Self.megabytes(maxBytes)) limit for one page; skipped")
        }
        bytes.removeSubrange(count...)
        return decode(bytes: bytes, file: file)
    }

    /// The file size `FileManager.attributesOfItem` reports (of a symbolic link itself, as `lstat` gives).
    private static func linkSize(_ path: String) -> Int? {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// The checks and normalisation, on bytes already in memory.
    public func decode(_ data: Data, file: String) -> LoadedPage {
        decode(bytes: [UInt8](data), file: file)
    }

    func decode(bytes: [UInt8], file: String) -> LoadedPage {
        func failure(_ code: String, _ message: String, line: Int? = nil) -> LoadedPage {
            LoadedPage(page: nil, diagnostics: [Diagnostic(.error, code: code, message, file: file, line: line)], replacedSpaces: 0)
        }
        if bytes.isEmpty { return failure("empty-page", "file is empty; skipped") }
        let nul = bytes.withUnsafeBytes { buffer in
            memchr(buffer.baseAddress!, 0, buffer.count).map { buffer.baseAddress!.distance(to: UnsafeRawPointer($0)) }
        }
        if let encoding = Self.utf16Encoding(bytes), nul != nil || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return failure("utf16-page", "page is \(encoding), not UTF-8; convert it first (iconv -f \(encoding) -t UTF-8 PAGE > PAGE.utf8); skipped", line: 1)
        }
        if let nul {
            return failure("binary-file", "binary file (NUL byte at byte offset \(nul)); skipped", line: Self.line(of: nul, in: bytes))
        }
        switch PageBytesNormalizer.normalize(bytes) {
        case .failure(let bad):
            return failure("invalid-utf8", "invalid UTF-8 at byte offset \(bad.offset); the page must be UTF-8; skipped", line: bad.line)
        case .success(let normalized):
            if normalized.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
                return failure("empty-page", "page has no text (only white space); skipped")
            }
            let text = String(decoding: normalized.bytes, as: UTF8.self)
            let sha256 = bytes.withUnsafeBytes { SHA256.hex(bytes: $0) }
            let page = PageText(file: file, text: text, sha256: sha256, byteCount: bytes.count)
            return LoadedPage(page: page, diagnostics: [], replacedSpaces: normalized.replacedSpaces)
        }
    }

    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A { line += 1 } else if bytes[i] == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A { line += 1 }
            i += 1
        }
        return line
    }

    static func megabytes(_ count: Int) -> String {
        String(format: "%.1f MB", Double(count) / 1_000_000)
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        default: return "not a regular file"
        }
    }

    /// UTF-16 text, by its byte-order mark or by NULs in every other byte of its start (ASCII text in UTF-16).
    static func utf16Encoding(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE { return "UTF-16LE" }
            if bytes[0] == 0xFE, bytes[1] == 0xFF { return "UTF-16BE" }
        }
        let pairs = min(bytes.count / 2, 64)
        guard pairs >= 2 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in 0..<pairs {
            if bytes[2 * i] == 0 { evenZero += 1 }
            if bytes[2 * i + 1] == 0 { oddZero += 1 }
        }
        if oddZero * 10 >= pairs * 9, evenZero == 0 { return "UTF-16LE" }
        if evenZero * 10 >= pairs * 9, oddZero == 0 { return "UTF-16BE" }
        return nil
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
