import Foundation

/// One run of `Tests/MockVendor/mock_vendor.py` for one test: writes the test's script, starts python3 on a free
/// port of 127.0.0.1 and reads the port from the mock's first line. `stop()` ends it; the mock also exits when its
/// stdin closes, so it cannot outlive a crashed test run.
final class MockVendor: @unchecked Sendable {
    // @unchecked: the process and pipes are set up in init and only stopped once, by the test that made them.
    private let process = Process()
    private let stdinPipe = Pipe()
    private let stdoutPipe = Pipe()
    private let scriptURL: URL
    let port: Int

    var endpointURL: String { "http://127.0.0.1:\(port)" }

    /// python3 on PATH; nil skips the suite.
    static let python3: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// `Tests/MockVendor/mock_vendor.py` of the repository this package sits in.
    static var scriptPath: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("MockVendor/mock_vendor.py").path
    }

    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// - Parameter actions: per action, the answers in order (the mock's script format: `status`, `body`,
    ///   `times`, `delay`, `expect`).
    init(actions: [String: [[String: Any]]]) throws {
        guard let python = Self.python3 else { throw StartFailure(description: "python3 is not on PATH") }
        let script: [String: Any] = ["credentials": [Keys.alibabaID: Keys.alibabaSecret, Keys.tencentID: Keys.tencentSecret],
                                     "actions": actions]
        scriptURL = FileManager.default.temporaryDirectory.appendingPathComponent("mock-vendor-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: script).write(to: scriptURL)
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Self.scriptPath, scriptURL.path]
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
            throw StartFailure(description: "the mock vendor did not print its port")
        }
        self.port = port
    }

    /// Closes the mock's stdin (it exits on EOF) and sends SIGTERM, then SIGKILL if it is still there. Polls
    /// `isRunning` instead of `waitUntilExit`, which can hang inside a Swift concurrency task on Linux.
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

    /// The requests the mock saw, as it logged them (protocol, action, method, path, params, signatureOK).
    func log() throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(string: endpointURL + "/__log")!)
        return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    }
}

/// The test credentials the mock knows. Nothing here is a real key.
enum Keys {
    static let alibabaID = "LTAI-integration-id", alibabaSecret = "alibaba-integration-secret"
    static let tencentID = "AKID-integration-id", tencentSecret = "tencent-integration-secret"
}
