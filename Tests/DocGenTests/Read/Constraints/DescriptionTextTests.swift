import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite("Description text: lines, sentences, normalisation")
struct DescriptionTextTests {
    @Test("sentences end at Chinese and English stops but not inside numbers, paths or brackets")
    func sentenceSplitting() {
        let pieces = DescriptionText.splitSentences("比例为1.5。Use Widget.N.Key (.) here. Next one; last")
        #expect(pieces.map { $0.trimmingCharacters(in: .whitespaces) } == ["比例为1.5。", "Use Widget.N.Key (.) here.", "Next one;", "last"])
    }

    @Test("a lost space after a closing bracket or before bold text still ends a sentence")
    func runTogetherSentences() {
        let text = DescriptionText("It cannot end with a hyphen (-).It cannot contain spaces.\nEach call is unique.**Token** is ASCII.")
        #expect(text.sentences.map(\.original) == [
            "It cannot end with a hyphen (-).", "It cannot contain spaces.", "Each call is unique.", "**Token** is ASCII.",
        ])
    }

    @Test("markup is removed and full-width punctuation folded for matching, the original is kept")
    func normalisation() throws {
        let text = DescriptionText("长度为2～9个字符，见[文档](~~123~~)，不能以`ftp://`开头（注意）。")
        let sentence = try #require(text.sentences.first)
        #expect(sentence.text == "长度为2~9个字符，见文档，不能以ftp://开头(注意)。")
        #expect(sentence.original == "长度为2～9个字符，见[文档](~~123~~)，不能以`ftp://`开头（注意）。")
    }

    @Test("list items are recognised with their labels, including an item run onto the introducing line")
    func listItems() {
        let text = DescriptionText("类型。取值范围：-   Hot：热\n-   Cold：冷\n  • Warm")
        #expect(text.lines.map(\.isBullet) == [false, true, true, true])
        #expect(text.lines.compactMap { $0.sentences.first?.itemLabel } == ["Hot", "Cold"])
    }

    @Test("the same input always gives the same result")
    func deterministic() {
        let description = "名称。长度为2~64个字符，不能以ftp://和sftp://开头。\n\n默认值：abc"
        let first = extract(description)
        for _ in 0..<5 { #expect(extract(description) == first) }
    }
}
