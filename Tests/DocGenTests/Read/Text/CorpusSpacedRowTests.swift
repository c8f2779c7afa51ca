import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Generalisation check for the spaced splitter on pages it was not written against: the English Tencent Markdown
/// pages keep their cells apart, so joining each row's cells with single spaces (the way the text rendering prints
/// them) and splitting again with the table's header must give the cells back.
@Suite(.enabled(if: SharedData.url("corpus/tencent-vpc") != nil, "needs ../shared/corpus; skipped without it"))
struct CorpusSpacedRowTests {
    @Test func spacedCorpusRowsSplitBackIntoTheirCells() throws {
        var total = 0, exact = 0
        for folder in ["tencent-vpc", "tencent-dts"] {
            let dir = try #require(SharedData.url("corpus/\(folder)"))
            for file in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where file.hasSuffix(".md") {
                let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                var header: [String]?
                for line in text.split(whereSeparator: \.isNewline).map(String.init) {
                    guard line.hasPrefix("|") else { header = nil; continue }
                    let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                        .map { $0.trimmingCharacters(in: .whitespaces) }
                    if cells.first?.hasPrefix("---") == true { continue }
                    guard let columns = header else { header = SpacedColumns.header(cells.joined(separator: " ")) ?? []; continue }
                    // Cells with markup have no known plain text; empty leading cells cannot be told apart.
                    guard !columns.isEmpty, cells.count == columns.count, !cells.dropLast().contains(where: \.isEmpty),
                          !cells.joined().contains(where: { "<>[]`*".contains($0) }) else { continue }
                    total += 1
                    if SpacedColumns.row(cells.joined(separator: " "), columns: columns) == cells { exact += 1 }
                    else { Issue.record("\(file): \(cells)") }
                }
            }
        }
        print("[corpus-spaced] \(exact)/\(total) joined rows split back exactly")
        #expect(total >= 20)
    }
}
