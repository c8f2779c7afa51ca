@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
import Foundation
import Testing

/// A minimal RFC 4180 reader, written here to check the writer from the outside.
enum RFC4180 {
    enum Failure: Error { case bareQuote(Int), unterminated, bareLineFeed(Int) }

    static func parse(_ text: String) throws -> [[String]] {
        let chars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var i = 0
        var atFieldStart = true
        while i < chars.count {
            let c = chars[i]
            if atFieldStart && c == "\"" {
                i += 1
                var closed = false
                while i < chars.count {
                    if chars[i] == "\"" {
                        if i + 1 < chars.count && chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 2; continue }
                        i += 1
                        closed = true
                        break
                    }
                    field.unicodeScalars.append(chars[i])
                    i += 1
                }
                guard closed else { throw Failure.unterminated }
                atFieldStart = false
                continue
            }
            if c == "," {
                record.append(field); field = ""; atFieldStart = true; i += 1
            } else if c == "\r" && i + 1 < chars.count && chars[i + 1] == "\n" {
                record.append(field); records.append(record); record = []; field = ""; atFieldStart = true; i += 2
            } else if c == "\n" || c == "\r" {
                throw Failure.bareLineFeed(i)
            } else if c == "\"" {
                throw Failure.bareQuote(i)
            } else {
                field.unicodeScalars.append(c); atFieldStart = false; i += 1
            }
        }
        if !record.isEmpty || !field.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

@Suite("Error tables: CSV, Markdown, JSON, HTML")
struct ErrorTableFormatTests {
    typealias F = ErrorTableFixtures

    static let hostileMessages = [
        "Plain, with a comma",
        "She said \"no\", twice \"\"",
        "two\nlines\r\nand a CR\rhere",
        "<script>alert('x')</script> & <b>bold</b>",
        "a | pipe, `tick` *star* _under_ [link](http://x)",
        "trailing quote\"",
        "\"leading quote",
        "中文，逗号",
    ]

    static func hostileTable() -> ErrorTable {
        let errors = hostileMessages.enumerated().map { index, message in
            F.error(400, "Code\(index)", message, "desc, \"\(index)\"\n")
        }
        return ErrorTableBuilder(operations: F.current(F.spec("StartBox", errors: errors))).mergedTable()
    }

