import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
import Foundation
import Testing

@Suite("Error tables: spec store in, files out, --check")
struct ErrorTableOutputTests {
    typealias F = ErrorTableFixtures

    /// Writes specs in the store layout: `<v>/<p>/<version>/<Action>.json` + `history/<Action>/<NNN>-<sha12>.json`.
    static func store(_ operations: [[OperationSpec]], at root: URL) throws {
        let folder = OutputFolder(root: root)
        for revisions in operations {
            let id = revisions.last!.operationID
            let base = "\(id.vendor)/\(id.product)/\(id.apiVersion)"
            for (index, spec) in revisions.enumerated() {
                let path = index == revisions.count - 1
                    ? "\(base)/\(id.action).json"
                    : "\(base)/history/\(id.action)/\(String(format: "%03d", index + 1))-\(String(repeating: "a", count: 12)).json"
                try folder.write(try SpecJSON.encode(spec), to: path)
            }
        }
    }

    static func render(_ specs: URL, formats: [ErrorTableFormat] = ErrorTableFormat.allCases) throws -> [String: Data] {
        try ErrorTableFiles.render(ErrorTableBuilder(operations: try ErrorTableSpecLoader.load(from: specs)), formats: formats)
    }

    @Test func loaderReadsCurrentAndHistoryOldestFirst() throws {
        let root = try TemporaryFolder.make("errors")
        defer { TemporaryFolder.remove(root) }
        let revisions = (1...11).map { n in
            var spec = F.spec("StartBox", file: "r\(n).md", errors: [F.error(400, "C\(n)", "m")])
            // One page, one sha: a sha stored twice is one revision (an interrupted run's leftover).
            spec.source.sha256 = String(format: "%064d", n)
            return spec
        }
        try Self.store([revisions, [F.spec("Other", vendor: "zeta", product: "store", errors: [])]], at: root)
        let loaded = try ErrorTableSpecLoader.load(from: root)
        #expect(loaded.map(\.id.description) == ["acme/box/2020-01-01/StartBox", "zeta/store/2020-01-01/Other"])
        // 010 after 009 and 002, the current file last.
        #expect(loaded[0].revisions.map(\.source.file) == (1...11).map { "r\($0).md" })
    }

    @Test func loaderNamesABrokenSpecFile() throws {
        let root = try TemporaryFolder.make("errors")
        defer { TemporaryFolder.remove(root) }
        try OutputFolder(root: root).write(Data("{\"vendor\": 1}".utf8), to: "acme/box/2020-01-01/Broken.json")
        #expect {
            _ = try ErrorTableSpecLoader.load(from: root)
        } throws: { error in
            "\(error)".contains("acme/box/2020-01-01/Broken.json") && "\(error)".contains("not a docgen spec")
        }
    }

    @Test func writesOneFilePerProductAndFormatPlusTheMergedTable() throws {
        let root = try TemporaryFolder.make("errors")
        defer { TemporaryFolder.remove(root) }
        try Self.store([[F.spec("StartBox", errors: [F.error(400, "X", "m")])],
                        [F.spec("Put", vendor: "zeta", product: "store", errors: [F.error(nil, "Y", nil)])]],
                       at: root.appendingPathComponent("specs"))
        let files = try Self.render(root.appendingPathComponent("specs"))
        #expect(files.keys.sorted() == ["acme-box", "all", "zeta-store"].flatMap { base in
            ["csv", "html", "json", "md"].map { "\(base).\($0)" }
        })
        let md = try Self.render(root.appendingPathComponent("specs"), formats: [.md])
        #expect(md.keys.sorted() == ["acme-box.md", "all.md", "zeta-store.md"])
        #expect(throws: DocGenError.self) { try ErrorTableFormat.parse(["pdf"]) }
        #expect(try ErrorTableFormat.parse(["json", "md", "json"]) == [.json, .md])
    }

    @Test func checkListsWhatWouldChangeAndWritingSkipsUnchangedFiles() throws {
        let root = try TemporaryFolder.make("errors")
        defer { TemporaryFolder.remove(root) }
        let specs = root.appendingPathComponent("specs")
        let out = OutputFolder(root: root.appendingPathComponent("out"))
        try Self.store([[F.spec("StartBox", errors: [F.error(400, "X", "m")])],
                        [F.spec("Put", vendor: "zeta", product: "store", errors: [F.error(nil, "Y", nil)])]], at: specs)
        let writer = ErrorTableWriter(folder: out)

        let first = try writer.plan(try Self.render(specs))
        #expect(first.created.count == 12 && first.updated.isEmpty && first.removed.isEmpty)
        try writer.apply(try Self.render(specs))
        let clean = try writer.plan(try Self.render(specs))
        #expect(clean.changed.isEmpty && clean.unchanged == 12)
        let stamp = try FileManager.default.attributesOfItem(atPath: out.root.appendingPathComponent("all.md").path)[.modificationDate] as! Date

        // A changed message changes its product's files and the merged ones only.
        try Self.store([[F.spec("StartBox", errors: [F.error(400, "X", "reworded")])]], at: specs)
        let drift = try writer.plan(try Self.render(specs))
        #expect(drift.updated == ["acme-box.csv", "acme-box.html", "acme-box.json", "acme-box.md",
                                  "all.csv", "all.html", "all.json", "all.md"])
        #expect(FileManager.default.fileExists(atPath: out.root.appendingPathComponent("all.md").path))
        let unchangedStamp = try FileManager.default.attributesOfItem(atPath: out.root.appendingPathComponent("all.md").path)[.modificationDate] as! Date
        #expect(unchangedStamp == stamp, "plan must not write")

        // A product that is gone: its tables would be removed (of the formats being written), others left alone.
        try FileManager.default.removeItem(at: specs.appendingPathComponent("zeta"))
        try out.write(Data("not ours".utf8), to: "notes.md")
        let gone = try ErrorTableWriter(folder: out, formats: [.md, .json]).plan(try Self.render(specs, formats: [.md, .json]))
        #expect(gone.removed == ["zeta-store.json", "zeta-store.md"])
        try ErrorTableWriter(folder: out, formats: [.md, .json]).apply(try Self.render(specs, formats: [.md, .json]))
        let left = out.listFiles().filter { !$0.hasPrefix(".") }
        #expect(left.contains("notes.md") && left.contains("zeta-store.csv") && !left.contains("zeta-store.md"))
        // The csv of the gone product is still remembered and goes when csv is written again.
        let later = try ErrorTableWriter(folder: out).plan(try Self.render(specs))
        #expect(later.removed == ["zeta-store.csv", "zeta-store.html"])
    }
}

