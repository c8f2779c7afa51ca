import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

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

    /// Random pages built from the pieces the normaliser cares about, against the byte-at-a-time version.
    @Test func normalizerMatchesTheByteAtATimeVersion() {
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), Array("x".utf8), [0x0D], [0x0A], [0x0D, 0x0A], [0xC2, 0xA0], [0xE2, 0x80, 0x89],
            [0xE2, 0x80, 0xAF], [0xE2, 0x81, 0x9F], Array("名称".utf8), Array("🙂".utf8), [0xEF, 0xBB, 0xBF], [0x80],
            [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80], Array(" \t".utf8),
        ]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                bytes += pieces[Int.random(in: 0..<(round % 2 == 0 ? pieces.count : 12), using: &generator)]
            }
            let fast = PageBytesNormalizer.normalize(bytes)
            let slow = ReferenceNormalizer.normalize(bytes)
            switch (fast, slow) {
            case let (.success(a), .success(b)):
                #expect(a.bytes == b.bytes && a.replacedSpaces == b.replacedSpaces, "\(bytes)")
            case let (.failure(a), .failure(b)):
                #expect(a.offset == b.offset && a.line == b.line, "\(bytes)")
            default:
                Issue.record("one failed, the other not: \(bytes)")
            }
        }
    }
}

/// The first normaliser (one byte at a time, line counted on the way), kept as the reference.
private enum ReferenceNormalizer {
    typealias Normalized = PageBytesNormalizer.Normalized
    typealias InvalidUTF8 = PageBytesNormalizer.InvalidUTF8

    static func normalize(_ input: [UInt8]) -> Result<Normalized, InvalidUTF8> {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var replacedSpaces = 0
        var line = 1
        var i = 0
        let n = input.count
        if n >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3 }

        while i < n {
            let b = input[i]
            if b < 0x80 {
                if b == 0x0D {
                    out.append(0x0A)
                    line += 1
                    i += (i + 1 < n && input[i + 1] == 0x0A) ? 2 : 1
                    continue
                }
                if b == 0x0A { line += 1 }
                out.append(b)
                i += 1
                continue
            }
            guard let length = sequenceLength(input, at: i) else {
                return .failure(InvalidUTF8(offset: i, line: line))
            }
            if isExoticSpace(input, at: i, length: length) {
                out.append(0x20)
                replacedSpaces += 1
            } else {
                out.append(contentsOf: input[i..<(i + length)])
            }
            i += length
        }
        return .success(Normalized(bytes: out, replacedSpaces: replacedSpaces))
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (a non-ASCII lead byte), or nil.
    /// Follows the Unicode table of well-formed sequences: no overlongs, no surrogates, nothing above U+10FFFF.
    private static func sequenceLength(_ s: [UInt8], at i: Int) -> Int? {
        let b0 = s[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= s.count else { return nil }
        guard s[i + 1] >= low, s[i + 1] <= high else { return nil }
        for k in 2..<length where s[i + k] & 0xC0 != 0x80 { return nil }
        return length
    }

    private static func isExoticSpace(_ s: [UInt8], at i: Int, length: Int) -> Bool {
        if length == 2 { return s[i] == 0xC2 && s[i + 1] == 0xA0 }
        guard length == 3, s[i] == 0xE2 else { return false }
        switch (s[i + 1], s[i + 2]) {
        case (0x80, 0x80...0x8A), (0x80, 0xAF), (0x81, 0x9F): return true
        default: return false
        }
    }
}
