import Foundation
import Testing
@testable import DocGenSpec

@Suite struct StagedWritesTests {
    /// Every entry below `url`, hidden ones included (temporary files show here).
    func allEntries(_ url: URL) -> [String] {
        (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).sorted()
    }

    func contents(_ url: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func nothingIsInPlaceBeforeTheCommitAndEverythingAfter() throws {
        let temp = TempFolder()
        let folder = OutputFolder(root: temp.url)
        try folder.write(Data("old".utf8), to: "a/current.json")
        try folder.write(Data("stale".utf8), to: "a/history/stale.json")
        try folder.write(Data("same".utf8), to: "a/same.json")
        let staging = StagedWrites(folder: folder)
        var unit = StagedWrites.Unit()
        #expect(try staging.stage(Data("old".utf8), to: "a/history/001.json", in: &unit) == .created)
        #expect(try staging.stage(Data("new".utf8), to: "a/current.json", in: &unit) == .updated)
        #expect(try staging.stage(Data("same".utf8), to: "a/same.json", in: &unit) == .unchanged)
        try staging.stageRemoval("a/history/stale.json", in: &unit)
        #expect(unit.paths == ["a/history/001.json", "a/current.json", "a/history/stale.json"])

        // Staged: the targets are as they were; the new bytes wait in temporary files.
        #expect(contents(temp.url, "a/current.json") == "old")
        #expect(contents(temp.url, "a/history/001.json") == nil)
        #expect(contents(temp.url, "a/history/stale.json") == "stale")
        #expect(allEntries(temp.url).filter { OutputFolder.isTemporaryFileName($0.split(separator: "/").last!) }.count == 2)

        #expect(staging.commit([unit]).isEmpty)
        #expect(contents(temp.url, "a/current.json") == "new")
        #expect(contents(temp.url, "a/history/001.json") == "old")
        #expect(allEntries(temp.url) == ["a", "a/current.json", "a/history", "a/history/001.json", "a/same.json"])
    }

    @Test func aFailedStepStopsItsUnitOnlyAndLeavesNoTemporaryFile() throws {
        let temp = TempFolder()
        let folder = OutputFolder(root: temp.url)
        try folder.write(Data("keep".utf8), to: "b/history/old.json")
        let staging = StagedWrites(folder: folder)
        var failing = StagedWrites.Unit()
        _ = try staging.stage(Data("1".utf8), to: "b/one.json", in: &failing)
        _ = try staging.stage(Data("2".utf8), to: "b/two.json", in: &failing)
        _ = try staging.stage(Data("3".utf8), to: "b/three.json", in: &failing)
        try staging.stageRemoval("b/history/old.json", in: &failing)
        var other = StagedWrites.Unit()
        _ = try staging.stage(Data("c".utf8), to: "c/c.json", in: &other)
        // A folder where the second file goes: its rename fails after the first file is in place.
        try FileManager.default.createDirectory(at: temp.url.appendingPathComponent("b/two.json/x"), withIntermediateDirectories: true)

        let failures = staging.commit([failing, other])
        #expect(failures.keys.sorted() == [0])
        #expect(failures[0]?.pathsNotChanged == ["b/two.json", "b/three.json", "b/history/old.json"])
        #expect(contents(temp.url, "b/one.json") == "1")
        #expect(contents(temp.url, "b/three.json") == nil)
        #expect(contents(temp.url, "b/history/old.json") == "keep")  // removals come after the unit's writes
        #expect(contents(temp.url, "c/c.json") == "c")
        #expect(allEntries(temp.url) == ["b", "b/history", "b/history/old.json", "b/one.json", "b/two.json", "b/two.json/x",
                                         "c", "c/c.json"])
    }

    @Test func discardedUnitsLeaveNothing() throws {
        let temp = TempFolder()
        let folder = OutputFolder(root: temp.url)
        let staging = StagedWrites(folder: folder)
        var unit = StagedWrites.Unit()
        _ = try staging.stage(Data("x".utf8), to: "d/x.json", in: &unit)
        staging.discard([unit])
        #expect(allEntries(temp.url) == ["d"])
    }

    @Test func stagingRefusesPathsOutsideTheRootAndSymbolicLinks() throws {
        let temp = TempFolder()
        let folder = OutputFolder(root: temp.url.appendingPathComponent("out"))
        try FileManager.default.createDirectory(at: temp.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: temp.path("out/link"), withDestinationPath: temp.url.path)
        let staging = StagedWrites(folder: folder)
        var unit = StagedWrites.Unit()
        #expect(throws: DocGenError.self) { try staging.stage(Data("x".utf8), to: "../x.json", in: &unit) }
        #expect(throws: DocGenError.self) { try staging.stage(Data("x".utf8), to: "link/x.json", in: &unit) }
        #expect(throws: DocGenError.self) { try staging.stageRemoval("../x.json", in: &unit) }
        #expect(unit.paths.isEmpty)
        #expect(allEntries(temp.url) == ["out", "out/link"])
    }
}
