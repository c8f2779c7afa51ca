import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// The byte-level helpers of the builder against the calls they replace, on every scalar and on random text made
/// of the pieces where they could part (separators, combining marks, line ends, CJK, non-BMP).
@Suite struct BuilderTextTests {
    static let pieces: [String] = [
        "a", "Z", "Action=", "?", "&", "Version=", "2024-01-31", "2024-1-31", " ", "  ", "\n", "\t", "\r", "\r\n",
        "\u{0B}", "\u{0C}", "\u{1C}", "\u{85}", "\u{A0}", "\u{2003}", "\u{2028}", "\u{3000}", "\u{200B}", "\u{FEFF}",
        "\u{301}", "\u{200D}", "é", "e\u{301}", "名称", "、", "Ｘ", "🙂", "ſ", "\\", "Instance", "Id", "123",
    ]

    static func randomText(_ generator: inout SystemRandomNumberGenerator, maxPieces: Int = 12) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &generator))
            .map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
    }

    static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init)

    @Test func simpleTextOnBytesMatchesTheScalarTest() {
        for scalar in Self.allScalars {
            let text = String(scalar)
            #expect(TextBytes.isSimple(text) == text.isSimpleText, "U+\(String(scalar.value, radix: 16))")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = Self.randomText(&generator)
            #expect(TextBytes.isSimple(text) == text.isSimpleText, "\(text.debugDescription)")
        }
    }

    @Test func linesSplitAtLFAsTheCharacterSplit() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = Self.randomText(&generator, maxPieces: 20)
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            let lines = TextBytes.linesSplitAtLF(text)
            #expect(lines.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(text.debugDescription)")
        }
        #expect(TextBytes.linesSplitAtLF("a\r\nb\n\u{301}c\n").map(String.init) == ["a\r\nb", "\u{301}c", ""])
    }

    @Test func containsTextAsFoundation() {
        var generator = SystemRandomNumberGenerator()
        let needles = [".", "\n", "e", "名称", "code", "Id", "\r", "a"]
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            for needle in needles {
                #expect(text.containsText(needle) == text.contains(needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
    }

    @Test func whitespaceAndNewlinesMatchFoundation() {
        for scalar in Self.allScalars {
            #expect(scalar.isWhitespaceOrNewline == CharacterSet.whitespacesAndNewlines.contains(scalar),
                    "U+\(String(scalar.value, radix: 16))")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = Self.randomText(&generator)
            #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(Array(text.trimmingWhitespaceAndNewlines().utf8) == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
        }
    }

    @Test func byteSearchFindsWhatALoopFinds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = Self.randomText(&generator, maxPieces: 20)
            let needle = Self.randomText(&generator, maxPieces: 2)
            let bytes = Array(text.utf8), pattern = Array(needle.utf8)
            let from = Int.random(in: 0...(bytes.count + 1), using: &generator)
            var expected: Int?
            if !pattern.isEmpty, from < bytes.count, pattern.count <= bytes.count {
                expected = (from...max(from, bytes.count - pattern.count)).first { i in
                    i + pattern.count <= bytes.count && Array(bytes[i..<(i + pattern.count)]) == pattern
                }
            } else if pattern.isEmpty, from <= bytes.count {
                expected = from
            }
            let found = bytes.withUnsafeBytes { h in pattern.withUnsafeBytes { TextBytes.firstOffset(of: $0, in: h, from: from) } }
            #expect(found == expected, "\(text.debugDescription) \(needle.debugDescription) from \(from)")
            #expect(TextBytes.contains(needle, in: text) == text.containsUTF8(needle))
        }
    }

    /// The scalar-by-scalar `collapsed` the byte version replaced (and the Character split for other text).
    static func referenceCollapsed(_ text: String) -> String {
        if text.isSimpleText {
            var out = String.UnicodeScalarView()
            var spacePending = false
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\u{00A0}" {
                    spacePending = !out.isEmpty
                    continue
                }
                if spacePending { out.append(" ") }
                spacePending = false
                out.append(scalar)
            }
            return String(out)
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\r" })
            .joined(separator: " ")
    }

    @Test func collapsedMatchesTheScalarVersion() {
        var generator = SystemRandomNumberGenerator()
        for text in ["", " ", "a", " a", "a ", "a  b", "a b", "a\nb", "a\u{A0}b", "名称 类型", "\u{A0}"] + (0..<5000).map({ _ in Self.randomText(&generator) }) {
            let collapsed = CellText.collapsed(text)
            #expect(Array(collapsed.utf8) == Array(Self.referenceCollapsed(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test func queryItemsMatchThePatternsOnTheWholePage() {
        var generator = SystemRandomNumberGenerator()
        let fixed = ["https://ecs.aliyuncs.com/?Action=  \u{3000}\n CreateDisk&Version=2014-05-26",
                     "Action=Nope &Action=\u{85}Yes", "?Action=\u{1C}X1 ?Action=Y", "&Action=、Z ?Action=名 ?Action=ok9",
                     "?Version=2014-05-2 &Version=2014-05-26", "?Version=٢٠١٤-05-26", "&Action=Ze\u{301}x ?Action=Ok",
                     "?Version=2014-05-26\u{200D} ?Version=2015-05-26", "?Action=A\u{1F3FB}"]
        for text in fixed + (0..<5000).map({ _ in Self.randomText(&generator, maxPieces: 16) }) {
            #expect(QueryInText.action(in: text) == PageIdentity.firstMatch(PageIdentity.Pattern.actionQuery, in: text),
                    "\(text.debugDescription)")
            #expect(QueryInText.version(in: text) == PageIdentity.firstMatch(PageIdentity.Pattern.versionQuery, in: text),
                    "\(text.debugDescription)")
        }
    }

    @Test func commonParameterLooksAtTheStartOnly() {
        #expect(CommonParameter.isCommon(name: "Region", description: "Common parameter. " + String(repeating: "长", count: 500)))
        #expect(CommonParameter.isCommon(name: "Region", description: "  公共参数，" + String(repeating: "x", count: 500)))
        #expect(!CommonParameter.isCommon(name: "Region", description: "The common parameter"))
        #expect(!CommonParameter.isCommon(name: "Region", description: "Common para\u{301}meter"))
        #expect(CommonParameter.isCommon(name: "Version", description: ""))
    }

    @Test func memoTellsCanonicallyEqualSpellingsApart() {
        let memo = StringMemo<[UInt8]> { Array($0.utf8) }
        #expect(memo("é") == [0xC3, 0xA9])
        #expect(memo("e\u{301}") == [0x65, 0xCC, 0x81])
        #expect(memo("é") == [0xC3, 0xA9])
        let small = StringMemo<Int>(limit: 1) { $0.count }
        #expect(small("abc") == 3)
        #expect(small("abcd") == 4)
    }

    /// The line search `PageLines` had before it used `memchr`: every needle searched again after each hit.
    static func referenceLines(_ needles: [String], in text: String, nel: Bool) -> [String] {
        let bytes = Array(text.utf8)
        let patterns = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }
        func first(_ p: [UInt8], from: Int) -> Int? {
            guard p.count <= bytes.count, from <= bytes.count - p.count else { return nil }
            return (from...(bytes.count - p.count)).first { Array(bytes[$0..<($0 + p.count)]) == p }
        }
        func endsBefore(_ i: Int) -> Bool {
            let b = bytes[i - 1]
            if b == 0x0A || b == 0x0D { return true }
            if nel, b == 0x85, i >= 2, bytes[i - 2] == 0xC2 { return true }
            return (b == 0xA8 || b == 0xA9) && i >= 3 && bytes[i - 2] == 0x80 && bytes[i - 3] == 0xE2
        }
        func startsAt(_ i: Int) -> Bool {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D { return true }
            if nel, b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 { return true }
            return b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
        }
        var out: [String] = []
        var from = 0
        while let hit = patterns.compactMap({ first($0, from: from) }).min() {
            var start = hit
            while start > 0, !endsBefore(start) { start -= 1 }
            var end = hit
            while end < bytes.count, !startsAt(end) { end += 1 }
            out.append(String(decoding: bytes[start..<end], as: UTF8.self))
            from = end
        }
        return out
    }

    @Test func pageLinesMatchTheSimpleSearch() {
        var generator = SystemRandomNumberGenerator()
        let needles = ["Action=", "名称", "Id", "a"]
        for _ in 0..<2000 {
            let text = Self.randomText(&generator, maxPieces: 24)
            let chosen = needles.filter { _ in Bool.random(using: &generator) }
            let nel = Bool.random(using: &generator)
            #expect(PageLines.containing(chosen, in: text, nelEndsLine: nel) == Self.referenceLines(chosen, in: text, nel: nel),
                    "\(text.debugDescription) \(chosen)")
        }
    }

    @Test func plausibleNamesAsTheScalarTest() {
        func reference(_ name: String) -> Bool {
            guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first == "_" || first == "$" || first == "@" else {
                return false
            }
            return name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-$@[]:/".unicodeScalars.contains($0))
            }
        }
        var texts = (0..<0x100).map { String(Unicode.Scalar(UInt8($0))) }
        texts += (0..<0x80).map { "a" + String(Unicode.Scalar(UInt8($0))) + "b" }
        var generator = SystemRandomNumberGenerator()
        texts += (0..<3000).map { _ in Self.randomText(&generator, maxPieces: 4) }
        texts += ["Tag.N.Key", "_x", "$ref", "@type", "a[0]", "x:y/z", "", "Ａ", "ſ", "K"]
        for text in texts { #expect(ParameterName.isPlausible(text) == reference(text), "\(text.debugDescription)") }
    }

    @Test func commonParameterAsTheFullLowerCasing() {
        func reference(_ name: String, _ description: String) -> Bool {
            if name == "Action" || name == "Version" { return true }
            let d = CellText.collapsed(description).lowercased()
            return ["common param", "公共参数", "系统规定参数"].contains(where: d.hasPrefix)
        }
        let starts = ["common param", "Common Param", "COMMON PARAMETER", "公共参数", "系统规定参数", "公", "系统", "c", "ｃ",
                      " ", "\u{A0}", "\n", "\r\n", "\u{301}", "e\u{301}", "x", "名", "﨑", "İ", ""]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let description = (0..<Int.random(in: 0...3, using: &generator)).map { _ in starts.randomElement(using: &generator)! }.joined()
                + Self.randomText(&generator, maxPieces: 3)
            #expect(CommonParameter.isCommon(name: "Region", description: description) == reference("Region", description),
                    "\(description.debugDescription)")
        }
    }

    @Test func languageCountsAsTheScalarLoop() {
        func reference(_ texts: [String]) -> String {
            var cjk = 0, latin = 0
            for scalar in texts.joined().unicodeScalars {
                if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) { cjk += 1 }
                else if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) { latin += 1 }
            }
            return cjk * 4 >= latin && cjk > 0 ? "zh" : "en"
        }
        var generator = SystemRandomNumberGenerator()
        let extra = ["㐀", "䶿", "䷀", "鿿", "ꀀ", "〇", "Ａ", "𠀀"]
        for _ in 0..<2000 {
            let texts = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                Self.randomText(&generator) + (Bool.random(using: &generator) ? extra.randomElement(using: &generator)! : "")
            }
            let blocks = texts.enumerated().map { Block.paragraph(TextBlock(text: $1, line: $0 + 1)) }
            #expect(PageFacts.language(of: blocks) == reference(texts), "\(texts)")
        }
    }
}
