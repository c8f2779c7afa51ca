import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
import Foundation
import Testing

/// The ECS corpus pages of ../shared ingested in-process (`IngestCommandLine`, as `docgen ingest` does) into a
/// temporary spec store, once for the suite.
enum ECSCorpus {
    static let folders = ["alibaba-ecs-en", "alibaba-ecs-zh", "alibaba-ecs-zh-2018"]

    static let store: URL? = {
        guard let corpus = SharedData.url("corpus"), let root = try? TemporaryFolder.make("errors-corpus") else { return nil }
        let arguments = folders.map { corpus.appendingPathComponent($0).path } + ["--out", root.path, "--quiet"]
        guard (try? IngestCommandLine.run(arguments, printOut: { _ in }, printErr: { _ in })) != nil else { return nil }
        return root
    }()

    static let operations: [OperationRevisions] = {
        guard let store else { return [] }
        return (try? ErrorTableSpecLoader.load(from: store)) ?? []
    }()

    /// The readers in this build find error tables (the stubs they replaced found none).
    static var readersAvailable: Bool {
        operations.contains { $0.revisions.contains { !$0.errors.isEmpty } }
    }

    static var skipMessage: String {
        SharedData.isAvailable ? "readers not available: ingesting the ECS corpus gave no error rows"
            : SharedData.skipMessage
    }
}

@Suite("Error tables: every ECS corpus error row lands in the merged table",
       .enabled(if: ECSCorpus.readersAvailable, "\(ECSCorpus.skipMessage)"))
struct ErrorTableCorpusTests {
    @Test func everyErrorRowOfEverySpecInTheStoreAppearsInTheMergedTable() throws {
        defer { ECSCorpus.store.map(TemporaryFolder.remove) }
        let operations = ECSCorpus.operations
        let store = SpecStore(root: try #require(ECSCorpus.store))
        // The loader sees exactly the store's files, in the store's revision order.
        #expect(operations.reduce(0) { $0 + $1.revisions.count } == store.allSpecFiles().count)
        for operation in operations.prefix(20) {
            #expect(try store.revisions(of: operation.id) == operation.revisions)
        }

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
                        // One page line can hold several rows (a cell giving two statuses).
                        let atLine = listed.occurrences.filter {
                            $0.source == spec.source.file && $0.line == error.line
                        }
                        let message = error.message?.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                        #expect(atLine.contains { $0.http == error.http && $0.message == message.flatMap { $0.isEmpty ? nil : $0 } },
                                "\(spec.source.file):\(error.line): row not in the table")
                        if let status = error.http { #expect(row.httpStatuses.contains(status)) }
                        if let message, !message.isEmpty {
                            #expect(row.messages[spec.language]?.contains(message) == true,
                                    "\(spec.source.file):\(error.line): message of \(code)")
                        }
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 5000)
        #expect(Set(merged.codes.map(\.code)).count == merged.codes.count)
        print("ECS corpus: \(operations.count) operations, "
              + "\(operations.reduce(0) { $0 + $1.revisions.count }) specs, \(checked) error rows, "
              + "\(merged.codes.count) codes, \(merged.conflictCount) conflicts")
    }
}
