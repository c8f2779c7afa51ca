@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
import Foundation
import Testing

@Suite struct TemplateSetTests {
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    @Test func embeddedTemplatesEqualTheTemplatesFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.templatesFolder.path).filter { $0.hasSuffix(".mustache") }
        let onDisk = try Dictionary(uniqueKeysWithValues: files.map { file in
            (String(file.dropLast(".mustache".count)), try String(contentsOf: Self.templatesFolder.appendingPathComponent(file), encoding: .utf8))
        })
        #expect(onDisk.keys.sorted() == BuiltInTemplates.sources.keys.sorted(), "run scripts/embed-templates.sh")
        for (name, source) in onDisk {
            #expect(BuiltInTemplates.sources[name] == source, "\(name).mustache differs from its embedded copy: run scripts/embed-templates.sh")
        }
    }

    @Test func anOverrideReplacesOneTemplateAndTheRestStayBuiltIn() throws {
        let folder = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(folder) }
        try Data("// custom errors for {{typeName}}\n{{> Footer}}\n".utf8).write(to: folder.appendingPathComponent("Errors.swift.mustache"))
        try Data("// footer\n".utf8).write(to: folder.appendingPathComponent("Footer.mustache"))
        let set = try TemplateSet.load(overridesFrom: folder)
        let files = try RenderFixtures.generate([RenderFixtures.tencentListGadgets], templates: set)
        #expect(RenderFixtures.text(files, "Sources/TencentGadget/TencentGadgetError.swift") == "// custom errors for TencentGadgetError\n// footer\n")
        let builtIn = try RenderFixtures.generate([RenderFixtures.tencentListGadgets])
        #expect(RenderFixtures.text(files, "Sources/TencentGadget/ListGadgets.swift") == RenderFixtures.text(builtIn, "Sources/TencentGadget/ListGadgets.swift"))
    }

    @Test func aTemplateSyntaxErrorNamesTheFileAndLine() throws {
        let folder = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(folder) }
        let file = folder.appendingPathComponent("Operation.swift.mustache")
        try Data("line one\nline two\n{{#request}}\nnever closed\n".utf8).write(to: file)
        var set = try TemplateSet.load(overridesFrom: folder)
        #expect { try set.prepare() } throws: { error in
            let text = "\(error)"
            return text.contains(file.path) && text.contains(":3:") || text.contains(file.path) && text.contains(":4:")
        }
    }

    @Test func aMissingPartialIsAnErrorNamingTheTemplate() throws {
        let folder = try TemporaryFolder.make("render")
        defer { TemporaryFolder.remove(folder) }
        let file = folder.appendingPathComponent("Errors.swift.mustache")
        try Data("ok\n{{> Missing}}\n".utf8).write(to: file)
        let set = try TemplateSet.load(overridesFrom: folder)
        #expect { try RenderFixtures.generate([RenderFixtures.tencentListGadgets], templates: set) } throws: { error in
            "\(error)".contains(file.path + ":2") && "\(error)".contains("Missing")
        }
    }

    @Test func aMissingTemplateFolderIsAnError() {
        #expect(throws: DocGenError.self) { try TemplateSet.load(overridesFrom: URL(fileURLWithPath: "/nonexistent/templates")) }
    }
}
