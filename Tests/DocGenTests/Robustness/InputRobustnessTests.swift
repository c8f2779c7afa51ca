import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenGeneration
@testable import DocGenCommandLine

/// Untrusted inputs, reading and template side: each case is built here, small, and must end with a clear message
/// instead of a hang, a crash or a misleading report.
@Suite struct InputRobustnessTests {
    // MARK: 12. Mustache depth and work budgets

    @Test func deeplyNestedSectionsAreAnErrorNotACrash() throws {
        let depth = 30_000
        let source = String(repeating: "{{#a}}", count: depth) + "x" + String(repeating: "{{/a}}", count: depth)
        #expect { _ = try MustacheTemplate(source: source, name: "deep") } throws: {
            "\($0)".hasPrefix("deep:1:") && "\($0)".contains("nested more than")
        }
    }

    @Test func sectionsMultiplyingOverAListStopAtTheWorkBudget() throws {
        let depth = 200
        let source = String(repeating: "{{#items}}", count: depth) + "x" + String(repeating: "{{/items}}", count: depth)
        let template = try MustacheTemplate(source: source, name: "wide")
        let context = try MustacheValue(encoding: ["items": [1, 2, 3]])
        // 3^200 steps would never finish; the budget (20,000,000 by default, smaller here to keep the test quick)
        // ends it with the template named.
        #expect(MustacheRenderOptions.standard.maximumWork == 20_000_000)
        var options = MustacheRenderOptions.standard
        options.maximumWork = 200_000
        #expect { _ = try template.render(context, partials: NoPartials(), options: options) } throws: {
            "\($0)".hasPrefix("wide:1:") && "\($0)".contains("more than 200000 steps")
        }
    }

    // MARK: 14. Inputs that are not files; globs that would take exponential time

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let folder = TempFolder()
        let path = folder.path("pipe.md")
        #expect(mkfifo(path, 0o600) == 0)
        let loaded = PageLoader().load(PageInput(url: URL(fileURLWithPath: path), displayPath: "pipe.md"))
        #expect(loaded.page == nil)
        #expect(loaded.diagnostics.map(\.description) == ["pipe.md: error: not a regular file (a FIFO); skipped [not-a-file]"])
    }

    @Test func aDeviceIsRefusedAsNotAFile() {
        let loaded = PageLoader().load(PageInput(url: URL(fileURLWithPath: "/dev/zero"), displayPath: "/dev/zero"))
        #expect(loaded.diagnostics.first?.message == "not a regular file (a character device); skipped")
    }

    @Test func aPathologicalGlobIsMatchedQuickly() {
        // Backtracking without memoising takes exponential time on this pair; a test run would not finish.
        let pattern = String(repeating: "*a", count: 24) + "*b"
        let path = String(repeating: "a", count: 80)
        #expect(!Glob.matches(pattern, path))
        #expect(Glob.matches(pattern, path + "b"))
        #expect(Glob.matches("alibaba-*/**/*.md", "alibaba-ecs/en/x/Run.md"))
        #expect(!Glob.matches("alibaba-*/*.md", "alibaba-ecs/en/Run.md"))
    }

    // MARK: 18. UTF-16 pages are named as such, with how to convert them

    @Test func utf16PagesAreRecognised() {
        let text = "# Action\n\n|Name|Type|\n"
        let le = [UInt8]([0xFF, 0xFE]) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let loader = PageLoader()
        #expect(loader.decode(Data(le), file: "le.md").diagnostics.first?.message.hasPrefix("page is UTF-16LE, not UTF-8; convert it first (iconv -f UTF-16LE -t UTF-8") == true)
        #expect(loader.decode(Data(be), file: "be.md").diagnostics.first?.code == "utf16-page")
        #expect(loader.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]), file: "x.png").diagnostics.first?.code == "binary-file")
    }
}

/// 5. HTML nested deeper than libxml2's limit is an error, never a page silently cut short.
@Suite struct HTMLDepthRobustnessTests {
    @Test func htmlNestedPastTheParserLimitIsAnError() {
        let depth = 300
        let html = "<html><body><h1>Deep</h1>" + String(repeating: "<div>", count: depth)
            + "<h2>Request parameters</h2><table><tr><th>Name</th></tr><tr><td>Lost</td></tr></table>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let (_, diagnostics) = readHTML(html)
        #expect(diagnostics.contains { $0.severity == .error && $0.code == "html-too-deep" })
    }

    @Test func htmlNestedWellWithinTheLimitIsRead() {
        let html = "<html><body>" + String(repeating: "<div>", count: 100) + "<p>Kept</p>" + String(repeating: "</div>", count: 100) + "</body></html>"
        let (document, diagnostics) = readHTML(html)
        #expect(!diagnostics.contains { $0.code == "html-too-deep" })
        #expect(document.paragraphs.contains("Kept"))
    }
}

/// 6. Parameters nested past the cap are refused at ingest (and named by generate), with a clear message.
@Suite struct NestingRobustnessTests {
    static func nested(_ depth: Int) -> Parameter {
        var parameter = Parameter(name: "Level\(depth)", type: .string, line: 1)
        for level in stride(from: depth - 1, through: 1, by: -1) {
            var parent = Parameter(name: "Level\(level)", type: .object, line: 1)
            parent.children = [parameter]
            parameter = parent
        }
        return parameter
    }

    @Test func ingestRefusesParametersNestedPastTheCap() throws {
        let folder = TempFolder()
        try folder.write("pages/Deep.md", fakePage(action: "Deep"))
        try folder.write("pages/Shallow.md", fakePage(action: "Shallow"))
        let pipeline = PagePipeline(readers: PageFormat.allCases.map { FakeReader(format: $0) }, build: { document, page, hints, _ in
            var spec = FakeBuilder.build(document, page: page, hints: hints)
            spec.parameters = [Self.nested(page.file.contains("Deep") ? 256 : 3)]
            return spec
        })
        let run = try CapturedRun([folder.path("pages"), "--out", folder.path("specs")], pipeline: pipeline)
        #expect(run.exitCode == 1)
        #expect(run.err.contains("Deep.md: error: request parameters nested 256 levels deep; docgen reads at most 32; skipped [nesting-too-deep]"))
        #expect(folder.snapshot("specs").keys.sorted() == ["acme/box/2020-01-01/Shallow.json"])
    }

    @Test func generateNamesASpecNestedPastTheCap() {
        var spec = RenderFixtures.alibabaCreateWidget
        spec.parameters.append(Self.nested(64))
        var generator = SDKGenerator(templates: .builtIn(), access: .public)
        #expect { _ = try generator.generate([RenderFixtures.loaded(spec)]) } throws: {
            "\($0)".contains("CreateWidget.json: request parameters nested 64 levels deep")
        }
    }
}
