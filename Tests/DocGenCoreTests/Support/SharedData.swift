import Foundation

/// Locates the project's shared test material (`<repo root>/../shared`, or `$DOCGEN_SHARED`).
/// Tests that need it are enabled with `.enabled(if: SharedData.isAvailable, "...")`, so a fresh clone still passes.
enum SharedData {
    static let root: URL? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["DOCGEN_SHARED"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            return fm.fileExists(atPath: url.path) ? url : nil
        }
        // This file is <repo>/Tests/DocGenCoreTests/Support/SharedData.swift.
        let repo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
        return fm.fileExists(atPath: shared.path) ? shared.standardizedFileURL : nil
    }()

    static var isAvailable: Bool { root != nil }

    static func url(_ relative: String) -> URL? {
        guard let root else { return nil }
        let url = root.appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
