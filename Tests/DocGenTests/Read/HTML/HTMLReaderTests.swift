import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct HTMLReaderTests {
    @Test func headingsLoseAnchorsAndMarkupAndKeepTheirLines() {
        let (document, _) = readHTML("""
        <html><body>
        <h1>MakeBox {#MakeBox .reference}</h1>
        <h2><a name="req"></a>Request <em>parameters</em> { .section}</h2>
        <h3>Errors<a class="anchor" href="#errors">¶</a></h3>
        </body></html>
        """)
        #expect(document.format == .html)
        #expect(document.headings.map(\.level) == [1, 2, 3])
        #expect(document.headings.map(\.text) == ["MakeBox", "Request parameters", "Errors"])
        #expect(document.headings.map(\.line) == [2, 3, 4])
    }

    @Test func paragraphsArePlainTextWithTheirSourceLines() {
        let (document, _) = readHTML("""
        <p>Creates a <strong>box</strong> in a <a href="https://example.com/r">region</a>;
        see <code>ListBoxes</code>.</p>
        <p>Second &amp; last.</p>
        """)
        #expect(document.paragraphs == ["Creates a box in a region;\nsee ListBoxes.", "Second & last."])
        #expect(document.blocks.map(\.line) == [1, 3])
    }

    @Test func codeBlocksAreVerbatimWithEntitiesDecoded() {
        let (document, _) = readHTML("""
        <pre><code>https://box.example.com/?Action=MakeBox
        &amp;Size=2
        &amp;&lt;common parameters&gt;
        </code></pre>
        <pre>
        {"Id": 1}</pre>
        """)
        #expect(document.codeBlocks == [
            "https://box.example.com/?Action=MakeBox\n&Size=2\n&<common parameters>",
            "{\"Id\": 1}",
        ])
    }

    @Test func tightListIsOneParagraphOfMarkedLines() {
        let (document, _) = readHTML("""
        <ul>
        <li>The box must be <strong>empty</strong>.</li>
        <li>At most 10 boxes.
        <ul><li>Nested note.</li></ul>
        </li>
        </ul>
        <ol start="3"><li>third</li><li>fourth</li></ol>
        """)
        #expect(document.paragraphs == [
            "- The box must be empty.\n- At most 10 boxes.\n- Nested note.",
            "3. third\n4. fourth",
        ])
    }

    @Test func looseListItemsAreParagraphsAndCodeInsideStaysCode() {
        let (document, _) = readHTML("""
        <ul>
        <li><p>First rule.</p></li>
        <li><p>Call it like this:</p>
        <pre><code>GET /boxes
        </code></pre>
        </li>
        </ul>
        """)
        #expect(document.blocks.count == 3)
        #expect(document.paragraphs == ["- First rule.", "- Call it like this:"])
        #expect(document.codeBlocks == ["GET /boxes"])
        if case .code = document.blocks[2] {} else { Issue.record("code block should come last, after its item text") }
    }

    @Test func scriptsStylesAndCommentsAreNotPageText() {
        let (document, _) = readHTML("""
        <head><title>T</title><style>p { color: red }</style></head>
        <body><script>var t = "<table><tr><td>x</td></tr></table>";</script>
        <!-- <h2>Hidden</h2> -->
        <p>Visible</p></body>
        """)
        #expect(document.blocks == [.paragraph(TextBlock(text: "Visible", line: 4))])
    }

    @Test func looseTextAndInlineElementsBetweenBlocksBecomeAParagraph() {
        let (document, _) = readHTML("""
        <div>Intro text <b>bold</b>
        <table><tr><th>A</th></tr><tr><td>1</td></tr></table>
        tail</div>
        """)
        #expect(document.paragraphs == ["Intro text bold", "tail"])
        let broken = readHTML("<body>first line<br>second line<hr>third</body>").document
        #expect(broken.paragraphs == ["first line\nsecond line", "third"])
        #expect(document.tables.count == 1)
    }

    @Test func entitiesAndChineseTextAreDecoded() {
        let (document, _) = readHTML("""
        <h2>请求参数</h2>
        <p>&lt;盒子&gt; &amp; &#x4E2D;&#25991; &quot;ok&quot;&nbsp;end</p>
        """)
        #expect(document.headings.first?.text == "请求参数")
        #expect(document.paragraphs == ["<盒子> & 中文 \"ok\" end"])
    }

    @Test func scannableTextKeepsLinkTargetsAndDecodesEntities() {
        let text = HTMLReader.scannableText(#"""
        <p><a href="https://x.example/?a=1&amp;b=2">Try it</a> now &lt;ok&gt;</p><script>var s = "hidden";</script>
        """#)
        #expect(text.contains("https://x.example/?a=1&b=2"))
        #expect(text.contains("Try it now <ok>"))
        #expect(!text.contains("hidden"))
        #expect(!text.contains("href"))
    }

    @Test func theSpecBuilderFindsIdentityInAnHTMLPagesLinks() {
        let html = #"""
        <h1>MakeBox</h1>
        <p><a href="https://api.aliyun.com/#product=Ecs&amp;api=MakeBox&amp;type=RPC&amp;version=2014-05-26">Try it</a></p>
        <h2>Request parameters</h2>
        <table><thead><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
        <tbody><tr><td>Size</td><td>Integer</td><td>Yes</td><td>How big.</td></tr></tbody></table>
        """#
        let page = PageText(file: "MakeBox.html", text: html, sha256: "", byteCount: html.utf8.count)
        let spec = SpecBuilder.build(HTMLReader().read(page).document, page: page, hints: IdentityHints())
        #expect(spec.apiVersion == "2014-05-26")
        #expect(spec.action == "MakeBox")
        #expect(spec.parameters.map(\.name).contains("Size"))
    }

    @Test func aDeclaredLegacyCharsetDoesNotGarbleTheAlreadyDecodedText() {
        // PageText is decoded already; a page that says gb2312 must not be decoded a second time.
        let (document, _) = readHTML(#"<html><head><meta charset="gb2312"><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><p>实例名称</p></body></html>"#)
        #expect(document.paragraphs == ["实例名称"])
    }
}
