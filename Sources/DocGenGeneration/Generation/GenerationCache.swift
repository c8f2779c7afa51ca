import Foundation
import DocGenSpec

/// Remembers, in `<out>/.docgen-cache`, what the last generation read and wrote (path, size, modification time), and
/// a fingerprint of its settings (templates, access, selection). When nothing differs, the next run can skip reading
/// and rendering altogether: regenerating an unchanged tree costs a `stat` per file. Any difference (or no cache)
/// means a full generation. The cache is local state, not output: it is not in the manifest, never reported by
/// `--check`, and ignored by git.
public struct GenerationCache: Codable, Equatable, Sendable {
    public static let fileName = ".docgen-cache"
    /// Bump when generated code changes for the same inputs (a new docgen), so old caches stop matching.
    static let generatorVersion = "docgen-generate-1"

    public struct FileStamp: Codable, Equatable, Sendable {
        public var path: String
        public var size: UInt64
        public var modified: Double
    }

    public var settings: String
    public var inputs: [FileStamp]
    public var outputs: [FileStamp]

    public static func settingsFingerprint(templates: TemplateSet, access: AccessLevel, selection: GenerateConfig) -> String {
        var text = generatorVersion + "\n" + executableStamp + "\n" + access.rawValue + "\n"
        text += "products=" + (selection.products?.joined(separator: ",") ?? "*") + "\n"
        text += "operations=" + (selection.operations?.joined(separator: ",") ?? "*") + "\n"
        text += selection.packaging.fingerprint + "\n"
        for name in templates.sources.keys.sorted() {
            text += "template \(name) \(templates.sources[name]!.utf8.count)\n" + templates.sources[name]! + "\n"
        }
        return SHA256.hex(Data(text.utf8))
    }

    /// Size and modification time of the running docgen binary: a rebuilt or upgraded docgen may generate different
    /// code from the same inputs, so it never trusts a cache written by another build.
    static let executableStamp: String = {
        guard let url = Bundle.main.executableURL?.resolvingSymlinksInPath(), let stamp = stamp(url, path: url.path) else {
            return "unknown executable \(UUID().uuidString)"
        }
        return "\(stamp.path) \(stamp.size) \(stamp.modified)"
    }()

    static func stamp(_ url: URL, path: String) -> FileStamp? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileStamp(path: path, size: UInt64(info.st_size), modified: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
    }

    static func stamps(_ paths: [String], under root: URL) -> [FileStamp]? {
        var out: [FileStamp] = []
        out.reserveCapacity(paths.count)
        for path in paths {
            guard let stamp = stamp(root.appendingPathComponent(path), path: path) else { return nil }
            out.append(stamp)
        }
        return out
    }

    static func read(from out: URL) -> GenerationCache? {
        guard let data = FileManager.default.contents(atPath: out.appendingPathComponent(fileName).path) else { return nil }
        return try? JSONDecoder().decode(GenerationCache.self, from: data)
    }

    func write(to out: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try OutputFolder.atomicWrite(try encoder.encode(self), to: out.appendingPathComponent(Self.fileName))
    }

    /// Whether the outputs this cache lists are still exactly as written (same size and modification time).
    func outputsUnchanged(under out: URL) -> Bool {
        outputs.allSatisfy { GenerationCache.stamp(out.appendingPathComponent($0.path), path: $0.path) == $0 }
    }
}
