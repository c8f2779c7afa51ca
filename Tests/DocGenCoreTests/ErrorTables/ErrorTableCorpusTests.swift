import DocGenCore
import Foundation
import Testing

/// Reads the ECS corpus pages of ../shared in-process (Markdown reader + SpecBuilder), grouped per operation in the
/// order `docgen ingest ../shared/corpus` stores them (folder by folder, pages sorted by path).
enum ECSCorpus {
    static let folders = ["alibaba-ecs-en", "alibaba-ecs-zh", "alibaba-ecs-zh-2018"]

    static func read(_ url: URL, relativePath: String) throws -> OperationSpec {
        let data = try Data(contentsOf: url)
        let text = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
        let page = PageText(file: relativePath, text: text, sha256: SHA256.hex(data), byteCount: data.count)
        let action = url.deletingPathExtension().lastPathComponent.split(separator: "~").first.map(String.init)
        let (document, _) = MarkdownReader().read(page)
        return SpecBuilder.build(document, page: page, hints: IdentityHints(
            vendor: "alibaba", product: "ecs", apiVersion: "2014-05-26", action: action))
    }

    /// Every ECS page as a spec, in ingest order.
    static let specs: [OperationSpec] = {
        guard let corpus = SharedData.url("corpus") else { return [] }
        var specs: [OperationSpec] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix("README") }.sorted()
            for name in names {
                if let spec = try? read(corpus.appendingPathComponent(folder).appendingPathComponent(name),
                                        relativePath: "\(folder)/\(name)") {
                    specs.append(spec)
                }
            }
        }
        return specs
    }()

    /// The readers in this build find error tables (the stubs they replace found none).
    static var readersAvailable: Bool {
        SharedData.isAvailable && specs.contains { !$0.errors.isEmpty }
    }

    static var skipMessage: String {
        SharedData.isAvailable ? "readers not available: the Markdown reader or SpecBuilder found no error table"
            : SharedData.skipMessage
    }
}

@Suite("Error tables: every ECS corpus error row lands in the merged table",
       .enabled(if: ECSCorpus.readersAvailable, "\(ECSCorpus.skipMessage)"))
struct ErrorTableCorpusTests {
    @Test func everyErrorRowOfEverySpecAppearsInTheMergedTable() throws {
        var grouped: [OperationID: [OperationSpec]] = [:]
        for spec in ECSCorpus.specs { grouped[spec.operationID, default: []].append(spec) }
        let operations = grouped.map { OperationRevisions(id: $0.key, revisions: $0.value) }
        let merged = ErrorTableBuilder(operations: operations).mergedTable()
        var rows: [String: ErrorTableRow] = [:]
        for row in merged.codes { rows[row.code] = row }

        var checked = 0
        for operation in operations {
            // The newest revision of each language is what the rows show exactly.
            var newest: [String: Int] = [:]
            for (index, spec) in operation.revisions.enumerated() { newest[spec.language] = index }
            for (index, spec) in operation.revisions.enumerated() {
                for error in spec.errors {
                    let code = error.code.trimmingCharacters(in: .whitespacesAndNewlines)
                    let row = try #require(rows[code], "\(spec.source.file):\(error.line): \(code) missing")
                    let listed = row.operations.first { $0.operation == operation.id.description }
                    #expect(listed != nil, "\(spec.source.file):\(error.line): \(code) lacks \(operation.id)")
                    if newest[spec.language] == index, let listed {
                        let occurrence = listed.occurrences.first {
                            $0.source == spec.source.file && $0.line == error.line
                        }
                        #expect(occurrence?.http == error.http, "\(spec.source.file):\(error.line)")
                        if let status = error.http { #expect(row.httpStatuses.contains(status)) }
                        let message = error.message?.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                        if let message, !message.isEmpty {
                            #expect(row.messages[spec.language]?.contains(message) == true,
                                    "\(spec.source.file):\(error.line): message of \(code)")
                        }
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
        #expect(Set(merged.codes.map(\.code)).count == merged.codes.count)
        // The merged table of one product holds the same rows as that product's table.
        let product = ErrorTableBuilder(operations: operations).productTables()
        #expect(product.count == 1 && product[0].codes.map(\.code) == merged.codes.map(\.code))
        print("ECS corpus: \(ECSCorpus.specs.count) pages, \(operations.count) operations, \(checked) error rows, "
              + "\(merged.codes.count) codes, \(merged.conflictCount) conflicts")
    }
}
