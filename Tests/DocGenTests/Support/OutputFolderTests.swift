import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite struct OutputFolderTests {
    /// Every entry below `url`, hidden ones included (a left-over temporary file would show here).
    func allEntries(_ url: URL) -> [String] {
        (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).sorted()
    }

    func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? UInt64
    }

    @Test func writesCreateFoldersAndUnchangedFilesAreNotTouched() throws {
        let temp = TempFolder()
        let folder = OutputFolder(root: temp.url.appendingPathComponent("out"))
        #expect(try folder.write(Data("one".utf8), to: "a/b/c.json") == .created)
        #expect(try folder.write(Data("two".utf8), to: "a/b/d.json") == .created)
        #expect(folder.existing("a/b/c.json") == Data("one".utf8))
        let path = temp.path("out/a/b/c.json")
        let before = (inode(path), temp.modificationTimes("out")["a/b/c.json"])
        #expect(try folder.plan(Data("one".utf8), to: "a/b/c.json") == .unchanged)
        #expect(try folder.write(Data("one".utf8), to: "a/b/c.json") == .unchanged)
        #expect((inode(path), temp.modificationTimes("out")["a/b/c.json"]) == before)
        #expect(try folder.plan(Data("onE".utf8), to: "a/b/c.json") == .updated)
        #expect(try folder.write(Data("longer".utf8), to: "a/b/c.json") == .updated)
        #expect(try folder.write(Data("onE".utf8), to: "a/b/c.json") == .updated)
        #expect(folder.existing("a/b/c.json") == Data("onE".utf8))
        #expect(try folder.write(Data(), to: "a/empty.json") == .created)
        #expect(try folder.write(Data(), to: "a/empty.json") == .unchanged)
        #expect(allEntries(temp.url.appendingPathComponent("out")) == ["a", "a/b", "a/b/c.json", "a/b/d.json", "a/empty.json"])
        #expect(folder.listFiles() == ["a/b/c.json", "a/b/d.json", "a/empty.json"])
        #expect(folder.listFiles(under: "a/b") == ["a/b/c.json", "a/b/d.json"])
        #expect(folder.listFiles(under: "missing/folder").isEmpty)
        #expect(folder.existing("a/missing.json") == nil)
    }

    @Test func pathsThatLeaveTheRootAreRefused() {
        let temp = TempFolder()
        let folder = OutputFolder(root: temp.url.appendingPathComponent("out"))
        for bad in ["../x.json", "a/../../x.json", "/etc/x.json", "", "a/./b.json", "a/\0/b.json"] {
            #expect(throws: DocGenError.self) { try folder.write(Data("x".utf8), to: bad) }
        }
        #expect(allEntries(temp.url).isEmpty)
    }

    @Test func aFailedWriteLeavesNoTemporaryFile() throws {
        let temp = TempFolder()
        let folder = OutputFolder(root: temp.url)
        try FileManager.default.createDirectory(at: temp.url.appendingPathComponent("dir/x.json"), withIntermediateDirectories: true)
        #expect(throws: DocGenError.self) { try folder.write(Data("x".utf8), to: "dir/x.json") }
        try Data("file".utf8).write(to: temp.url.appendingPathComponent("plain"))
        #expect(throws: DocGenError.self) { try folder.write(Data("x".utf8), to: "plain/x.json") }
        #expect(allEntries(temp.url) == ["dir", "dir/x.json", "plain"])
    }

    @Test func parallelWritesShareNewFolders() throws {
        let temp = TempFolder()
        let folder = OutputFolder(root: temp.url.appendingPathComponent("out"))
        let paths = (0..<200).map { "v/p\($0 % 3)/1/history/A\($0 % 20)/\($0).json" }
        let results = ParallelMap.run(paths) { try folder.write(Data($0.utf8), to: $0) }
        for result in results { #expect((try? result.get()) == .created) }
        #expect(folder.listFiles() == paths.sorted())
        for path in paths { #expect(folder.existing(path) == Data(path.utf8)) }
        #expect(allEntries(temp.url.appendingPathComponent("out")).allSatisfy { !$0.split(separator: "/").last!.hasPrefix(".") })
    }

    @Test func atomicWriteMakesMissingFolders() throws {
        let temp = TempFolder()
        let target = temp.url.appendingPathComponent("x/y/cache.json")
        try OutputFolder.atomicWrite(Data("1".utf8), to: target)
        try OutputFolder.atomicWrite(Data("22".utf8), to: target)
        #expect(FileManager.default.contents(atPath: target.path) == Data("22".utf8))
        #expect(allEntries(temp.url) == ["x", "x/y", "x/y/cache.json"])
    }
}
