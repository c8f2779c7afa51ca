import Foundation
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Loads a page the way the ingest pipeline does (line ends and NBSP normalised) for reader tests.
enum TestPage {
    static func make(_ text: String, file: String = "fixture.md") -> PageText {
        PageText(file: file, text: text, sha256: SHA256.hex(Data(text.utf8)), byteCount: text.utf8.count)
    }

    static func load(_ url: URL, file: String) throws -> PageText {
        let data = try Data(contentsOf: url)
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
        return PageText(file: file, text: text, sha256: SHA256.hex(data), byteCount: data.count)
    }

    static func spec(_ text: String, file: String = "fixture.md", hints: IdentityHints = IdentityHints()) -> OperationSpec {
        let page = make(text, file: file)
        return SpecBuilder.build(MarkdownReader().read(page).document, page: page, hints: hints)
    }
}
