import Foundation

/// Locates the project's shared test material (`<repo root>/../shared`, or env `DOCGEN_SHARED`).
/// Tests that need it are skipped when it is absent, so a fresh clone still passes.
enum SharedData {
    static let root: URL? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["DOCGEN_SHARED"], !env.isEmpty {
            let url = URL(fileURLWithPath: env, isDirectory: true)
            return fm.fileExists(atPath: url.path) ? url : nil
        }
        // This file is <root>/Tests/DocGenCoreTests/Support/SharedData.swift.
        let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = repoRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
        return fm.fileExists(atPath: url.path) ? url : nil
    }()

    static var isAvailable: Bool { root != nil }

    static func url(_ relative: String) -> URL? {
        guard let root else { return nil }
        let url = root.appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
