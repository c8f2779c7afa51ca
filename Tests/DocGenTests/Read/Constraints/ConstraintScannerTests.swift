import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// The hand-written scanners and byte-level paths of the constraint extractor, each checked against what it replaces
/// (the ICU pattern, Foundation, or the Character-by-Character path) on chosen texts and on random texts built from
/// the pieces that matter: ASCII and full-width punctuation, CJK, digits of other scripts, Unicode spaces, letters
/// that case-fold to ASCII, combining marks.
@Suite("Constraint extractor: hand-written scanners match what they replace")
struct ConstraintScannerTests {
    private static let pieces = [
        "a", "Z", "N", "n", "x_1", "Tag", "Key", "_", "0", "7", "12", "123", ".", "#", " ", "  ", "\t", "\u{00A0}",
        "\u{3000}", "\u{2003}", "\u{200B}", "-", "*", "**", "+", "•", "·", ")", "(", "（", "）", ":", "：", "１", "٣",
        "中", "文", "长度", "取值", "。", "；", ";", "！", "？", "!", "?", "`", "“", "”", "‘", "’", "[", "]", "［", "］",
        "~", "～", "<", ">", "＜", "＞", "=", "＝", ",", "，", "ſ", "\u{212A}", "é", "e\u{0301}", "\u{0301}", "ß", "ﬁ",
        "\n", "\u{2028}", "\u{0B}", "\u{85}", "\u{1C}", "abc", "Value", "http://", "(-).", ".**", "It",
    ]

    /// Deterministic random texts (SplitMix64), so a failure can be reproduced.
    private static func randomTexts(count: Int, from pieces: [String] = pieces, seed: UInt64 = 0x5EED) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return (0..<count).map { _ in
            (0..<Int(next() % 10)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
        }
    }

    private static func icuMatches(_ pattern: String, caseInsensitive: Bool, in text: String) -> [NSTextCheckingResult] {
        let regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    // MARK: - List markers

    private static let listMarkerPattern = #"^(?:[-*+•·]|\d{1,2}[.)])\s+"#

    /// The text after the marker as the regex found it (the whole line when the match's end is not a Character
    /// boundary, as `Range(_:in:)` gives nil there and the match fell back to an empty range), or nil.
    private static func icuItemText(_ line: String) -> String? {
        guard let m = icuMatches(listMarkerPattern, caseInsensitive: true, in: line).first else { return nil }
        guard let range = Range(m.range, in: line) else { return line }
        return String(line[range.upperBound...])
    }

    @Test("list markers", arguments: [
        ("- item", "item"), ("*  两个空格", "两个空格"), ("+\tTab", "Tab"), ("• 中文", "中文"), ("· dot", "dot"),
        ("1. one", "one"), ("12) twelve", "twelve"), ("１．全角", nil), ("１. 全角数字", "全角数字"), ("٣) Arabic-Indic", "Arabic-Indic"),
        ("-\u{3000}ideographic space", "ideographic space"), ("-\u{00A0}nbsp", "nbsp"), ("123. three digits", nil),
        ("1.5 GB", nil), ("-item", nil), ("-", nil), ("", nil), ("— dash", nil), ("a. letter", nil), ("1 ) gap", nil),
        ("-\u{200B}zero width", nil), ("- ", ""), ("- \u{0301}combining", "- \u{0301}combining"),
    ] as [(String, String?)])
    func listMarkers(line: String, item: String?) {
        #expect(ListMarker.itemText(of: line) == item)
        #expect(Self.icuItemText(line) == item)
    }

    @Test("list markers on random lines")
    func listMarkersRandom() {
        for line in Self.randomTexts(count: 4000) {
            #expect(ListMarker.itemText(of: line) == Self.icuItemText(line), "\(line.debugDescription)")
        }
    }

    // MARK: - Parameter names

    private static let mentionPattern = #"(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_]*(?:\.(?:[A-Za-z][A-Za-z0-9_]*|N|n|\d+|#))*"#

    /// The matched texts as `Range(_:in:)` gives them: "" for a match whose bounds are not Character boundaries.
    private static func icuMentions(_ text: String) -> [String] {
        icuMatches(mentionPattern, caseInsensitive: false, in: text).map { m in Range(m.range, in: text).map { String(text[$0]) } ?? "" }
    }

    @Test("parameter names", arguments: [
        ("当Tag.N.Key为空时", ["Tag.N.Key"]), ("Use DiskId or SnapshotId.", ["Use", "DiskId", "or", "SnapshotId"]),
        ("Tag.1.Value and Filter.#", ["Tag.1.Value", "and", "Filter.#"]), ("x_1y.z2", ["x_1y.z2"]), ("_a 9b c", ["c"]),
        ("Tag.１２.Key", ["Tag.１２.Key"]), ("Tag.٣", ["Tag.٣"]), ("a.1b", ["a.1"]), ("a.#b", ["a.#", "b"]), ("a..b", ["a", "b"]),
        ("参数InstanceId，", ["InstanceId"]), ("ſtart Kelvin\u{212A}", ["tart", "Kelvin"]), ("é", []), ("a.", ["a"]),
        ("end.", ["end"]), ("Ｔａｇ", []), ("Tage\u{0301} x", ["", "x"]), ("\u{0600}Tag", [""]),
    ] as [(String, [String])])
    func names(text: String, names: [String]) {
        #expect(NameMentions.all(in: text) == names)
        #expect(Self.icuMentions(text) == names)
    }

    @Test("parameter names in random text")
    func namesRandom() {
        for text in Self.randomTexts(count: 4000) {
            #expect(NameMentions.all(in: text) == Self.icuMentions(text), "\(text.debugDescription)")
        }
    }

    // MARK: - Normalisation and sentences on simple text

    /// Pieces that are all simple text (see `isSimpleText`).
    private static let simplePieces = pieces.filter(\.isSimpleText)

    @Test("folding, squeezing and trimming simple text by bytes gives what the Character path gives", arguments: [
        " 长度为2～9个字符（含）：“a”  ‘b’ ", "\t`code`\u{3000}\u{00A0}end\t", "＜＝＞［x］", "", " ", "``", "a ` b", "a\u{0}b",
    ])
    func folding(text: String) {
        #expect(text.isSimpleText)
        #expect(DescriptionText.foldedSqueezedAndTrimmed(text) == DescriptionText.foldedSqueezedAndTrimmedByCharacter(text))
    }

    @Test("folding random simple text")
    func foldingRandom() {
        for text in Self.randomTexts(count: 4000, from: Self.simplePieces) {
            #expect(DescriptionText.foldedSqueezedAndTrimmed(text) == DescriptionText.foldedSqueezedAndTrimmedByCharacter(text),
                    "\(text.debugDescription)")
        }
    }

