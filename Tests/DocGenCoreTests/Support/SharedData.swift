import Foundation

/// Locates the shared test material (`<repo root>/../shared`, or env `DOCGEN_SHARED`); tests that need it skip
/// when it is absent, so a fresh clone still passes.
enum SharedData {
    static let root: URL? = {
        if let override = ProcessInfo.processInfo.environment["DOCGEN_SHARED"], !override.isEmpty {
            let url = URL(fileURLWithPath: override, isDirectory: true)
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }
        // This file is <repo>/Tests/DocGenCoreTests/Support/SharedData.swift.
        let repoRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = repoRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static var isAvailable: Bool { root != nil }

    static func url(_ relative: String) -> URL? {
        guard let root else { return nil }
        let url = root.appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
