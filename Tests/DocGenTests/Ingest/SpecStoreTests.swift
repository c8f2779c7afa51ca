import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct SpecStoreTests {
    func spec(_ action: String, sha: String, date: String? = nil, file: String? = nil, params: [String] = [],
              vendor: String = "acme", product: String = "box") -> OperationSpec {
        OperationSpec(
            vendor: vendor, product: product, apiVersion: "2020-01-01", action: action, language: "en",
            source: SourceInfo(file: file ?? "\(action).md", sha256: sha, format: "markdown", date: date),
            parameters: params.enumerated().map { Parameter(name: $1, type: .string, line: $0 + 1) }
        )
    }

    let shaA = String(repeating: "a", count: 64)
    let shaB = String(repeating: "b", count: 64)
    let shaC = String(repeating: "c", count: 64)

    @Test func newRevisionMovesCurrentToHistory() throws {
        let folder = TempFolder()
        let store = SpecStore(root: folder.url)
        let a = spec("MakeBox", sha: shaA, params: ["Size"])
        let b = spec("MakeBox", sha: shaB, params: ["Size", "Color"])

        let first = store.add([a])
        #expect(first.currentFiles == ["acme/box/2020-01-01/MakeBox.json": .created])
        let second = store.add([b])
        #expect(second.historyFiles == ["acme/box/2020-01-01/history/MakeBox/001-aaaaaaaaaaaa.json": .created])
        #expect(second.currentFiles == ["acme/box/2020-01-01/MakeBox.json": .updated])
        #expect(store.allSpecFiles() == [
            "acme/box/2020-01-01/MakeBox.json",
            "acme/box/2020-01-01/history/MakeBox/001-aaaaaaaaaaaa.json",
        ])
        #expect(try store.revisions(of: a.operationID) == [a, b])
        #expect(try store.currentSpecs() == [b])

        // The same page again is the same revision: nothing is written.
        let before = folder.modificationTimes(".")
        let bytes = folder.snapshot(".")
        let third = store.add([b])
        #expect(third.count(.unchanged, history: false) == 1)
        #expect(third.count(.unchanged, history: true) == 1)
        #expect(third.count(.created, history: true) + third.count(.updated, history: true) == 0)
        #expect(folder.modificationTimes(".") == before)
        #expect(folder.snapshot(".") == bytes)
        // ... and so is an old one.
        _ = store.add([a])
        #expect(folder.snapshot(".") == bytes)
    }

    @Test func samePageReadBetterIsRefreshedInPlace() throws {
        let folder = TempFolder()
        let store = SpecStore(root: folder.url)
        _ = store.add([spec("MakeBox", sha: shaA, params: ["Size"]), spec("MakeBox", sha: shaB, file: "MakeBox~2.md")])
        let better = spec("MakeBox", sha: shaA, params: ["Size", "Color"])
        let update = store.add([better])
        #expect(update.historyFiles["acme/box/2020-01-01/history/MakeBox/001-aaaaaaaaaaaa.json"] == .updated)
        #expect(try store.revisions(of: better.operationID).map(\.parameters.count) == [2, 0])
    }

    @Test func twoPagesOfOneOperationInOneRunAreBothKept() throws {
        let folder = TempFolder()
        let store = SpecStore(root: folder.url)
        // Input order: dated en page first, undated zh page second; the undated one is the older revision.
        let en = spec("MakeBox", sha: shaB, date: "2024-03-19", file: "en/MakeBox.md")
        let zh = spec("MakeBox", sha: shaA, file: "zh/MakeBox.md")
        let update = store.add([en, zh])
        #expect(try store.revisions(of: en.operationID).map(\.source.file) == ["zh/MakeBox.md", "en/MakeBox.md"])
        #expect(update.diagnostics.map(\.code) == ["same-operation"])
        #expect(update.diagnostics.first?.file == "en/MakeBox.md")
        #expect(update.diagnostics.first?.severity == .info)
    }

    @Test func theSamePageTwiceInOneRunIsOneRevision() throws {
        let folder = TempFolder()
        let store = SpecStore(root: folder.url)
        let update = store.add([spec("MakeBox", sha: shaA, file: "a/MakeBox.md"), spec("MakeBox", sha: shaA, file: "b/MakeBox.md")])
        #expect(store.allSpecFiles() == ["acme/box/2020-01-01/MakeBox.json"])
        #expect(update.diagnostics.map(\.description) == [
            "b/MakeBox.md: info: same bytes as a/MakeBox.md for acme/box/2020-01-01/MakeBox; stored once [duplicate-page]",
        ])
        // Again: the first page still wins, so nothing is rewritten.
        let bytes = folder.snapshot(".")
        let times = folder.modificationTimes(".")
        let again = store.add([spec("MakeBox", sha: shaA, file: "a/MakeBox.md"), spec("MakeBox", sha: shaA, file: "b/MakeBox.md")])
        #expect(again.diagnostics.map(\.code) == ["duplicate-page"])
        #expect(folder.snapshot(".") == bytes)
        #expect(folder.modificationTimes(".") == times)
    }

    @Test func datedRevisionsAreOrderedByDate() throws {
        let folder = TempFolder()
        let store = SpecStore(root: folder.url)
        let id = spec("MakeBox", sha: shaA).operationID
        _ = store.add([spec("MakeBox", sha: shaB, date: "2024-05-01"), spec("MakeBox", sha: shaA, date: "2022-01-01")])
        #expect(try store.revisions(of: id).map(\.source.date) == ["2022-01-01", "2024-05-01"])

        // A page older than the current one, ingested later, goes into history at its place; current stays.
        let current = folder.snapshot(".")["acme/box/2020-01-01/MakeBox.json"]
        let update = store.add([spec("MakeBox", sha: shaC, date: "2023-06-01")])
        #expect(try store.revisions(of: id).map(\.source.date) == ["2022-01-01", "2023-06-01", "2024-05-01"])
        #expect(update.currentFiles["acme/box/2020-01-01/MakeBox.json"] == .unchanged)
        #expect(folder.snapshot(".")["acme/box/2020-01-01/MakeBox.json"] == current)
        #expect(try store.revisionFiles(of: id) == [
            "acme/box/2020-01-01/history/MakeBox/001-aaaaaaaaaaaa.json",
            "acme/box/2020-01-01/history/MakeBox/002-cccccccccccc.json",
            "acme/box/2020-01-01/MakeBox.json",
        ])
    }

    @Test func unsafeNamesCannotLeaveTheStore() throws {
        let root = TempFolder()
        let store = SpecStore(root: root.url.appendingPathComponent("specs"))
        let evil = spec("../../etc", sha: shaA, vendor: "..", product: "/abs/path")
        let update = store.add([evil])
        #expect(update.failedPages.isEmpty)
        #expect(update.diagnostics.map(\.code) == ["unsafe-name"])
        let files = store.allSpecFiles()
        #expect(files == ["_./_abs_path/2020-01-01/_.__._etc.json"])
        // Nothing was written beside the store.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.url.path) == ["specs"])
        for file in files { #expect(!file.split(separator: "/").contains { $0 == ".." || $0.hasPrefix(".") }) }
    }

    @Test func safeComponentKeepsOnlyPlainCharacters() {
        #expect(SpecStoreLayout.safeComponent("CreateSnapshot") == "CreateSnapshot")
        #expect(SpecStoreLayout.safeComponent("2014-05-26") == "2014-05-26")
        #expect(SpecStoreLayout.safeComponent("a/b\\c d") == "a_b_c_d")
        #expect(SpecStoreLayout.safeComponent("..") == "_.")
        #expect(SpecStoreLayout.safeComponent(".hidden") == "_hidden")
        #expect(SpecStoreLayout.safeComponent("") == "_")
        #expect(SpecStoreLayout.safeComponent("云服务器") == "____")
        #expect(SpecStoreLayout.safeComponent(String(repeating: "x", count: 500)).count == 120)
    }

    @Test func currentSpecsAreSortedByOperation() throws {
        let folder = TempFolder()
        let store = SpecStore(root: folder.url)
        _ = store.add([spec("Zeta", sha: shaA), spec("Alpha", sha: shaB), spec("Mid", sha: shaC, vendor: "aaa")])
        #expect(try store.currentSpecs().map(\.operationID.description) == [
            "aaa/box/2020-01-01/Mid", "acme/box/2020-01-01/Alpha", "acme/box/2020-01-01/Zeta",
        ])
        #expect(try store.revisions(of: OperationID(vendor: "x", product: "y", apiVersion: "z", action: "None")).isEmpty)
    }

    @Test func aCorruptStoredSpecLeavesTheOperationAlone() throws {
        let folder = TempFolder()
        let store = SpecStore(root: folder.url)
        try folder.write("acme/box/2020-01-01/MakeBox.json", "not json")
        let update = store.add([spec("MakeBox", sha: shaA)])
        #expect(update.failedPages == ["MakeBox.md"])
        #expect(update.diagnostics.map(\.code) == ["store-unreadable"])
        #expect(folder.snapshot(".") == ["acme/box/2020-01-01/MakeBox.json": Data("not json".utf8)])
    }
}
