import Foundation

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
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: input.url)
        } catch {
            return failure("unreadable", "cannot read: \(Self.reason(error))")
        }
        defer { try? handle.close() }
        if let size = try? FileManager.default.attributesOfItem(atPath: input.url.path)[.size] as? Int, size > maxBytes {
            return failure("page-too-large", "file is \(Self.megabytes(size)), over the \(Self.megabytes(maxBytes)) limit for one page; skipped")
        }
        // The size can lie (a file still growing, a pipe): read at most one byte more than allowed.
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            return failure("unreadable", "cannot read: \(Self.reason(error))")
        }
        if data.count > maxBytes {
            let size = (try? FileManager.default.attributesOfItem(atPath: input.url.path)[.size] as? Int) ?? data.count
            return failure("page-too-large", "file is \(Self.megabytes(size)), over the \(Self.megabytes(maxBytes)) limit for one page; skipped")
        }
        return decode(data, file: file)
    }

    /// The checks and normalisation, on bytes already in memory.
    public func decode(_ data: Data, file: String) -> LoadedPage {
        func failure(_ code: String, _ message: String, line: Int? = nil) -> LoadedPage {
            LoadedPage(page: nil, diagnostics: [Diagnostic(.error, code: code, message, file: file, line: line)], replacedSpaces: 0)
        }
        if data.isEmpty { return failure("empty-page", "file is empty; skipped") }
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) {
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
            let page = PageText(file: file, text: text, sha256: SHA256.hex(data), byteCount: data.count)
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

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
