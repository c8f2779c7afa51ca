import Foundation
import XCTest

/// Runs `Tests/MockVendor/mock_vendor.py` for one test: writes the script, starts python3 on a free port bound to
/// 127.0.0.1, reads the port from its first line. `stop()` kills it; the mock also exits when its stdin closes, so
/// it cannot outlive a crashed test run.
final class MockVendorServer {
    let process = Process()
    private let stdinPipe = Pipe()
    private let stdoutPipe = Pipe()
    private let scriptURL: URL
    let port: Int

    var endpointURL: String { "http://127.0.0.1:\(port)" }

    static func python3() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static var mockPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MockVendor/mock_vendor.py").path
    }

    init(script: [String: Any]) throws {
        guard let python = Self.python3() else {
            throw XCTSkip("python3 is not on PATH: the mock-vendor integration tests need it")
        }
        scriptURL = FileManager.default.temporaryDirectory.appendingPathComponent("mock-vendor-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: script).write(to: scriptURL)
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Self.mockPath, scriptURL.path]
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        try process.run()

        var line = Data()
        let reader = stdoutPipe.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let text = String(data: line, encoding: .utf8)?.split(separator: "\n").first, let port = Int(text) else {
            process.terminate()
            throw XCTSkip("the mock vendor did not start")
        }
        self.port = port
    }

    /// Closes the mock's stdin (it exits on EOF) and sends SIGTERM, then SIGKILL if it is still there. It polls
    /// `isRunning` rather than calling `waitUntilExit`, which can hang when called from a Swift concurrency task on
    /// Linux (it waits for a run-loop notification that never arrives there).
    func stop() {
        try? stdinPipe.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        var polls = 0
        while process.isRunning && polls < 100 {
            usleep(20_000)
            polls += 1
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: scriptURL)
    }

    /// The requests the mock saw, as it logged them.
    func log() throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(string: endpointURL + "/__log")!)
        return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    }
}
