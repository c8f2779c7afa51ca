import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// `history` over the real page revisions of ../shared/corpus-history (8 pages, 2 to 43 revisions each).
@Suite(.enabled(if: SharedData.url("corpus-history") != nil, "../shared is absent"))
struct CorpusHistoryTests {
    static let folders = ["CreateSnapshot", "CreateSnapshot.en", "CreateSnapshot.intl-zh", "CreateSnapshotGroup",
                          "DescribeInstances", "DescribeSnapshots.en", "InvokeCommand", "RunInstances"]

    static func pages(_ folder: String) throws -> [URL] {
        let dir = SharedData.url("corpus-history/\(folder)")!
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".md") }.sorted()
            .map { dir.appendingPathComponent($0) }
    }

    static func reader(_ folder: String) -> SpecInput.PageReading {
        let action = String(folder.split(separator: ".")[0])
        let hints = IdentityHints(vendor: "alibaba", product: "ecs", apiVersion: "2014-05-26", action: action)
        return { url in try PageSpecs.read(url, format: .markdown, hints: hints) }
    }

    static func revisions(_ folder: String) throws -> [OperationSpec] {
        let read = reader(folder)
        let specs = try pages(folder).map(read)
        if specs.allSatisfy({ $0.parameters.isEmpty }) { try Test.cancel("readers not available") }
        return specs
    }

    @Test(arguments: folders)
    func historyRunsOverEveryRevisionAndWritesTheChangelog(folder: String) throws {
        if try Self.reader(folder)(Self.pages(folder).last!).parameters.isEmpty { try Test.cancel("readers not available") }
        let out = try TemporaryFolder.make("corpus-history")
        defer { TemporaryFolder.remove(out) }
        let pages = try Self.pages(folder)
        let result = try HistoryRun.run(operation: String(folder.split(separator: ".")[0]), specs: out.appendingPathComponent("none").path,
                                        out: out.path, pages: pages.map(\.path), pageReader: Self.reader(folder))
        #expect(result.timeline.steps.count + result.timeline.duplicatesSkipped == pages.count)
        let text = try String(contentsOf: result.changelog, encoding: .utf8)
        #expect(text.contains("## 1. "))
        #expect(text.contains("## \(result.timeline.steps.count). "))
    }

    /// Checked by reading the two revisions: the 2021-06-22 page moves the ExcludeDiskId.N row and reorders the error
    /// table; the only new fact is the 403 InvalidOperation.MultiAttachDisk row.
    @Test func createSnapshotGroupGainsOneErrorRowAndNothingElse() throws {
        let specs = try Self.revisions("CreateSnapshotGroup")
        let changes = SpecDiff.compare(old: specs[0], new: specs[1])
        #expect(changes.map(\.kind) == [.errorCodeAdded], "\(changes.map(\.message))")
        #expect(changes.first?.path == ["error", "403", "InvalidOperation.MultiAttachDisk"])
    }

    /// Checked by reading the pages: 2019-07-02 adds RetentionDays (Integer, optional) and six error rows including
    /// 403 IdempotentProcessing; 2020-12-02 adds Category, ResourceGroupId, InstantAccess, InstantAccessRetentionDays.
    @Test func createSnapshotParameterAdditions() throws {
        let specs = try Self.revisions("CreateSnapshot")
        let files = specs.map(\.source.file)
        func step(_ file: String) throws -> [Change] {
            let index = try #require(files.firstIndex(of: file))
            return SpecDiff.compare(old: specs[index - 1], new: specs[index])
        }
        let july = try step("2019-07-02_95fcc5049.md")
        #expect(july.filter { $0.kind == .parameterAddedOptional }.map(\.path) == [["parameter", "RetentionDays"]])
        #expect(july.contains { $0.kind == .errorCodeAdded && $0.path == ["error", "403", "IdempotentProcessing"] })
        #expect(!july.contains { $0.kind == .parameterRemoved })
        let december = try step("2020-12-02_3a1c571ec.md")
        #expect(Set(december.filter { $0.kind == .parameterAddedOptional }.map { $0.path[1] })
                == ["Category", "ResourceGroupId", "InstantAccess", "InstantAccessRetentionDays"])
        #expect(!december.contains { $0.kind == .parameterRemoved })
    }

    /// Checked by reading the pages: 2019-04-10 drops the OwnerAccount row; 2019-05-22 drops the PayByBandwidth value of
    /// InternetChargeType and rewords that parameter and InstanceChargeType, nothing else in the tables.
    @Test func runInstancesRemovals() throws {
        let dir = SharedData.url("corpus-history/RunInstances")!
        let read = Self.reader("RunInstances")
        func pair(_ old: String, _ new: String) throws -> [Change] {
            let o = try read(dir.appendingPathComponent(old)), n = try read(dir.appendingPathComponent(new))
            if o.parameters.isEmpty { try Test.cancel("readers not available") }
            return SpecDiff.compare(old: o, new: n)
        }
        let april = try pair("2019-02-18_d82b3addd.md", "2019-04-10_f60532f3e.md")
        #expect(april.contains { $0.kind == .parameterRemoved && $0.path == ["parameter", "OwnerAccount"] })
        let may = try pair("2019-05-21_0aef2d699.md", "2019-05-22_57a145ec4.md")
        #expect(may.map(\.kind) == [.enumValueRemoved, .parameterDescriptionChanged, .parameterDescriptionChanged])
        #expect(may.first?.path == ["parameter", "InternetChargeType", "enum", "PayByBandwidth"])
        #expect(may.first?.severity == .breaking)
    }
}
