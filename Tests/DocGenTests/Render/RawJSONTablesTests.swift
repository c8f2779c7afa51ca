@_spi(DocGenGenerated) import DocGenRuntime
@testable import DocGenGeneration
import Testing

/// Tables generated code carries as JSON text in a raw multi-line string literal: the error type's documented codes
/// and the generated tests' limit probes. The runtime's decoders (Foundation's JSON parser) are the oracle.
@Suite struct RawJSONTablesTests {
    static let entries: [ErrorTableText.Entry] = SwiftEscapingTests.hostile.enumerated().map { index, text in
        .init(code: "Code.\(index).\(text)", statuses: [400, 403 + index], messages: [text, "plain"],
              descriptions: index.isMultiple(of: 2) ? [text] : [])
    } + [.init(code: "Hash.\"#\"##\"###", statuses: [], messages: ["\\###(x) \"\"\"###"], descriptions: [])]

    /// The runtime's decoder (Foundation's JSON parser) reads back exactly what the pages said.
    @Test func theRuntimeReadsBackEveryCodeStatusMessageAndDescription() {
        let table = ErrorTableText(entries: Self.entries)
        let decoded = ErrorCodeInfo.table(json: table.lines.joined(separator: "\n"))
        #expect(decoded.count == Self.entries.count)
        for entry in Self.entries {
            #expect(decoded[entry.code] == ErrorCodeInfo(httpStatuses: entry.statuses, messages: entry.messages,
                                                         descriptions: entry.descriptions), "\(entry.code)")
        }
    }

    /// Swift ends a raw literal at `"""` followed by its `#`s and reads `\` followed by them as an escape: neither may
    /// occur in the text, and no line may hold a line break or an invisible or direction-changing character.
    @Test func noPageTextCanEndTheRawLiteralOrHideInIt() {
        let table = ErrorTableText(entries: Self.entries)
        #expect(table.hashes.allSatisfy { $0 == "#" } && table.hashes.count == 4)
        for line in table.lines {
            #expect(!line.contains("\"" + table.hashes) && !line.contains("\\" + table.hashes), "\(line)")
            #expect(!line.unicodeScalars.contains { SwiftEscaping.isLineBreak($0) || SwiftEscaping.needsEscape($0) },
                    "\(line)")
        }
    }

    @Test func oneCodePerLineInTheGivenOrder() {
        let table = ErrorTableText(entries: [.init(code: "B", statuses: [404], messages: [], descriptions: []),
                                             .init(code: "A", statuses: [], messages: ["m"], descriptions: ["d"])])
        #expect(table.lines == [
            "{",
            #""B": {"httpStatuses": [404], "messages": [], "descriptions": []},"#,
            #""A": {"httpStatuses": [], "messages": ["m"], "descriptions": ["d"]}"#,
            "}",
        ])
        #expect(table.hashes == "#")
    }

    /// A probe row as the generated tests write it reads back with the wire path exactly as the page spelled it, and
    /// the rule by its spec key (`enum` is `allowedValues`).
    @Test(arguments: SwiftEscapingTests.hostile) func limitProbeRowsReadBack(_ path: String) {
        let row = "[" + ["name_enum_outside", path, "enum"].map(RawJSONText.string).joined(separator: ", ") + ", true]"
        let lines = ["[", row + ",", "[\"b\", \"P\", \"maxLength\", false]", "]"]
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains { SwiftEscaping.isLineBreak($0) } })
        #expect(LimitProbe.table(json: lines.joined(separator: "\n")) == [
            LimitProbe("name_enum_outside", parameter: path, rule: .allowedValues, fails: true),
            LimitProbe("b", parameter: "P", rule: .maxLength, fails: false),
        ])
    }
}
