import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Generalisation check for the error-row splitter on pages it was not written against: the Markdown error tables of
/// the shared English ECS corpus keep their cells apart, so gluing the cells of each row together (the way the text
/// rendering prints them) and splitting them again must give the cells back.
@Suite(.enabled(if: SharedData.url("corpus/alibaba-ecs-en") != nil, "needs ../shared/corpus; skipped without it"))
struct CorpusErrorSplitTests {
    /// The `|HTTP status code|Error code|Error message|Description|` rows of a Markdown page (cells without
    /// markup, whose plain text is unknown), the page's prose outside tables, and its parameter names (what the
    /// text reader passes as known names).
    func errorRows(_ markdown: String) -> (rows: [[String]], prose: String, names: Set<String>) {
        var rows: [[String]] = []
        var names: Set<String> = []
        var prose: [Substring] = []
        var inErrors = false
        for line in markdown.split(separator: "\n") {
            guard line.hasPrefix("|") else { inErrors = false; prose.append(line); continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.first == "HTTP status code" { inErrors = true; continue }
            if !inErrors, let name = cells.first, PageEvidence.isMultiWordIdentifier(name) { names.insert(name) }
            guard inErrors, cells.count == 4, cells[0].count == 3, !cells[0].hasPrefix("-") else { continue }
            if cells.joined().contains(where: { "\\`*<>[]".contains($0) }) { continue }
            rows.append(cells)
        }
        return (rows, prose.joined(separator: " "), names)
    }

    @Test func gluedCorpusRowsSplitBackIntoTheirCells() throws {
        let folder = try #require(SharedData.url("corpus/alibaba-ecs-en"))
        var total = 0, exact = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".md") {
            let (rows, prose, names) = errorRows(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            let glued = rows.map { $0[1] + $0[2] + ($0[3].isEmpty ? "-" : $0[3]) }
            let splits = ErrorTableSplitter.split(glued, base: ErrorRowSplitter(knownNames: names),
                                                  pageWords: ErrorTableSplitter.lowercaseWords(prose))
            for (cells, split) in zip(rows, splits) {
                total += 1
                if [split.code, split.message, split.description] == [cells[1], cells[2], cells[3].isEmpty ? "-" : cells[3]] {
                    exact += 1
                }
            }
        }
        print("[corpus-error-split] \(exact)/\(total) glued rows split back exactly")
        #expect(total > 2000)
        // Some rows are undecidable even for a person (an empty message, a message that is itself a code).
        #expect(Double(exact) >= 0.97 * Double(total))
    }
}
