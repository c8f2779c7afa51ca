import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Reads every Markdown page of the shared corpus: no crash, parameters found on (nearly) every page, and the
/// row accounting exact everywhere. With `DOCGEN_SPEC_OUT=<dir>` it also writes each spec there (for the oracle
/// comparison script); nothing is written otherwise.
@Suite("Markdown corpus", .enabled(if: SharedData.isAvailable, "shared corpus (../shared) not present"))
struct MarkdownCorpusTests {
    static let folders = ["alibaba-ecs-zh", "alibaba-ecs-en", "alibaba-ecs-zh-2018", "tencent-vpc", "tencent-dts", "tencent-clb-v2"]

    static func corpusPages() throws -> [(file: String, url: URL)] {
        guard let corpus = SharedData.url("corpus") else { return [] }
        var pages: [(String, URL)] = []
        for folder in folders {
            let dir = corpus.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".md") }.sorted()
            pages += names.map { ("\(folder)/\($0)", dir.appendingPathComponent($0)) }
        }
        return pages
    }

    @Test func everyPageBuildsWithExactRowAccounting() throws {
        let pages = try Self.corpusPages()
        #expect(pages.count == 625)
        let out = ProcessInfo.processInfo.environment["DOCGEN_SPEC_OUT"].map { URL(fileURLWithPath: $0) }
        let fold = ProcessInfo.processInfo.environment["DOCGEN_FOLD_DOTTED"] == "1"
        var withParameters = 0
        var inexact: [String] = []
        var totals = RowAccounting()
        var severities: [Diagnostic.Severity: Int] = [:]
        var codes: [String: Int] = [:]
        for (file, url) in pages {
            let page = try TestPage.load(url, file: file)
            let (document, readDiagnostics) = MarkdownReader().read(page)
            let spec = SpecBuilder.build(document, page: page, hints: IdentityHints(),
                                         options: SpecBuilder.Options(foldDottedNames: fold))
            if !spec.parameters.isEmpty { withParameters += 1 }
            if !spec.rowAccounting.isExact { inexact.append(file) }
            totals.seen += spec.rowAccounting.seen
            totals.used += spec.rowAccounting.used
            totals.reported += spec.rowAccounting.reported
            for d in readDiagnostics + spec.diagnostics {
                severities[d.severity, default: 0] += 1
                codes[d.code, default: 0] += 1
            }
            if let out {
                let target = out.appendingPathComponent(file.replacingOccurrences(of: ".md", with: ".json"))
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try SpecJSON.encode(spec).write(to: target)
            }
        }
        print("corpus: pages \(pages.count), with parameters \(withParameters), rows seen \(totals.seen) used \(totals.used) reported \(totals.reported), inexact pages \(inexact.count)")
        print("corpus diagnostics: \(severities.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")); by code: \(codes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        #expect(inexact.isEmpty, "row accounting not exact: \(inexact.prefix(10))")
        #expect(Double(withParameters) >= 0.99 * Double(pages.count))
    }
}
