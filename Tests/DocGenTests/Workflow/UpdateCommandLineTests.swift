import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// `docgen update` end to end on a made-up product page in two revisions.
@Suite struct UpdateCommandLineTests {
    static func page(extraRow: String) -> String {
        """
        # PaintFence

        Paints one fence.

        ## Request parameters

        |Name|Type|Required|Example|Description|
        |--|--|--|--|--|
        |Action|String|Yes|PaintFence|The operation. Set the value to PaintFence.|
        |FenceId|String|Yes|f-123|The fence to paint.|
        |Colour|String|No|red|The colour. It can be 2 to 32 characters in length.|
        \(extraRow)

        ## Response parameters

        |Name|Type|Example|Description|
        |--|--|--|--|
        |RequestId|String|abc|The request ID.|

        ## Error codes

        |HTTP status code|Error code|Error message|Description|
        |--|--|--|--|
        |404|InvalidFence.NotFound|The fence does not exist.|The fence was not found.|

        https://garden.aliyuncs.com/?Action=PaintFence&Version=2021-06-01
        """
    }

    func run(_ arguments: [String]) throws -> (code: Int32, out: String) {
        let lines = LineSink()
        let code = try UpdateCommandLine.run(arguments, printOut: { lines.add($0) }, printErr: { _ in })
        return (code, lines.text)
    }

    @Test func ingestsRegeneratesReportsAndIsIdempotent() throws {
        let folder = TempFolder()
        try folder.write("pages/PaintFence.md", Self.page(extraRow: ""))
        let base = [folder.path("pages"), "--specs", folder.path("specs"), "--out", folder.path("Generated"),
                    "--errors-out", folder.path("Generated/ErrorTables"), "--fail-on", "breaking"]

        let first = try run(base)
        #expect(first.code == 0)
        #expect(first.out.contains("operation-added"))
        let spec = "specs/alibaba/garden/2021-06-01/PaintFence.json"
        #expect(FileManager.default.fileExists(atPath: folder.path(spec)))
        #expect(FileManager.default.fileExists(atPath: folder.path("Generated/Sources/AlibabaGarden/PaintFence.swift")))
        #expect(FileManager.default.fileExists(atPath: folder.path("Generated/ErrorTables/all.csv")))

        // The page gains a required parameter: a breaking change, the old revision goes to history.
        try folder.write("pages/PaintFence.md", Self.page(extraRow: "|Brush|String|Yes|wide|The brush to use.|"))
        let second = try run(base)
        #expect(second.code == 1, "a new required parameter reaches --fail-on breaking")
        #expect(second.out.contains("request-parameter-added-required"))
        #expect(SpecStore(root: folder.url.appendingPathComponent("specs")).allSpecFiles().contains { $0.contains("/history/PaintFence/") })
        let swift = try String(contentsOfFile: folder.path("Generated/Sources/AlibabaGarden/PaintFence.swift"), encoding: .utf8)
        #expect(swift.contains("brush"))

        // Same pages again: no change reported, no file touched.
        let times = folder.modificationTimes("")
        let third = try run(base)
        #expect(third.code == 0)
        #expect(third.out.contains("No changes"))
        #expect(folder.modificationTimes("") == times)
    }

    @Test func usageErrors() {
        #expect(throws: DocGenError.self) { try run([]) }
        #expect(throws: DocGenError.self) { try run(["pages", "--fail-on", "sometimes"]) }
    }
}

/// Collects printed lines from any thread.
final class LineSink: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
}
