import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Damaged pages (lines dropped, repeated, cut short, odd tokens glued in) must not crash either reader, must read
/// the same way twice, and every block must point at a real line of the page, in page order.
@Suite struct TextReaderRobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
    }

    static let pieces = ["-", ".", "%s", "└", "Yes", "No", "string", "object []", "400", "{", "}", "Error codes",
                         "ParameterTypeRequiredDescriptionExample", "HTTP status codeError codeError messageDescription",
                         "Error Code Description", " ", "", "2024-01-01", "Note ", "•", "array", "é", "中文"]

    func mutate(_ page: String, seed: UInt64) -> String {
        var g = Generator(state: seed)
        var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<(1 + g.next(12)) {
            guard !lines.isEmpty else { break }
            let i = g.next(lines.count)
            switch g.next(5) {
            case 0: lines.remove(at: i)
            case 1: lines.insert(lines[i], at: i)
            case 2: lines[i] = String(lines[i].prefix(g.next(lines[i].count + 1)))
            case 3:
                let cut = g.next(lines[i].count + 1)
                let chars = Array(lines[i])
                lines[i] = String(chars[..<cut]) + Self.pieces[g.next(Self.pieces.count)] + String(chars[cut...])
            default: lines.insert(Self.pieces[g.next(Self.pieces.count)], at: i)
            }
        }
        return lines.joined(separator: "\n")
    }

    func check(_ reader: any PageReader, _ text: String) {
        let page = PageText(file: "damaged.txt", text: text, sha256: "", byteCount: text.utf8.count)
        let first = reader.read(page)
        let second = reader.read(page)
        #expect(first.document == second.document)
        #expect(first.diagnostics == second.diagnostics)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        var lines = first.document.blocks.map(\.line)
        for case .table(let t) in first.document.blocks { lines += t.rows.map(\.line) }
        #expect(lines.allSatisfy { (1...lineCount).contains($0) })
        let blockLines = first.document.blocks.map(\.line)
        #expect(blockLines == blockLines.sorted())
    }

    @Test func damagedRunTogetherPages() {
        for seed in 1...80 {
            check(RunTogetherTextReader(), mutate(RunTogetherTextReaderTests.page, seed: UInt64(seed)))
        }
    }

    @Test func damagedSpacedPages() {
        for seed in 1...80 {
            check(SpacedTextReader(), mutate(SpacedTextReaderTests.page, seed: UInt64(seed)))
        }
    }

    @Test func emptyAndDegeneratePages() {
        for text in ["", "\n\n", "ParameterTypeRequiredDescriptionExample", "HTTP status codeError codeError messageDescription\n400",
                     "HTTP status codeError codeError messageDescription\n400A-\n400.-\n400%s", "Error Code Description\nX",
                     "Parameter Name Required Type Description\nA Yes Array of", "{", "Change timeSummary of changesOperation\n2024-01-01"] {
            check(RunTogetherTextReader(), text)
            check(SpacedTextReader(), text)
        }
    }
}
