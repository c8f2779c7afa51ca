import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct MustacheDirectoryPartialsTests {
    func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = try TemporaryFolder.make("mustache-partials")
        defer { TemporaryFolder.remove(folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try body(folder)
    }

    @Test func readsPartialsFromFilesIncludingSubfolders() throws {
        try withFolder(["field.mustache": "let {{name}}", "shared/header.mustache": "// header\n"]) { folder in
            let template = try MustacheTemplate(source: "{{>shared/header}}{{#f}}{{>field}}\n{{/f}}", name: "model")
            let output = try template.render(["f": [["name": "a"]]], partials: DirectoryPartials(folder: folder), options: .strict)
            #expect(output == "// header\nlet a\n")
        }
    }

    @Test func missingFileIsMissingPartialAndEscapingTheFolderIsAnError() throws {
        try withFolder([:]) { folder in
            let partials = DirectoryPartials(folder: folder)
            #expect(try partials.partialSource(named: "nothing") == nil)
            let template = try MustacheTemplate(source: "x\n{{>../secret}}", name: "model")
            do {
                _ = try template.render([:], partials: partials)
                Issue.record("expected an error")
            } catch let error as MustacheError {
                #expect(error.template == "model")
                #expect(error.line == 2)
                #expect(error.message.hasPrefix("cannot load partial '../secret': partial name '../secret' must be a relative path"))
            }
        }
    }
}
