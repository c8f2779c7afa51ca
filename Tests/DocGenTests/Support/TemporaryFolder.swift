import Foundation

/// Fresh, empty folders for tests, under the system's temporary directory. Every test that writes files makes its
/// folder here and removes it when done (`defer { TemporaryFolder.remove(url) }`), so runs leave nothing behind.
enum TemporaryFolder {
    /// A new folder named `docgen-<purpose>-<uuid>`, already created.
    static func make(_ purpose: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("docgen-\(purpose)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }
}
