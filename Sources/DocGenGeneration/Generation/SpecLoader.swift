import Foundation
import DocGenSpec

/// A spec and the path it was read from (relative to the specs folder, `/`-separated).
public struct LoadedSpec: Sendable {
    public var path: String
    public var spec: OperationSpec
    /// The bytes of the spec file (for change detection).
    public var data: Data

    public init(path: String, spec: OperationSpec, data: Data) {
        self.path = path
        self.spec = spec
        self.data = data
    }
}

/// Reads the current specs below a folder (`SpecStoreLayout.isCurrentSpecPath`), in path order.
public enum SpecLoader {
    public static func load(from root: URL) throws -> [LoadedSpec] {
        try load(paths: specPaths(in: root), from: root)
    }

    /// Relative paths of the spec files, sorted.
    public static func specPaths(in root: URL) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw DocGenError.invalidInput("\(root.path): specs folder does not exist")
        }
        return SpecStore(root: root).currentSpecFiles()
    }

    public static func load(paths: [String], from root: URL) throws -> [LoadedSpec] {
        try paths.map { relative in
            let url = root.appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw DocGenError.io("\(url.path): cannot read")
            }
            return LoadedSpec(path: relative, spec: try SpecJSON.readSpec(at: url), data: data)
        }
    }
}
