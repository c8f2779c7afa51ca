import Foundation
import DocGenSpec

/// `docgen history` as a function: gather revisions, build the timeline, write the changelog.
public enum HistoryRun {
    public struct Result: Sendable {
        public var timeline: Timeline
        public var changelog: URL
        public var written: OutputFolder.WriteResult
    }

    public static func run(operation: String, specs: String, out: String?, pages: [String],
                           pageReader: SpecInput.PageReading?) throws -> Result {
        let specsURL = URL(fileURLWithPath: specs)
        let location = try SpecHistory.locate(operation, in: specsURL)
        var revisions = try location.map(SpecHistory.revisions(at:)) ?? []
        // Reading pages is the slow part of a long history; pages are independent, so they are read on every core.
        let inputs = ParallelMap.run(pages) { try SpecInput.load($0, pageReader: pageReader) }
        for (page, result) in zip(pages, inputs) {
            let input = try result.get()
            guard input.shape == .single else {
                throw DocGenError.usage("\(page): give pages or spec files after the operation, not folders")
            }
            revisions.append(Revision(spec: input.specs[0], origin: page))
        }
        guard !revisions.isEmpty else {
            throw DocGenError.invalidInput("no revisions of '\(operation)' in \(specsURL.path) and no pages given")
        }
        let wanted = operation.split(separator: "/").map(String.init)
        if let stray = revisions.first(where: { r in
            wanted.count == 4 ? r.spec.operationID.description != operation : r.spec.action != operation
        }) {
            throw DocGenError.invalidInput("\(stray.origin): is \(stray.spec.operationID), not \(operation)")
        }
        let timeline = Timeline(revisions: revisions)
        let folder: URL
        if let out {
            folder = URL(fileURLWithPath: out)
        } else if let location {
            folder = location.folder
        } else {
            throw DocGenError.usage("no spec of '\(operation)' in \(specsURL.path): give --out for the changelog")
        }
        let action = revisions.last!.spec.action
        let name = location?.changelogName ?? "\(action).CHANGELOG.md"
        let lock = try WriteLock.acquire(folder)
        defer { lock.release() }
        let output = OutputFolder(root: folder)
        let written = try output.write(Data(ChangelogRenderer.markdown(timeline).utf8), to: name)
        return Result(timeline: timeline, changelog: try output.url(for: name), written: written)
    }
}
