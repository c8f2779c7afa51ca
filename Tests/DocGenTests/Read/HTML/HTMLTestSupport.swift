@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Reads an inline HTML fixture as the page `fixture.html`.
func readHTML(_ html: String) -> (document: PageDocument, diagnostics: [Diagnostic]) {
    HTMLReader().read(PageText(file: "fixture.html", text: html, sha256: "", byteCount: html.utf8.count))
}

extension PageDocument {
    var tables: [Table] {
        blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }

    var headings: [Heading] {
        blocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
    }

    var paragraphs: [String] {
        blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
    }

    var codeBlocks: [String] {
        blocks.compactMap { if case .code(let c) = $0 { c.text } else { nil } }
    }
}

extension Array where Element == Diagnostic {
    func with(code: String) -> [Diagnostic] { filter { $0.code == code } }
}
