import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import Foundation

/// Reads text renderings with the text readers many times and prints pages/s and MB/s per reader.
/// Input: the files given on the command line (`.txt`; a file whose first table header has single-space columns
/// is read as spaced), or by default the text seeds in `../shared/seeds` beside the current directory.
enum TextReaderBenchmark {
    static let name = "text-readers"
    static let usage = "[--runs N] [FILE.txt ...]  read browser text renderings (run-together and spaced)"

    static func run(_ arguments: [String]) throws {
        let runs = max(1, intOption("--runs", in: arguments) ?? 200)
        var files = arguments.filter { $0.hasSuffix(".txt") }
        if files.isEmpty {
            let seeds = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                .deletingLastPathComponent().appendingPathComponent("shared/seeds")
            files = ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? [])
                .filter { $0.hasSuffix(".txt") && !$0.hasPrefix("000_") && !$0.hasPrefix("002_") }
                .sorted().map { seeds.appendingPathComponent($0).path }
        }
        guard !files.isEmpty else {
            print("no input: pass .txt files or run from a checkout with ../shared/seeds")
            return
        }
        for path in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let text = String(decoding: data, as: UTF8.self)
            let page = PageText(file: URL(fileURLWithPath: path).lastPathComponent, text: text, sha256: "",
                                byteCount: data.count)
            let spaced = text.contains("Parameter Name ") || text.contains("Error Code Description")
            let reader: any PageReader = spaced ? SpacedTextReader() : RunTogetherTextReader()
            var blocks = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<runs { blocks = reader.read(page).document.blocks.count }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let perPage = elapsed / Double(runs)
            print(String(format: "%@ (%@, %d bytes, %d blocks): %.3f ms/page, %.0f pages/s, %.2f MB/s",
                         page.file, reader.format.rawValue, data.count, blocks, perPage * 1000, 1 / perPage,
                         Double(data.count) / perPage / 1e6))
        }
    }

    private static func intOption(_ flag: String, in arguments: [String]) -> Int? {
        guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
        return Int(arguments[i + 1])
    }
}
