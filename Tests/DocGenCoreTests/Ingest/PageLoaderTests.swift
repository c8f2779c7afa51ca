import Foundation
import Testing
@testable import DocGenCore

@Suite struct PageLoaderTests {
    let loader = PageLoader()

    func decode(_ bytes: [UInt8], maxBytes: Int = PageLoader.defaultMaxBytes) -> LoadedPage {
        PageLoader(maxBytes: maxBytes).decode(Data(bytes), file: "p.md")
    }

    @Test func bomIsDroppedAndLineEndsBecomeLF() throws {
        let raw: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n\r\nd".utf8)
        let loaded = decode(raw)
        let page = try #require(loaded.page)
        #expect(page.text == "a\nb\nc\n\nd")
        #expect(loaded.diagnostics.isEmpty)
        // The hash is of the file as it is on disk, so it identifies the page, not our reading of it.
        #expect(page.sha256 == SHA256.hex(Data(raw)))
        #expect(page.byteCount == raw.count)
    }

    @Test func nonBreakingAndTypographicSpacesBecomeSpaces() throws {
        let loaded = decode(Array("Region\u{00A0}Id\u{2009}x\u{202F}y\u{3000}z 名称".utf8))
        let page = try #require(loaded.page)
        // U+3000 (ideographic space) is left alone: in CJK text it is a character of its own.
        #expect(page.text == "Region Id x y\u{3000}z 名称")
        #expect(loaded.replacedSpaces == 3)
    }

    @Test func invalidUTF8IsAnErrorNamingLineAndByte() throws {
        let raw: [UInt8] = Array("line one\nline two\nbad ".utf8) + [0xC3, 0x28] + Array(" here\n".utf8)
        let loaded = decode(raw)
        #expect(loaded.page == nil)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.code == "invalid-utf8")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.message.contains("byte offset 22"))
        #expect(diagnostic.description.hasPrefix("p.md:3: error: invalid UTF-8"))
    }

    @Test(arguments: [
        [0xC0, 0xAF] as [UInt8],        // overlong '/'
        [0xED, 0xA0, 0x80],              // UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],        // above U+10FFFF
        [0xE4, 0xB8],                    // truncated at end of file
        [0x80],                          // lone continuation byte
    ])
    func malformedSequencesAreRejected(_ bad: [UInt8]) {
        let loaded = decode(Array("ok ".utf8) + bad)
        #expect(loaded.page == nil)
        #expect(loaded.diagnostics.map(\.code) == ["invalid-utf8"])
    }

    @Test func multiByteTextIsKept() throws {
        let text = "名称 | 类型 😀 é"
        #expect(try #require(decode(Array(text.utf8)).page).text == text)
    }

    @Test func binaryFileIsAnError() throws {
        let loaded = decode(Array("PK\n\n".utf8) + [0x00, 0x01, 0x02])
        #expect(loaded.page == nil)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "binary-file")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.message.contains("NUL byte at byte offset 4"))
    }

    @Test func emptyAndBlankFilesAreErrors() {
        #expect(decode([]).diagnostics.map(\.code) == ["empty-page"])
        #expect(decode(Array(" \n\r\n\t\u{00A0}\n".utf8)).diagnostics.map(\.code) == ["empty-page"])
        #expect(decode([0xEF, 0xBB, 0xBF]).diagnostics.map(\.code) == ["empty-page"])
    }

    @Test func bigPageLoadsAndOversizePageIsRefused() throws {
        let folder = TempFolder()
        let row = "|Name\u{00A0}X|String|Yes|a description that goes on for a while|\r\n"
        let big = String(repeating: row, count: 3_000_000 / row.utf8.count)
        let url = try folder.write("big.md", big)
        let input = PageInput(url: url, displayPath: "big.md")

        let loaded = PageLoader().load(input)
        let page = try #require(loaded.page)
        #expect(page.byteCount == big.utf8.count)
        #expect(!page.text.contains("\r"))
        #expect(loaded.replacedSpaces == 3_000_000 / row.utf8.count)

        let refused = PageLoader(maxBytes: 1_000_000).load(input)
        #expect(refused.page == nil)
        #expect(refused.diagnostics.map(\.code) == ["page-too-large"])
        #expect(refused.diagnostics.first?.message.contains("over the 1.0 MB limit") == true)
    }

    @Test func missingFileIsAnError() {
        let input = PageInput(url: URL(fileURLWithPath: "/nonexistent/docgen/page.md"), displayPath: "page.md")
        let loaded = loader.load(input)
        #expect(loaded.page == nil)
        #expect(loaded.diagnostics.map(\.code) == ["unreadable"])
        #expect(loaded.diagnostics.first?.file == "page.md")
    }
}
