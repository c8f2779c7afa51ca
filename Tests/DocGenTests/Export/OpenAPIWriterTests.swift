import DocGenSpec
import DocGenExport
@testable import DocGenCommandLine
import Foundation
import Testing

@Suite("docgen export openapi: files, --check, removal")
struct OpenAPIWriterTests {
    typealias F = ExportFixtures

    @Test func exportWritesOnceThenCheckIsCleanAndDriftExitsOne() throws {
        let root = try TemporaryFolder.make("export")
        defer { TemporaryFolder.remove(root) }
        let specs = root.appendingPathComponent("specs")
        let out = root.appendingPathComponent("openapi")
        let store = OutputFolder(root: specs)
        for spec in [F.alibaba, F.tencent] {
            try store.write(try SpecJSON.encode(spec), to: SpecStoreLayout(spec.operationID).currentFile)
        }
        var lines: [String] = []
        let args = ["openapi", "--specs", specs.path, "--out", out.path]
        #expect(try ExportCommand.run(args, printOut: { lines.append($0) }) == 0)
        #expect(lines.last == "2 documents from 2 operations: 2 created, 0 updated, 0 removed, 0 unchanged")
        let written = OutputFolder(root: out).listFiles()
        #expect(written == ["alibaba-ecs-2014-05-26.openapi.json", "tencent-cbs-2017-03-12.openapi.json"])
        #expect(try ExportCommand.run(args + ["--check"], printOut: { _ in }) == 0)

        // A changed spec is drift; a stale document is removed.
        var changed = F.alibaba
        changed.summary = "Changed."
        try store.write(try SpecJSON.encode(changed), to: SpecStoreLayout(changed.operationID).currentFile)
        try OutputFolder(root: out).write(Data("{}\n".utf8), to: "old-gone-1.openapi.json")
        lines = []
        #expect(try ExportCommand.run(args + ["--check"], printOut: { lines.append($0) }) == 1)
        #expect(lines.contains("would update alibaba-ecs-2014-05-26.openapi.json"))
        #expect(lines.contains("would remove old-gone-1.openapi.json"))
        #expect(try ExportCommand.run(args, printOut: { _ in }) == 0)
        #expect(OutputFolder(root: out).listFiles().count == 2)
        #expect(try ExportCommand.run(args + ["--check"], printOut: { _ in }) == 0)
    }

    @Test func usageErrors() {
        #expect(throws: DocGenError.self) { try ExportCommand.run([], printOut: { _ in }) }
        #expect(throws: DocGenError.self) { try ExportCommand.run(["swagger"], printOut: { _ in }) }
        #expect(throws: DocGenError.self) { try ExportCommand.run(["openapi", "--bogus"], printOut: { _ in }) }
    }
}