    @Test func csvRoundTripsHostileMessagesThroughAnRFC4180Reader() throws {
        let table = Self.hostileTable()
        let csv = ErrorTableCSV.render(table)
        #expect(csv.hasSuffix("\r\n"))
        let records = try RFC4180.parse(csv)
        #expect(records[0] == ["code", "http_status", "message_en", "description_en", "operations", "since", "until",
                               "conflicts"])
        #expect(records.count == Self.hostileMessages.count + 1)
        #expect(records.allSatisfy { $0.count == 8 })
        var byCode: [String: [String]] = [:]
        for record in records.dropFirst() { byCode[record[0]] = record }
        for (index, message) in Self.hostileMessages.enumerated() {
            let record = try #require(byCode["Code\(index)"])
            // Rows keep the page's text with white space runs collapsed (line breaks become spaces).
            #expect(record[2] == ErrorText.normalized(message))
            #expect(record[1] == "400")
            #expect(record[3] == "desc, \"\(index)\"")
            #expect(record[4] == "acme/box/StartBox")
        }
    }

    @Test func csvFieldQuotingFollowsRFC4180() throws {
        #expect(ErrorTableCSV.field("plain") == "plain")
        #expect(ErrorTableCSV.field("a,b") == "\"a,b\"")
        #expect(ErrorTableCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ErrorTableCSV.field("one\ntwo") == "\"one\ntwo\"")
        #expect(ErrorTableCSV.field("one\r\ntwo") == "\"one\r\ntwo\"")
        // Several values in one field are line-separated and survive the round trip.
        let table = ErrorTableBuilder(operations: F.current(
            F.spec("A", errors: [F.error(400, "X", "first, one")]), F.spec("B", errors: [F.error(400, "X", "second")])
        )).mergedTable()
        let records = try RFC4180.parse(ErrorTableCSV.render(table))
        #expect(records[1][2] == "first, one\nsecond")
        #expect(records[1][4] == "acme/box/A\nacme/box/B")
        #expect(records[1][7] == "2 different messages (en) across 2 operations")
    }

    @Test func csvHasAColumnPerLanguage() throws {
        let en = F.spec("A", language: "en", errors: [F.error(400, "X", "m", "english")])
        let zh = F.spec("A", language: "zh", errors: [F.error(400, "X", "m", "中文说明")])
        let table = ErrorTableBuilder(operations: [OperationRevisions(id: en.operationID, revisions: [en, zh])])
            .mergedTable()
        let records = try RFC4180.parse(ErrorTableCSV.render(table))
        #expect(records[0] == ["code", "http_status", "message_en", "message_zh", "description_en", "description_zh",
                               "operations", "since", "until", "conflicts"])
        #expect(records[1] == ["X", "400", "m", "m", "english", "中文说明", "acme/box/A", "", "", ""])
    }

    @Test func markdownEscapesPageTextAndKeepsOneLinePerRow() {
        let markdown = ErrorTableMarkdown.render(Self.hostileTable())
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"))
        #expect(markdown.contains("a \\| pipe, \\`tick\\` \\*star\\* \\_under\\_ \\[link\\](http://x)"))
        let tableLines = markdown.split(separator: "\n").filter { $0.hasPrefix("| `Code") }
        #expect(tableLines.count == Self.hostileMessages.count)
        // Every row has exactly the header's number of unescaped cell separators.
        for line in tableLines {
            let separators = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(separators == ErrorTableCells.headers.count + 1, "\(line)")
        }
    }

    @Test func markdownShowsLanguagesConflictsAndHistory() {
        let en = F.spec("A", language: "en", file: "a-en.md", errors: [F.error(403, "X", "m1", "english")])
        let zh = F.spec("A", language: "zh", file: "a-zh.md", errors: [F.error(404, "X", "m1", "中文")])
        let table = ErrorTableBuilder(operations: [OperationRevisions(id: en.operationID, revisions: [en, zh])])
            .productTables()[0]
        let markdown = ErrorTableMarkdown.render(table)
        #expect(markdown.hasPrefix("# Error codes: acme box\n\n1 error codes from 1 operations (pages in en, zh); 1 conflicts."))
        #expect(markdown.contains("| `X` | 403, 404 | \\[en\\] m1<br>\\[zh\\] m1 | \\[en\\] english<br>\\[zh\\] 中文 | A |  |  | HTTP 403 (A); 404 (A) |"))
        #expect(markdown.contains("## Conflicts\n\n- `X` httpStatus: HTTP 403 (A); 404 (A)\n"))
    }

    @Test func jsonIsDeterministicSortedAndDecodesBack() throws {
        let table = Self.hostileTable()
        let data = try ErrorTableJSON.render(table)
        #expect(try ErrorTableJSON.render(table) == data)
        let decoded = try JSONDecoder().decode(ErrorTable.self, from: data)
        #expect(decoded == table)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"codes\": [\n    {\n      \"code\": \"Code0\",\n      \"conflicts\": [],\n"))
        #expect(text.hasSuffix("  \"title\": \"Error codes: all products\"\n}\n"))
        #expect(text.contains("\"schemaVersion\": 1"))
        // Building again from the same specs in another order gives the same bytes.
        let specs = Self.hostileMessages.indices.map { F.spec("Op\($0)", errors: [F.error(400, "C\($0 % 3)", "m\($0)")]) }
        let forward = try ErrorTableJSON.render(ErrorTableBuilder(operations: specs.map(OperationRevisions.init(current:))).mergedTable())
        let backward = try ErrorTableJSON.render(ErrorTableBuilder(operations: specs.reversed().map(OperationRevisions.init(current:))).mergedTable())
        #expect(forward == backward)
    }

    @Test func jsonCarriesOccurrencesWithSourceLineAndRevision() throws {
        let table = ErrorTableBuilder(operations: F.current(
            F.spec("A", file: "pages/A.md", errors: [F.error(400, "X", "m", line: 77)])
        )).mergedTable()
        let object = try JSONSerialization.jsonObject(with: try ErrorTableJSON.render(table)) as! [String: Any]
        let row = (object["codes"] as! [[String: Any]])[0]
        let operation = (row["operations"] as! [[String: Any]])[0]
        #expect(operation["operation"] as? String == "acme/box/2020-01-01/A")
        let occurrence = (operation["occurrences"] as! [[String: Any]])[0]
        #expect(occurrence["source"] as? String == "pages/A.md")
        #expect(occurrence["line"] as? Int == 77)
        #expect(occurrence["revision"] as? Int == 1)
        #expect(occurrence["http"] as? Int == 400)
        #expect(row["since"] == nil && row["until"] == nil)
    }

    @Test func htmlEscapesEverythingFromPagesAndNeedsNoNetwork() {
        let html = ErrorTableHTML.render(Self.hostileTable())
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>bold"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"))
        // Only the page's own script element; no external resources.
        #expect(html.components(separatedBy: "<script").count == 2)
        for external in ["src=", "href=", "@import", "url(", "http://", "https://"] {
            let outsideData = html.replacingOccurrences(of: "[link](http://x)", with: "")
            #expect(!outsideData.contains(external), "\(external)")
        }
        #expect(html.components(separatedBy: "<tr data-search=").count - 1 == Self.hostileMessages.count)
    }

    @Test func htmlEscapingCoversAttributeAndElementText() {
        #expect(HTMLEscaping.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        let table = ErrorTableBuilder(operations: F.current(F.spec("A", errors: [F.error(400, "X\" onclick=\"x", "m")])))
            .mergedTable()
        let html = ErrorTableHTML.render(table)
        #expect(!html.contains("\" onclick=\""))
        #expect(html.contains("data-sort=\"X&quot; onclick=&quot;x\""))
    }
}
