import Foundation

/// Locates the team's shared test material (`../shared` beside the repo, or `$DOCGEN_SHARED`).
/// Tests that need it are skipped with a message when it is absent, so a fresh clone still passes.
enum SharedData {
    static let root: URL? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["DOCGEN_SHARED"], fm.fileExists(atPath: env) {
            return URL(fileURLWithPath: env)
        }
        // This file is Tests/DocGenTests/Support/SharedData.swift: the repo root is four levels up.
        let repo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidate = repo.deletingLastPathComponent().appendingPathComponent("shared")
        return fm.fileExists(atPath: candidate.appendingPathComponent("seeds").path) ? candidate.standardizedFileURL : nil
    }()

    static var isAvailable: Bool { root != nil }

    static let skipMessage = "../shared (the team's test material) is not beside the repo: skipped"

    static func url(_ relative: String) -> URL? {
        root?.appendingPathComponent(relative)
    }

    /// The repository root (for tests that run the built tool or read Templates/, specs/).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
}
