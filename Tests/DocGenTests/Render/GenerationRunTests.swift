@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
import Foundation
import Testing

@Suite struct GenerationRunTests {
    func setUp() throws -> (specs: URL, out: URL) {
        let root = try TemporaryFolder.make("render")
        let specs = root.appendingPathComponent("specs")
        try RenderFixtures.writeSpecs([RenderFixtures.alibabaCreateWidget, RenderFixtures.tencentListGadgets], to: specs)
        return (specs, root.appendingPathComponent("Generated"))
    }

    func run(_ specs: URL, _ out: URL, templates: TemplateSet = .builtIn(), config: GenerateConfig = GenerateConfig(),
             check: Bool = false) throws -> GenerationRun.Result {
        try GenerationRun(specsRoot: specs, outRoot: out, templates: templates, config: config).run(check: check)
    }

    @Test func anUnchangedTreeIsAnsweredFromTheCache() throws {
        let (specs, out) = try setUp()
        defer { try? FileManager.default.removeItem(at: specs.deletingLastPathComponent()) }
        let first = try run(specs, out)
        #expect(!first.upToDate && first.outcome.created.count == first.fileCount)
        let second = try run(specs, out)
        #expect(second.upToDate && second.outcome.changed.isEmpty)
        #expect(try run(specs, out, check: true).outcome.changed.isEmpty)
    }

    @Test func aChangedSpecTemplateOrSettingBypassesTheCache() throws {
        let (specs, out) = try setUp()
        defer { try? FileManager.default.removeItem(at: specs.deletingLastPathComponent()) }
        _ = try run(specs, out)
        var changed = RenderFixtures.tencentListGadgets
        changed.summary = "Lists the gadgets."
        try RenderFixtures.writeSpecs([changed], to: specs)
        let afterSpec = try run(specs, out)
        #expect(!afterSpec.upToDate && afterSpec.outcome.updated == ["Docs/TencentGadget.md", "Sources/TencentGadget/ListGadgets.swift"])
        var config = GenerateConfig()
        config.access = .internal
        let afterAccess = try run(specs, out, config: config)
        #expect(!afterAccess.upToDate && !afterAccess.outcome.updated.isEmpty)
    }

    @Test func anEditedOutputFileIsRegenerated() throws {
        let (specs, out) = try setUp()
        defer { try? FileManager.default.removeItem(at: specs.deletingLastPathComponent()) }
        _ = try run(specs, out)
        let file = out.appendingPathComponent("Sources/AlibabaDemo/CreateWidget.swift")
        try Data("// edited by hand\n".utf8).write(to: file)
        #expect(try run(specs, out, check: true).outcome.updated == ["Sources/AlibabaDemo/CreateWidget.swift"])
        let repaired = try run(specs, out)
        #expect(repaired.outcome.updated == ["Sources/AlibabaDemo/CreateWidget.swift"])
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix(GeneratedFileMarker.line))
    }

    @Test func aRemovedSpecRemovesItsFilesAndTheCacheIsNotOutput() throws {
        let (specs, out) = try setUp()
        defer { try? FileManager.default.removeItem(at: specs.deletingLastPathComponent()) }
        _ = try run(specs, out)
        try FileManager.default.removeItem(at: specs.appendingPathComponent("tencent"))
        let result = try run(specs, out)
        #expect(result.outcome.removed.count == 6)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(GenerationCache.fileName).path))
        let manifest = try String(contentsOf: out.appendingPathComponent(SDKGenerator.manifestPath), encoding: .utf8)
        #expect(!manifest.contains(GenerationCache.fileName))
    }

    @Test func configSelectsOperations() throws {
        let (specs, out) = try setUp()
        defer { try? FileManager.default.removeItem(at: specs.deletingLastPathComponent()) }
        var config = GenerateConfig()
        config.products = ["tencent/gadget"]
        let result = try run(specs, out, config: config)
        #expect(result.specCount == 1)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("Sources/AlibabaDemo").path))
    }
}
