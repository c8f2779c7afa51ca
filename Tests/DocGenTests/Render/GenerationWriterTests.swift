@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
import Foundation
import Testing

@Suite struct GenerationWriterTests {
    let both = [RenderFixtures.alibabaCreateWidget, RenderFixtures.tencentListGadgets]

    @Test func generationIsByteIdenticalForTheSameInput() throws {
        let first = try RenderFixtures.generate(both)
        let second = try RenderFixtures.generate(both.reversed())
        #expect(first == second)
    }

    @Test func secondRunWritesNothingAndCheckPasses() throws {
        let root = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(root) }
        let writer = GenerationWriter(folder: OutputFolder(root: root))
        let files = try RenderFixtures.generate(both)
        let first = try writer.apply(files)
        #expect(first.created.count == files.count && first.updated.isEmpty && first.removed.isEmpty)
        let stamp = try modificationDate(root, files[1].path)
        let second = try writer.apply(try RenderFixtures.generate(both))
        #expect(second.changed.isEmpty && second.unchanged == files.count)
        #expect(try modificationDate(root, files[1].path) == stamp)
        #expect(try writer.plan(files).changed.isEmpty)
    }

    @Test func checkListsChangedFilesWithoutWriting() throws {
        let root = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(root) }
        let writer = GenerationWriter(folder: OutputFolder(root: root))
        try writer.apply(try RenderFixtures.generate(both))
        var changed = RenderFixtures.alibabaCreateWidget
        changed.parameters[1].description = "A new description."
        let plan = try writer.plan(try RenderFixtures.generate([changed, RenderFixtures.tencentListGadgets]))
        #expect(plan.updated == ["Docs/AlibabaDemo.md", "Sources/AlibabaDemo/CreateWidget.swift"])
        #expect(plan.created.isEmpty && plan.removed.isEmpty)
        let onDisk = try String(contentsOf: root.appendingPathComponent("Sources/AlibabaDemo/CreateWidget.swift"), encoding: .utf8)
        #expect(!onDisk.contains("A new description."))
    }

    @Test func filesOfOperationsThatAreGoneAreRemovedButOthersAreKept() throws {
        let root = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(root) }
        let writer = GenerationWriter(folder: OutputFolder(root: root))
        try writer.apply(try RenderFixtures.generate(both))
        let handWritten = root.appendingPathComponent("Sources/TencentGadget/Notes.swift")
        try Data("// mine\n".utf8).write(to: handWritten)
        let outcome = try writer.apply(try RenderFixtures.generate([RenderFixtures.alibabaCreateWidget]))
        #expect(outcome.removed == [
            "Docs/TencentGadget.md", "Sources/TencentGadget/ListGadgets.swift", "Sources/TencentGadget/TencentGadgetClient.swift",
            "Sources/TencentGadget/TencentGadgetError.swift", "Tests/TencentGadgetTests/ListGadgetsTests.swift",
            "Tests/TencentGadgetTests/TencentGadgetClientTests.swift",
        ])
        #expect(FileManager.default.fileExists(atPath: handWritten.path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/TencentGadgetTests").path))
    }

    @Test func filesMarkedAsGeneratedAreRemovedEvenWithoutAManifest() throws {
        let root = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(root) }
        let old = root.appendingPathComponent("Sources/Old/Gone.swift")
        try FileManager.default.createDirectory(at: old.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((GeneratedFileMarker.line + "\nlet x = 1\n").utf8).write(to: old)
        let outcome = try GenerationWriter(folder: OutputFolder(root: root)).apply(try RenderFixtures.generate(both))
        #expect(outcome.removed == ["Sources/Old/Gone.swift"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Sources/Old").path))
    }

    @Test func aFailingTemplateLeavesTheOutputFolderUntouched() throws {
        let root = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(root) }
        let writer = GenerationWriter(folder: OutputFolder(root: root))
        try writer.apply(try RenderFixtures.generate(both))
        let before = OutputFolder(root: root).listFiles().map { OutputFolder(root: root).existing($0) }
        let templates = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(templates) }
        // Errors.swift renders after the operation files: its failure must not leave them half-updated.
        try Data("{{> NoSuchPartial}}\n".utf8).write(to: templates.appendingPathComponent("Errors.swift.mustache"))
        let set = try TemplateSet.load(overridesFrom: templates)
        var changed = RenderFixtures.alibabaCreateWidget
        changed.summary = "Changed."
        #expect(throws: DocGenError.self) {
            try writer.apply(try RenderFixtures.generate([changed, RenderFixtures.tencentListGadgets], templates: set))
        }
        #expect(OutputFolder(root: root).listFiles().map { OutputFolder(root: root).existing($0) } == before)
    }

    @Test func specLoaderSkipsHistoryFolders() throws {
        let root = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(root) }
        try RenderFixtures.writeSpecs(both, to: root)
        let history = root.appendingPathComponent("alibaba/demo/2020-01-01/history/CreateWidget/2019.json")
        try FileManager.default.createDirectory(at: history.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("not a spec".utf8).write(to: history)
        let loaded = try SpecLoader.load(from: root)
        #expect(loaded.map(\.path) == ["alibaba/demo/2020-01-01/CreateWidget.json", "tencent/gadget/2019-07-01/ListGadgets.json"])
    }

    @Test func aBrokenSpecIsNamedWithItsField() throws {
        var spec = RenderFixtures.alibabaCreateWidget
        spec.errors[0].code = " "
        #expect {
            try RenderFixtures.generate([spec])
        } throws: { error in
            "\(error)".contains("alibaba/demo/2020-01-01/CreateWidget.json") && "\(error)".contains("errors[0].code")
        }
        var nameless = RenderFixtures.tencentListGadgets
        nameless.action = "%%"
        #expect { try RenderFixtures.generate([nameless]) } throws: { "\($0)".contains("field 'action'") }
    }

    @Test func olderApiVersionsOfAProductAreSkippedWithANote() throws {
        var old = RenderFixtures.alibabaCreateWidget
        old.apiVersion = "2010-01-01"
        old.action = "OldWidget"
        var generator = SDKGenerator(templates: .builtIn(), access: .public)
        let files = try generator.generate([RenderFixtures.loaded(old), RenderFixtures.loaded(RenderFixtures.alibabaCreateWidget)])
        #expect(!files.contains { $0.path.contains("OldWidget") })
        #expect(generator.notes == ["alibaba/demo: using API version 2020-01-01; 1 spec(s) of older versions skipped"])
    }

    @Test func accessLevelIsApplied() throws {
        let files = try RenderFixtures.generate([RenderFixtures.tencentListGadgets], access: .package)
        let source = try #require(RenderFixtures.text(files, "Sources/TencentGadget/ListGadgets.swift"))
        #expect(source.contains("package struct Request: OperationRequest"))
        #expect(!source.contains("public "))
    }

    private func modificationDate(_ root: URL, _ path: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)[.modificationDate] as? Date
    }
}
