import DocGenSpec
import Foundation

/// How the generated SDK is packaged: its SwiftPM package name, where it finds the runtime, and how modules are named.
public struct PackageSettings: Sendable, Equatable {
    /// The generated package's name; nil: the output folder's name.
    public var packageName: String?
    /// Where `DocGenRuntime` comes from; nil: the docgen checkout this binary was built from, as a relative path.
    public var runtime: RuntimeSource?
    /// Put before every module name (`My` → `MyAlibabaEcs`).
    public var modulePrefix: String = ""
    /// Append the API version to module names (`AlibabaEcs20140526`), so two versions of a product can coexist.
    public var apiVersionSuffix: Bool = false

    public init() {}

    /// The module of one vendor product.
    public func moduleName(vendor: String, product: String, apiVersion: String) -> String {
        var name = ModuleNaming.moduleName(vendor: vendor, product: product)
        // The prefix is kept as written (only characters a Swift identifier allows), so `AWS` stays `AWS`.
        let prefix = modulePrefix.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        if let first = prefix.first, !first.isNumber { name = prefix + name }
        if apiVersionSuffix { name += apiVersion.filter { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        return name
    }

    /// Fills in the defaults that depend on the output folder.
    func resolved(outRoot: URL) throws -> (packageName: String, runtime: RuntimeSource) {
        let name = packageName ?? outRoot.standardizedFileURL.lastPathComponent
        if let runtime { return (name, runtime.relativeTo(outRoot)) }
        guard let checkout = DocGenCheckout.root else {
            throw DocGenError.usage("cannot find docgen's runtime next to this binary's sources: "
                                    + "give --runtime-path DIR or --runtime-url URL --runtime-version V")
        }
        return (name, .path(RelativePath.from(outRoot.standardizedFileURL, to: checkout)))
    }

    /// Part of the generation cache's settings fingerprint.
    var fingerprint: String {
        "package=\(packageName ?? "-") runtime=\(String(describing: runtime)) prefix=\(modulePrefix) suffix=\(apiVersionSuffix)"
    }
}

/// The docgen checkout this binary was compiled from (it holds `Sources/DocGenRuntime`), when it is still there.
enum DocGenCheckout {
    static let root: URL? = {
        // This file is <root>/Sources/DocGenGeneration/Generation/PackageSettings.swift.
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let runtime = url.appendingPathComponent("Sources/DocGenRuntime").path
        return FileManager.default.fileExists(atPath: runtime) ? url.standardizedFileURL : nil
    }()
}

/// `../..`-style paths between two absolute folders, so a generated manifest does not name the machine's folders.
enum RelativePath {
    static func from(_ base: URL, to target: URL) -> String {
        let from = base.resolvingSymlinksInPath().standardizedFileURL.pathComponents
        let to = target.resolvingSymlinksInPath().standardizedFileURL.pathComponents
        var shared = 0
        while shared < from.count, shared < to.count, from[shared] == to[shared] { shared += 1 }
        let parts = Array(repeating: "..", count: from.count - shared) + to[shared...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
