@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
import Testing

@Suite struct MarkdownEscapingTests {
    @Test func cellsStayOneCell() {
        #expect(MarkdownEscaping.cell("a | b\nnext <script>&") == "a \\| b<br>next &lt;script&gt;&amp;")
        #expect(!MarkdownEscaping.cell("x\r\ny\u{2028}z").contains("\n"))
        #expect(MarkdownEscaping.cell("rtl \u{202E}") == "rtl \\u{202E}")
    }

    @Test func codeSpansHoldBackticks() {
        #expect(MarkdownEscaping.code("Tag.N.Key") == "`Tag.N.Key`")
        #expect(MarkdownEscaping.code("a`b") == "``a`b``")
        #expect(MarkdownEscaping.code("`x") == "`` `x ``")
        #expect(MarkdownEscaping.code("a|b") == "`a\\|b`")
    }
}
