@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
import Foundation
import Testing

/// Every template's output for the two fixture specs, compared byte for byte with `GoldenOutputs.swift`.
/// After an intended change of a template or view model, regenerate it with
/// `DOCGEN_UPDATE_GOLDEN=1 swift test --filter GeneratorGoldenTests` and review the diff.
@Suite struct GeneratorGoldenTests {
    static let specs = [RenderFixtures.alibabaCreateWidget, RenderFixtures.tencentListGadgets]

    @Test func outputMatchesGoldenFiles() throws {
        let files = try RenderFixtures.generate(Self.specs)
        let actual = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        if ProcessInfo.processInfo.environment["DOCGEN_UPDATE_GOLDEN"] == "1" {
            try Self.writeGolden(actual)
            Issue.record("GoldenOutputs.swift rewritten; run again without DOCGEN_UPDATE_GOLDEN")
            return
        }
        #expect(actual.keys.sorted() == GoldenOutputs.files.keys.sorted())
        for path in actual.keys.sorted() {
            guard let expected = GoldenOutputs.files[path] else { continue }
            let got = actual[path]!
            if got != expected {
                let gotLines = got.split(separator: "\n", omittingEmptySubsequences: false)
                let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let first = zip(gotLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                    ?? min(gotLines.count, expectedLines.count)
                Issue.record("\(path) differs from its golden file at line \(first + 1)")
            }
        }
    }

    @Test func theExpectedFilesAreProduced() throws {
        let files = try RenderFixtures.generate(Self.specs)
        #expect(files.map(\.path) == [
            ".docgen-manifest",
            "Docs/AlibabaDemo.md",
            "Docs/TencentGadget.md",
            "Package.swift",
            "Sources/AlibabaDemo/AlibabaDemoClient.swift",
            "Sources/AlibabaDemo/AlibabaDemoError.swift",
            "Sources/AlibabaDemo/CreateWidget.swift",
            "Sources/TencentGadget/ListGadgets.swift",
            "Sources/TencentGadget/TencentGadgetClient.swift",
            "Sources/TencentGadget/TencentGadgetError.swift",
            "Tests/AlibabaDemoTests/AlibabaDemoClientTests.swift",
            "Tests/AlibabaDemoTests/CreateWidgetTests.swift",
            "Tests/TencentGadgetTests/ListGadgetsTests.swift",
            "Tests/TencentGadgetTests/TencentGadgetClientTests.swift",
        ])
    }

    static func writeGolden(_ files: [String: String]) throws {
        var text = """
        // Written by GeneratorGoldenTests with DOCGEN_UPDATE_GOLDEN=1: the expected output for RenderFixtures' specs.

        enum GoldenOutputs {
            static let files: [String: String] = [

        """
        for path in files.keys.sorted() {
            let content = files[path]!
            precondition(!content.contains("\"####"), "golden content must not contain \"####")
            text += "        \"\(path)\": ####\"\"\"\n\(content)\n\"\"\"####,\n"
        }
        text += "    ]\n}\n"
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("GoldenOutputs.swift")
        try Data(text.utf8).write(to: url)
    }
}
