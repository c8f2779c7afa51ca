import Foundation
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// A temporary folder, removed when the test is done with it.
final class TempFolder {
    let url: URL

    init() {
        // A folder that cannot be made fails the test at its first write, which names the path.
        url = (try? TemporaryFolder.make("ingest-test"))
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("docgen-ingest-test-\(UUID().uuidString)")
    }

    deinit { TemporaryFolder.remove(url) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, Data(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> URL {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
        return target
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Every regular file below `relative`, as sorted relative paths, with its bytes.
    func snapshot(_ relative: String) -> [String: Data] {
        let base = url.appendingPathComponent(relative)
        var out: [String: Data] = [:]
        for path in OutputFolder(root: base).listFiles() {
            out[path] = FileManager.default.contents(atPath: base.appendingPathComponent(path).path)
        }
        return out
    }

    /// Modification times of every file below `relative`.
    func modificationTimes(_ relative: String) -> [String: Date] {
        let base = url.appendingPathComponent(relative)
        var out: [String: Date] = [:]
        for path in OutputFolder(root: base).listFiles() {
            let attributes = try? FileManager.default.attributesOfItem(atPath: base.appendingPathComponent(path).path)
            out[path] = attributes?[.modificationDate] as? Date
        }
        return out
    }
}

/// A stand-in for the real readers and builder, so the pipeline can be tested before (and apart from) them.
/// Pages are lines of `key: value`; `action`, `vendor`, `product`, `version`, `date` give the identity, each
/// `param: Name` a parameter, `error: text` makes the reader report an error, `warn: text` a warning.
struct FakeReader: PageReader {
    var format: PageFormat

    func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic]) {
        var blocks: [Block] = []
        var diagnostics: [Diagnostic] = []
        for (index, line) in page.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            if text.hasPrefix("error: ") {
                diagnostics.append(Diagnostic(.error, code: "fake-error", String(text.dropFirst(7)), file: page.file, line: index + 1))
            } else if text.hasPrefix("warn: ") {
                diagnostics.append(Diagnostic(.warning, code: "fake-warning", String(text.dropFirst(6)), file: page.file, line: index + 1))
            } else if text.contains(": ") {
                blocks.append(.paragraph(TextBlock(text: text, line: index + 1)))
            }
        }
        return (PageDocument(file: page.file, format: format, blocks: blocks), diagnostics)
    }
}

enum FakeBuilder {
    static func build(_ document: PageDocument, page: PageText, hints: IdentityHints) -> OperationSpec {
        var fields: [String: String] = [:]
        var parameters: [Parameter] = []
        for case .paragraph(let block) in document.blocks {
            let parts = block.text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "param" {
                parameters.append(Parameter(name: parts[1], type: .string, line: block.line))
            } else {
                fields[parts[0]] = parts[1]
            }
        }
        return OperationSpec(
            vendor: fields["vendor"] ?? hints.vendor ?? "unknown", product: fields["product"] ?? hints.product ?? "unknown",
            apiVersion: fields["version"] ?? hints.apiVersion ?? "unknown", action: fields["action"] ?? hints.action ?? "Unknown",
            language: "en",
            source: SourceInfo(file: page.file, sha256: page.sha256, format: document.format.rawValue, date: fields["date"]),
            parameters: parameters
        )
    }
}

extension PagePipeline {
    static let fake = PagePipeline(
        readers: PageFormat.allCases.map { FakeReader(format: $0) },
        build: { document, page, hints, _ in FakeBuilder.build(document, page: page, hints: hints) }
    )
}

/// A fake page: a pipe table (so it detects as Markdown) and the identity lines the fake builder reads.
func fakePage(action: String, vendor: String = "acme", product: String = "box", version: String = "2020-01-01",
              date: String? = nil, params: [String] = [], extra: String = "") -> String {
    var lines = ["# \(action)", "", "|Name|Type|", "|--|--|", "|X|String|", "",
                 "action: \(action)", "vendor: \(vendor)", "product: \(product)", "version: \(version)"]
    if let date { lines.append("date: \(date)") }
    lines += params.map { "param: \($0)" }
    if !extra.isEmpty { lines.append(extra) }
    return lines.joined(separator: "\n") + "\n"
}

/// Runs `docgen ingest` through the library with the fake pipeline, capturing what it prints.
final class CapturedRun: @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []
    private(set) var exitCode: Int32 = -1

    var out: [String] { lock.withLock { outLines } }
    var err: [String] { lock.withLock { errLines } }

    init(_ arguments: [String], pipeline: PagePipeline = .fake) throws {
        exitCode = try IngestCommandLine.run(
            arguments, pipeline: pipeline,
            printOut: { [self] line in lock.withLock { outLines.append(line) } },
            printErr: { [self] line in lock.withLock { errLines.append(line) } }
        )
    }
}