@Suite("Error tables: the docgen errors command")
struct ErrorTablesCommandLineTests {
    typealias F = ErrorTableFixtures

    func run(_ arguments: [String]) throws -> (code: Int32, lines: [String]) {
        var lines: [String] = []
        let code = try ErrorTablesCommandLine.run(arguments, printOut: { lines.append($0) })
        return (code, lines)
    }

    @Test func checkExitsOneAndListsFilesUntilTheTablesAreWritten() throws {
        let root = try TemporaryFolder.make("errors")
        defer { TemporaryFolder.remove(root) }
        let specs = root.appendingPathComponent("specs").path, out = root.appendingPathComponent("out").path
        try ErrorTableOutputTests.store([[F.spec("StartBox", errors: [F.error(400, "X", "m")])]], at: URL(fileURLWithPath: specs))

        let before = try run(["--specs", specs, "--out", out, "--format", "md,csv", "--check"])
        #expect(before.code == 1)
        #expect(before.lines == ["would create acme-box.csv", "would create acme-box.md", "would create all.csv",
                                 "would create all.md", "4 file(s) would change; run 'docgen errors'"])
        #expect(!FileManager.default.fileExists(atPath: out))

        let write = try run(["--specs", specs, "--out", out, "--format", "md,csv"])
        #expect(write.code == 0)
        #expect(write.lines == ["4 files from 1 operations (1 codes, 0 conflicts): 4 created, 0 updated, 0 removed, 0 unchanged"])
        let after = try run(["--specs", specs, "--out", out, "--format", "md,csv", "--check"])
        #expect(after.code == 0 && after.lines == ["up to date: 4 files from 1 operations"])

        try ErrorTableOutputTests.store([[F.spec("StartBox", errors: [F.error(403, "X", "m")])]], at: URL(fileURLWithPath: specs))
        let drift = try run(["--specs", specs, "--out", out, "--format", "md", "--check"])
        #expect(drift.code == 1)
        #expect(drift.lines == ["would update acme-box.md", "would update all.md", "2 file(s) would change; run 'docgen errors'"])
    }

    @Test func badUseIsAUsageError() throws {
        #expect(throws: DocGenError.usage("unknown format 'pdf': use md, csv, json or html")) {
            try run(["--format", "pdf"])
        }
        #expect(throws: DocGenError.usage("unknown option --spec")) { try run(["--spec", "x"]) }
        #expect(throws: DocGenError.usage("unexpected argument 'extra'")) { try run(["extra"]) }
        #expect(throws: DocGenError.invalidInput("/no/such/folder: no such spec folder")) {
            try run(["--specs", "/no/such/folder"])
        }
    }
}
