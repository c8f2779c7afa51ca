import DocGenSpec
import Foundation

/// The view of `Package.swift.mustache`: the generated SDK as a SwiftPM package of its own, one library product per
/// vendor product, each depending on the docgen runtime.
public struct PackageManifestView: Encodable, Sendable {
    public struct Module: Encodable, Sendable {
        public var name: String
    }

    public var headerLines: [String]
    public var packageNameLiteral: String
    /// The whole `.package(...)` expression naming the runtime (a path or a URL and version).
    public var runtimeDependency: String
    public var modules: [Module]
}

/// Where the generated package finds `DocGenRuntime`.
public enum RuntimeSource: Sendable, Equatable {
    /// A docgen checkout on disk, written relative to the output folder when given relative.
    case path(String)
    /// A git URL and the lowest version the generated code accepts (`from:`).
    case url(String, version: String)

    /// The dependency expression. The package is named `docgen` in both cases, so that targets can say
    /// `.product(name: "DocGenRuntime", package: "docgen")` whatever the checkout's folder is called.
    var dependencyExpression: String {
        switch self {
        case .path(let path):
            return ".package(name: \"docgen\", path: \(SwiftEscaping.stringLiteral(path)))"
        case .url(let url, let version):
            return ".package(url: \(SwiftEscaping.stringLiteral(url)), from: \(SwiftEscaping.stringLiteral(version)))"
        }
    }
}

extension RuntimeSource {
    /// The runtime source named by options or config keys: a folder, or a URL with its version; nil when neither.
    /// A folder is kept absolute here and written relative to the output folder by `relativeTo(_:)`.
    public static func choose(path: URL?, url: String?, version: String?, origin: String) throws -> RuntimeSource? {
        switch (path, url, version) {
        case (nil, nil, nil):
            return nil
        case (let path?, nil, nil):
            return .path(path.standardizedFileURL.path)
        case (nil, let url?, let version?):
            return .url(url, version: version)
        case (nil, _?, nil), (nil, nil, _?):
            throw DocGenError.usage("\(origin): the runtime URL and the runtime version go together")
        default:
            throw DocGenError.usage("\(origin): give the runtime as a path or as a URL with a version, not both")
        }
    }

    /// An absolute folder becomes relative to the generated package's folder.
    func relativeTo(_ outRoot: URL) -> RuntimeSource {
        guard case .path(let path) = self, path.hasPrefix("/") else { return self }
        return .path(RelativePath.from(outRoot.standardizedFileURL, to: URL(fileURLWithPath: path)))
    }
}
