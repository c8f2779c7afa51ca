import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// The Markdown reader answers its line questions from bytes when every scalar is a Character of its own, and by
/// Character otherwise. These pages sit on the edges between the two: combining marks after the characters the rules
/// look for, scalars Swift sees as ASCII punctuation, code spans measured in Characters, CR, NBSP and other spaces.
/// The expected values are what the reader gave when it compared Characters throughout.
@Suite("Markdown reader: Character rules on bytes")
struct MarkdownCharacterRulesTests {
    func blocks(_ text: String) -> [Block] {
        MarkdownReader().read(TestPage.make(text)).document.blocks
    }

    /// Compared as UTF-8 (String `==` would take `é` and `e` + U+0301 for the same text).
    func expectSame<T>(_ actual: T, _ expected: T, sourceLocation: SourceLocation = #_sourceLocation) {
        var a = "", b = ""
        dump(actual, to: &a)
        dump(expected, to: &b)
        #expect(Array(a.utf8) == Array(b.utf8), "\(a)\nexpected\n\(b)", sourceLocation: sourceLocation)
    }

    func rows(_ text: String) -> [[String]] {
        blocks(text).flatMap { block -> [[String]] in
            if case .table(let table) = block { return table.rows.map(\.cells) } else { return [] }
        }
    }

    @Test func pipeWithACombiningMarkIsText() {
        // `|́` is one Character, not a pipe: it neither splits cells nor starts a row.
        expectSame(rows("|A|B|\n|--|--|\n|x|\u{301}y|\n"), [["x|\u{301}y"]])
        expectSame(blocks("|A|B|\n|--|--|\n|\u{301}x|y|\n\ntext\n"), [
            .table(Table(header: ["A", "B"], rows: [], line: 1)),
            .paragraph(TextBlock(text: "|\u{301}x|y|", line: 3)),
            .paragraph(TextBlock(text: "text", line: 5)),
        ])
    }

    @Test func fenceAndHeadingMarksWithACombiningMark() {
        // "```́" is not a fence (its third Character is not a backtick), so the next fence opens an unclosed block.
        let fence = MarkdownReader().read(TestPage.make("```\u{301}\ncode\n```\n"))
        expectSame(fence.document.blocks, [
            .paragraph(TextBlock(text: "```\u{301}\ncode", line: 1)),
            .code(TextBlock(text: "", line: 3)),
        ])
        expectSame(fence.diagnostics.map(\.code), ["code-fence-unclosed"])
        expectSame(blocks("#\u{301} not a heading\n# 标题 {#t .section}\n"), [
            .paragraph(TextBlock(text: "#\u{301} not a heading", line: 1)),
            .heading(Heading(level: 1, text: "标题", line: 2)),
        ])
    }

    @Test func escapedPipesAndCodeSpansBesideCJK() {
        expectSame(rows("|A|B|\n|--|--|\n|名称\\|别名|类型 \\\\|\n"), [["名称|别名", "类型 \\"]])
        expectSame(rows("|A|B|\n|--|--|\n|`a|中`|b|\n"), [["a|中", "b"]])
        expectSame(rows("|A|B|\n|--|--|\n|└Name|*é* and **b**\u{301} &lt;x&gt;|\n"), [["└Name", "é and b**\u{301} <x>"]])
    }

    @Test func greekVariaIsABacktickToCharacters() {
        // U+1FEF is canonically a backtick, so Character comparisons open and close a code span with it.
        expectSame(rows("|A|B|\n|--|--|\n|a\\b\u{1FEF}c|d\u{1FEF}|e|\n"), [["a\\bc|d", "e"]])
    }

    @Test func codeSpanSearchIsCountedInCharactersNotBytes() {
        // The closing backtick must lie within `spanSearchLimit` Characters of the opening one; each 中 is 3 bytes.
        func page(_ n: Int) -> String { "|A|B|\n|--|--|\n|`" + String(repeating: "中", count: n) + "|`|x|\n" }
        expectSame(rows(page(4093)), [[String(repeating: "中", count: 4093) + "|", "x"]])
        expectSame(rows(page(4094)), [["`" + String(repeating: "中", count: 4094), "`", "x"]])
    }

    @Test func carriageReturnsAndSpaces() {
        expectSame(blocks("## T\r\n\r\n|A|B|\r|--|--|\r\n|1|2|\r\n"), [
            .heading(Heading(level: 2, text: "T", line: 1)),
            .table(Table(header: ["A", "B"], rows: [TableRow(cells: ["1", "2"], line: 5)], line: 3)),
        ])
        // A line of NBSPs ends a paragraph; an NBSP in a cell is a space; one after the closing pipe still closes it.
        expectSame(blocks("para one\n\u{A0}\u{A0}\npara two\n|A|B|\n|--|--|\n|1\u{A0}x|2|\u{A0}\n"), [
            .paragraph(TextBlock(text: "para one", line: 1)),
            .paragraph(TextBlock(text: "para two", line: 3)),
            .table(Table(header: ["A", "B"], rows: [TableRow(cells: ["1 x", "2"], line: 6)], line: 4)),
        ])
        // An ideographic space is trimmed away but is not a blank line to the table scanner: the cell goes on.
        expectSame(rows("|A|B|\n|--|--|\n|1|two\n\u{3000}\nmore|\n"), [["1", "two\n\nmore"]])
        expectSame(blocks("~~~\ncode\n~~~~\u{A0}\nafter\n"), [
            .code(TextBlock(text: "code", line: 1)),
            .paragraph(TextBlock(text: "after", line: 4)),
        ])
    }

    @Test func tidyCellOnBytes() {
        expectSame(tidyCell("  a \u{A0}b \n\n\n c\u{3000}\n"), "a  b\n\nc")
        // CR LF is one Character, so `split(separator: "\n")` does not cut there.
        expectSame(tidyCell(" a\r\n b "), "a\r\n b")
        expectSame(tidyCell("\u{A0}\n x\u{A0}\u{A0}y\n\n"), "x  y")
        expectSame(tidyCell("a\n\u{3000}\nb"), "a\n\nb")
        expectSame(tidyCell(""), "")
    }

    @Test func inlineTextWithCombiningMarks() {
        expectSame(MarkdownInline.plainText("*e\u{301}* x"), "e\u{301} x")
        expectSame(MarkdownInline.plainText("`x\u{301}`"), "x\u{301}")
        expectSame(MarkdownInline.plainText("[é](u) &amp;"), "é &")
        expectSame(MarkdownInline.plainText("__é__"), "é")
        expectSame(MarkdownInline.plainText("a\\|b"), "a|b")
    }
}