    @Test("the byte fold table is the Character fold table")
    func foldTable() {
        for (character, replacement) in DescriptionText.folded {
            let scalar = character.unicodeScalars.first!
            #expect(character.unicodeScalars.count == 1)
            #expect(DescriptionText.foldedByte(scalar) == (replacement.isEmpty ? 0 : replacement.utf8.first))
        }
        // Character equality sees through canonical equivalence (U+1FEF is "`"), so the tables agree on simple text,
        // the only text the byte path reads.
        for value in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value), String(scalar).isSimpleText else { continue }
            #expect((DescriptionText.foldedByte(scalar) != nil) == (DescriptionText.folded[Character(scalar)] != nil))
        }
    }

    @Test("removing ** from simple text by bytes gives what Foundation gives")
    func doubleAsterisks() {
        let texts = ["**a**", "***", "****", "*a*", "长度**为**", "**"] + Self.randomTexts(count: 2000, from: Self.simplePieces)
        for text in texts {
            #expect(DescriptionText.removingDoubleAsterisks(text) == text.replacingOccurrences(of: "**", with: ""), "\(text.debugDescription)")
        }
    }

    @Test("cutting simple text into sentences by bytes gives what the Character path gives")
    func sentences() {
        let texts = ["比例为1.5。Use Widget.N.Key (.) here. Next one; last", "(-).It cannot", "requests.**Token** can",
                     "a.b", "end.", "Ａ.Ｂｃ", ")．Ab", "x!\u{00A0}y? z", "。；;！？"]
            + Self.randomTexts(count: 4000, from: Self.simplePieces)
        for text in texts where text.isSimpleText {
            #expect(DescriptionText.splitSimpleSentences(text) == DescriptionText.splitSentencesByCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test("trimming quotes by scalars gives what Foundation gives")
    func quotes() {
        let quotePieces = Self.pieces + ["\"", "'", "「", "」", "😀", "\u{1F1E8}\u{1F1F3}"]
        let texts = ["“http://”", "「aliyun」", "'acs:'", "\"\"", "“", "a“b”c", "’x‘"] + Self.randomTexts(count: 4000, from: quotePieces)
        let set = CharacterSet(charactersIn: "\"'“”‘’「」")
        for text in texts {
            #expect(StringShapeRules.trimmingQuotes(text) == text.trimmingCharacters(in: set), "\(text.debugDescription)")
        }
    }

    // MARK: - Pre-checks before a pattern

    @Test("a list run onto its colon is never missed by the byte pre-check")
    func listAfterColon() {
        let texts = ["取值范围：-   Hot：热", "Values: • a", "a:\t-\tb", "a：－ b", "a: -b", "a:-", "::- x"]
            + Self.randomTexts(count: 4000)
        let pattern = #"([:：])[ \t]*([-•])[ \t]+(?=\S)"#
        for text in texts where !Self.icuMatches(pattern, caseInsensitive: true, in: text).isEmpty {
            #expect(DescriptionText.mayRunListOntoColon(text), "\(text.debugDescription)")
        }
    }

    @Test("a number range is never missed by the first-byte pre-check")
    func numberRangeCandidates() {
        let texts = ["[1, 10]", " 1~65535", "from 1 to 5", "Between 2 and 9", "-1 to 1", "１~２", "\u{3000}1-2", "\u{1}3-4", "a 1-2"]
            + Self.randomTexts(count: 4000)
        for text in texts {
            let candidates = NumberRange.candidates(atStartOf: text).map(\.regex.pattern)
            for pattern in [NumberRange.bracketed, NumberRange.spanned] where pattern.matches(text) {
                #expect(candidates.contains(pattern.regex.pattern), "\(text.debugDescription)")
            }
        }
    }

    // MARK: - Literal gates

    /// The gate's meaning, spelt out: some literal occurs once ASCII letters are folded (unless case-sensitive),
    /// or a case-insensitive pattern meets a letter that case-folds to ASCII.
    private static func expectedAdmits(_ text: String, _ lists: [[String]], caseSensitive: Bool) -> Bool {
        let bytes = Array(text.utf8)
        if !caseSensitive && bytes.indices.contains(where: { i in
            let b = bytes[i]
            guard b >= 0xC3 else { return false }
            if b <= 0xC9 { return true }
            guard i + 1 < bytes.count else { return false }
            let n = bytes[i + 1]
            return (b == 0xE1 && n >= 0xB8 && n <= 0xBF) || (b == 0xE2 && (n == 0x84 || n == 0x85)) || (b == 0xEF && n == 0xAC)
        }) { return true }
        let fold = { (b: UInt8) -> UInt8 in !caseSensitive && b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
        let haystack = bytes.map(fold)
        return lists.allSatisfy { list in
            list.contains { literal in
                let needle = Array(literal.utf8).map(fold)
                return needle.isEmpty || (0...max(0, haystack.count - needle.count)).contains { start in
                    start + needle.count <= haystack.count && Array(haystack[start..<(start + needle.count)]) == needle
                }
            }
        }
    }

    @Test("gates admit exactly the texts holding their literals")
    func gates() {
        let gates: [([String], [String], Bool)] = [
            (["长度"], [], false), (["n"], [], false), (["取值", "范围", " of n", "can be"], ["n"], false),
            ([":", "："], ["-", "•"], false), (["ascii"], [], false), (["Tag", "key"], [], true), (["."], [], true),
            (["not", "n't", "同时"], [], false), (["ſ"], [], false), ([""], [], false),
        ]
        let texts = ["长度为5", "Valid values of N: 1", "N的取值范围", "Only ASCII", "ＡＳＣＩＩ", "can't", "ſtart", "Tag.Key", "TAG"]
            + Self.randomTexts(count: 3000)
        for (literals, more, caseSensitive) in gates {
            let pattern = RulePattern("x", caseSensitive: caseSensitive, requiresAnyOf: literals, andAnyOf: more)
            for text in texts {
                #expect(pattern.admits(SearchText(text))
                    == Self.expectedAdmits(text, [literals, more].filter { !$0.isEmpty }, caseSensitive: caseSensitive),
                    "\(literals) \(more) \(text.debugDescription)")
            }
        }
    }

    @Test("byte searches", arguments: [
        ("长度：为", "：", true), ("a](b", "](", true), ("](", "](", true), ("]", "](", false), ("", "~~", false),
        ("x~y~", "~~", false), ("~~", "~~", true),
    ])
    func byteSearch(text: String, needle: String, found: Bool) {
        let needles: [String: StaticString] = ["：": "：", "](": "](", "~~": "~~"]
        #expect(UTF8Bytes.contains(text, needles[needle]!) == found)
        #expect(UTF8Bytes.contains(text, byte: needle.utf8.first!) == text.utf8.contains(needle.utf8.first!))
    }
}
