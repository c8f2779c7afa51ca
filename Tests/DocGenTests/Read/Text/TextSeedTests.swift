import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Reads the text-rendering seeds with the text readers and compares the emitted tables, cell by cell, with the
/// expected facts in shared/groundtruth/expected (names, types, required words; error http/code/message/description).
@Suite(.enabled(if: SharedData.isAvailable, "needs ../shared (seeds and groundtruth); skipped without it"))
struct TextSeedTests {
    struct Expected: Decodable {
        struct Param: Decodable {
            var name: String
            var type: String
            var required: Bool?
            var items: String?
            var children: [Param]?
        }
        struct Err: Decodable {
            var http: Int?
            var code: String
            var message: String?
            var description: String?
        }
        var parameters: [Param]
        var responseFields: [String]
        var errors: [Err]
    }

    func load(_ stem: String) throws -> (PageText, Expected) {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: SharedData.url("seeds")!.path)
        let name = try #require(seeds.first { $0.hasPrefix(stem) && $0.hasSuffix(".txt") })
        let data = try Data(contentsOf: SharedData.url("seeds/\(name)")!)
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{00A0}", with: " ")
        let page = PageText(file: name, text: text, sha256: SHA256.hex(data), byteCount: data.count)
        let expectedURL = SharedData.url("groundtruth/expected/\(name.replacingOccurrences(of: ".txt", with: ".json"))")!
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
        return (page, expected)
    }

    func tables(_ document: PageDocument) -> [Table] {
        document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    func table(_ document: PageDocument, withHeaderContaining words: [String]) -> Table? {
        tables(document).first { t in words.allSatisfy { w in t.header.contains { $0.lowercased() == w } } }
    }

    /// Expected error rows compared with the emitted cells; returns (matched, total) and records mismatches.
    func compareErrors(_ table: Table, _ expected: [Expected.Err], hasHTTP: Bool) -> (Int, Int) {
        let header = table.header.map { $0.lowercased() }
        func cell(_ row: TableRow, _ name: String) -> String? {
            header.firstIndex(of: name).map { row.cells[$0] }
        }
        var matched = 0
        for (i, want) in expected.enumerated() {
            guard i < table.rows.count else { break }
            let row = table.rows[i]
            let description = cell(row, "description").flatMap { $0 == "-" || $0.isEmpty ? nil : $0 }
            let got = Expected.Err(http: hasHTTP ? cell(row, "http status code").flatMap(Int.init) : nil,
                                   code: cell(row, "error code") ?? "", message: cell(row, "error message"),
                                   description: description)
            if got.http == want.http, got.code == want.code, got.message == want.message,
               got.description == want.description {
                matched += 1
            } else {
                Issue.record("line \(row.line): got \(got) want \(want)")
            }
        }
        #expect(table.rows.count == expected.count)
        return (matched, expected.count)
    }

    /// Flattens the expected parameters the way a run-together table prints them: array items as unnamed rows,
    /// children with `└`.
    func expectedRows(_ params: [Expected.Param], depth: Int = 0) -> [(name: String, type: String, required: Bool?)] {
        var rows: [(String, String, Bool?)] = []
        for p in params {
            let prefix = String(repeating: "└", count: depth)
            if p.type == "array", p.items == "object" {
                rows.append((prefix + p.name, "object []", p.required))
                rows += expectedRows(p.children ?? [], depth: depth + 1)
            } else if p.type == "array", let items = p.items {
                rows.append((prefix + p.name, "array", p.required))
                rows.append(("", items, p.required))
            } else {
                rows.append((prefix + p.name, p.type, p.required))
            }
        }
        return rows
    }

    @Test func runTogetherSeeds() throws {
        for stem in ["001_", "004_"] {
            let (page, expected) = try load(stem)
            let (document, diagnostics) = RunTogetherTextReader().read(page)
            let params = try #require(table(document, withHeaderContaining: ["parameter", "required"]))
            let want = expectedRows(expected.parameters)
            var paramMatches = 0
            for (i, row) in params.rows.enumerated() where i < want.count {
                let got = (row.cells[0], row.cells[1], row.cells[2] == "Yes")
                if got.0 == want[i].name, got.1 == want[i].type, got.2 == (want[i].required ?? false) {
                    paramMatches += 1
                } else {
                    Issue.record("\(stem) param line \(row.line): got \(got) want \(want[i])")
                }
            }
            #expect(params.rows.count == want.count)
            let response = try #require(tables(document).first {
                $0.header.map { $0.lowercased() } == ["parameter", "type", "description", "example"]
            })
            let responseNames = response.rows.map(\.cells[0]).filter { !$0.isEmpty }
            #expect(responseNames == expected.responseFields)
            let errors = try #require(table(document, withHeaderContaining: ["error code"]))
            let (matched, total) = compareErrors(errors, expected.errors, hasHTTP: true)
            print("[text-seed] \(page.file): parameter rows \(paramMatches)/\(want.count),"
                + " response fields \(responseNames == expected.responseFields ? "ok" : "MISMATCH"),"
                + " error rows exact \(matched)/\(total), diagnostics \(diagnostics.count)")
            for d in diagnostics { print("[text-seed]   \(d)") }
        }
    }

    @Test func spacedSeed() throws {
        let (page, expected) = try load("003_")
        let (document, diagnostics) = SpacedTextReader().read(page)
        let params = try #require(table(document, withHeaderContaining: ["parameter name", "required"]))
        let got = params.rows.map { [$0.cells[0], $0.cells[1], $0.cells[2]] }
        // Tencent names keep `.N`; the expected facts use the base name and `array`.
        let want = expected.parameters.map { p -> [String] in
            [p.type == "array" ? p.name + ".N" : p.name, p.required == true ? "Yes" : "No", p.type]
        }
        var paramMatches = 0
        for (g, w) in zip(got, want) {
            let typeMatches = w[2] == "array" ? g[2].hasPrefix("Array of ") : g[2].lowercased() == w[2]
            if g[0] == w[0], g[1] == w[1], typeMatches { paramMatches += 1 } else { Issue.record("got \(g) want \(w)") }
        }
        #expect(got.count == want.count)
        let output = try #require(tables(document).first { $0.header == ["Parameter Name", "Type", "Description"] })
        #expect(output.rows.map(\.cells[0]) == expected.responseFields)
        let errors = try #require(table(document, withHeaderContaining: ["error code"]))
        let (matched, total) = compareErrors(errors, expected.errors, hasHTTP: false)
        #expect(diagnostics.isEmpty)
        print("[text-seed] \(page.file): parameter rows \(paramMatches)/\(want.count), error rows exact \(matched)/\(total)")
    }

    /// Every non-blank line of the page reappears in the document (whitespace aside, with the `└` and `: ` the
    /// readers add), except the nested `Change itemChange content` header of a change history.
    @Test(arguments: ["001_", "003_", "004_"]) func nothingIsLost(stem: String) throws {
        let (page, _) = try load(stem)
        let reader: any PageReader = stem == "003_" ? SpacedTextReader() : RunTogetherTextReader()
        let (document, _) = reader.read(page)
        func squeeze(_ s: String) -> String { String(s.filter { !$0.isWhitespace && $0 != "└" && $0 != ":" }) }
        var pieces: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let h): pieces.append(h.text)
            case .paragraph(let t), .code(let t): pieces.append(t.text)
            case .table(let t):
                pieces.append(t.header.joined())
                pieces += t.rows.map { $0.cells.joined() }
            }
        }
        let all = squeeze(pieces.joined())
        let lost = page.text.split(separator: "\n").map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) && !all.contains(squeeze($0)) }
        #expect(lost == ["Change itemChange content", "Change itemChange content"].filter { _ in stem == "001_" })
    }
}
