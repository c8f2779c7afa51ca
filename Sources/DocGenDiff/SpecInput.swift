import Foundation
import DocGenSpec

/// Reads one side of a diff: a spec file, a folder of specs, or a vendor page (through a page reader).
public struct SpecInput: Sendable {
    public enum Shape: Sendable { case single, folder }

    public var shape: Shape
    /// Sorted by `OperationID`.
    public var specs: [OperationSpec]
    /// Problems that did not stop the read (e.g. two spec files for one operation).
    public var notes: [String]

    /// Reads one page into a spec. Supplied by the ingest pipeline; nil where it is not available.
    public typealias PageReading = @Sendable (URL) throws -> OperationSpec

    public static func load(_ path: String, pageReader: PageReading?) throws -> SpecInput {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw DocGenError.invalidInput("\(path): no such file or folder")
        }
        if isFolder.boolValue { return try loadFolder(url) }
        if url.pathExtension.lowercased() == "json" {
            return SpecInput(shape: .single, specs: [try SpecJSON.readSpec(at: url)], notes: [])
        }
        guard let pageReader else {
            throw DocGenError.usage("\(path): reading a doc page needs the ingest pipeline, which this build lacks; "
                                    + "run 'docgen ingest' on the page and diff the spec files")
        }
        return SpecInput(shape: .single, specs: [try pageReader(url)], notes: [])
    }

    /// The folder's current specs, by the store's one rule (`SpecStoreLayout.isCurrentSpecPath`).
    static func loadFolder(_ folder: URL) throws -> SpecInput {
        let files = specFiles(in: folder)
        let decoded = decodeInParallel(files.map { folder.appendingPathComponent($0) })
        var byID: [OperationID: (spec: OperationSpec, file: String)] = [:]
        var notes: [String] = []
        for (file, result) in zip(files, decoded) {
            let spec = try result.get()
            if let first = byID[spec.operationID] {
                notes.append("\(folder.path)/\(file): another spec for \(spec.operationID) (kept \(first.file))")
                continue
            }
            byID[spec.operationID] = (spec, file)
        }
        let specs = byID.keys.sorted().map { byID[$0]!.spec }
        return SpecInput(shape: .folder, specs: specs, notes: notes)
    }

    /// JSON decoding dominates loading a product's specs; files are independent, so they are decoded on every core.
    /// Results keep file order, so the first error reported is the same whatever the scheduling.
    private static func decodeInParallel(_ urls: [URL]) -> [Result<OperationSpec, Error>] {
        ParallelMap.run(urls) { try SpecJSON.readSpec(at: $0) }
    }

    static func specFiles(in folder: URL) -> [String] {
        SpecStore(root: folder).currentSpecFiles()
    }
}
