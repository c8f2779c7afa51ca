import Foundation
@testable import DocGenCore

/// Reads vendor pages into specs for tests that need real specs, using the readers directly (the ingest pipeline's
/// page API can replace this once it is in main). The format is told, not guessed: these tests know their inputs.
enum PageSpecs {
    static func read(_ url: URL, format: PageFormat, hints: IdentityHints) throws -> OperationSpec {
        let data = try Data(contentsOf: url)
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
        let page = PageText(file: url.lastPathComponent, text: text, sha256: SHA256.hex(data), byteCount: data.count)
        let reader: any PageReader
        switch format {
        case .markdown: reader = MarkdownReader()
        case .html: reader = HTMLReader()
        case .textRunTogether: reader = RunTogetherTextReader()
        case .textSpaced: reader = SpacedTextReader()
        }
        let (document, _) = reader.read(page)
        return SpecBuilder.build(document, page: page, hints: hints)
    }
}
