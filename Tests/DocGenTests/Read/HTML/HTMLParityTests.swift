import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// The acceptance check of the HTML reader: every page of `../shared/corpus-html` (cmark-gfm renderings of
/// `../shared/corpus`) must read into the same spec as its Markdown twin, apart from `source` and line numbers.
@Suite(.enabled(if: SharedData.url("corpus-html") != nil, "needs ../shared/corpus-html (set DOCGEN_SHARED)"))
struct HTMLParityTests {
    struct Twin {
        var name: String
        var html: PageText
        var markdown: PageText
    }

    static func twins() throws -> [Twin] {
        guard let htmlRoot = SharedData.url("corpus-html"), let markdownRoot = SharedData.url("corpus") else { return [] }
        let files = FileManager.default.enumerator(at: htmlRoot, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "html" } ?? []
        var twins: [Twin] = []
        for file in files {
            let relative = String(file.standardizedFileURL.path.dropFirst(htmlRoot.standardizedFileURL.path.count + 1))
            let name = String(relative.dropLast(".html".count))
            let markdown = markdownRoot.appendingPathComponent(name + ".md")
            twins.append(Twin(name: name, html: try pageText(file, shownAs: relative), markdown: try pageText(markdown, shownAs: name + ".md")))
        }
        return twins.sorted { $0.name < $1.name }
    }

    /// Decoded the way `PageText` promises: no BOM, `\n` line ends, NBSP as a plain space.
    static func pageText(_ url: URL, shownAs file: String) throws -> PageText {
        let data = try Data(contentsOf: url)
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
        return PageText(file: file, text: text, sha256: "", byteCount: data.count)
    }

    /// The blocks a spec is built from, as the parity check sees them: headings, code and tables (header and
    /// cell texts), without line numbers. Prose is compared on its own (`prose(_:)`): Markdown list markers and
    /// hard-wrapped lines survive in the Markdown reader's paragraphs but not in a rendering.
    static func comparable(_ document: PageDocument) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let h): return ["heading \(h.level): \(h.text)"]
            case .paragraph: return []
            case .code(let c): return ["code: \(c.text)"]
            case .table(let t): return ["table header: \(t.header)"] + t.rows.map { "  row: \($0.cells)" }
            }
        }
    }

    /// All paragraph text of the page as one run of words.
    static func prose(_ document: PageDocument) -> String {
        document.blocks.compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.text }
            return nil
        }.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The spec as JSON with `source`, every `line` and the page name inside diagnostics taken out.
    static func comparable(_ spec: OperationSpec) throws -> String {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                var out: [String: Any] = [:]
                for (key, inner) in object where key != "source" && key != "line" {
                    out[key] = key == "file" ? "<page>" : strip(inner)
                }
                return out
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let object = try JSONSerialization.jsonObject(with: SpecJSON.encode(spec))
        let data = try JSONSerialization.data(withJSONObject: strip(object), options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }

    static func firstDifference(_ a: [String], _ b: [String]) -> String {
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let left = index < a.count ? a[index] : "<nothing>"
        let right = index < b.count ? b[index] : "<nothing>"
        return "line \(index + 1):\n    html:     \(left.prefix(300))\n    markdown: \(right.prefix(300))"
    }

    @Test func everyHTMLPageReadsIntoTheSameSpecAsItsMarkdownTwin() throws {
        let twins = try Self.twins()
        #expect(twins.count == 137, "corpus-html should hold 137 pages")
        var documentsAgreeing = 0
        var specsAgreeing = 0
        var proseAgreeing = 0
        var markdownBlocksSeen = 0
        var pagesWithCellsPastTheHeader = 0
        var readerDiagnostics: [String: Int] = [:]
        var differences: [String] = []
        for twin in twins {
            let (htmlDocument, htmlDiagnostics) = HTMLReader().read(twin.html)
            for diagnostic in htmlDiagnostics { readerDiagnostics[diagnostic.code, default: 0] += 1 }
            let (markdownDocument, _) = MarkdownReader().read(twin.markdown)
            let markdownHasCellsPastTheHeader = markdownDocument.blocks.contains { block in
                guard case .table(let table) = block else { return false }
                return table.rows.contains { $0.cells.count > table.header.count }
            }
            let hints = IdentityHints(vendor: "parity", product: "parity", apiVersion: "1", action: nil)
            let htmlSpec = try Self.comparable(SpecBuilder.build(htmlDocument, page: twin.html, hints: hints))
            let markdownSpec = try Self.comparable(SpecBuilder.build(markdownDocument, page: twin.markdown, hints: hints))
            markdownBlocksSeen += markdownDocument.blocks.count
            let htmlBlocks = Self.comparable(htmlDocument)
            let markdownBlocks = Self.comparable(markdownDocument)
            if htmlBlocks == markdownBlocks {
                documentsAgreeing += 1
            } else if differences.count < 12 {
                differences.append("\(twin.name) (document) " + Self.firstDifference(htmlBlocks, markdownBlocks))
            }
            if Self.prose(htmlDocument) == Self.prose(markdownDocument) { proseAgreeing += 1 }
            if htmlSpec == markdownSpec {
                specsAgreeing += 1
            } else if markdownHasCellsPastTheHeader {
                pagesWithCellsPastTheHeader += 1
            } else if differences.count < 12 {
                let h = htmlSpec.split(separator: "\n").map(String.init)
                let m = markdownSpec.split(separator: "\n").map(String.init)
                differences.append("\(twin.name) (spec) " + Self.firstDifference(h, m))
            }
        }
        print("\(specsAgreeing) of \(twins.count) HTML pages agree with their Markdown twins (spec, apart from source and lines)")
        print("\(documentsAgreeing) of \(twins.count) HTML pages agree with their Markdown twins (headings, tables, code; apart from lines)")
        print("\(proseAgreeing) of \(twins.count) HTML pages have the same paragraph words as their Markdown twins (not required)")
        print("HTML reader diagnostics over the corpus: \(readerDiagnostics.sorted { $0.key < $1.key })")
        for difference in differences { print("  differs: \(difference)") }
        print("\(pagesWithCellsPastTheHeader) differ because a Markdown row has more cells than its header (cmark-gfm drops those)")
        #expect(specsAgreeing + pagesWithCellsPastTheHeader == twins.count)
        #expect(pagesWithCellsPastTheHeader <= 1)
        // The remaining document-level differences come from the Markdown side (see docs/html.md): a 95% floor
        // still catches any break in the HTML reader. Skipped while MarkdownReader is the empty stub.
        if markdownBlocksSeen == 0 {
            print("MarkdownReader returned no blocks (still the stub?): document-level comparison not asserted")
        } else {
            #expect(documentsAgreeing * 100 >= twins.count * 95)
        }
    }
}
