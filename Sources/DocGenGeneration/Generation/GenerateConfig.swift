import Foundation
import DocGenSpec

/// `docgen.json`: what `docgen generate` produces. Every key is optional; paths are relative to the config file.
///
/// ```json
/// {
///   "access": "public",
///   "templates": "MyTemplates",
///   "products": ["alibaba/ecs", "tencent/cbs"],
///   "operations": ["alibaba/ecs/CreateSnapshot"],
///   "specs": "specs",
///   "out": "Generated",
///   "packageName": "MyCloudSDK",
///   "runtimePath": "../docgen",
///   "runtimeURL": "https://example.com/you/docgen.git",
///   "runtimeVersion": "0.4.0",
///   "modulePrefix": "My",
///   "apiVersionSuffix": true
/// }
/// ```
/// `runtimePath` (relative to the config file's folder, written relative to `out`) and `runtimeURL` +
/// `runtimeVersion` say where the generated package finds `DocGenRuntime`; give one or neither.
/// `products` keeps only those vendor/product pairs; `operations` keeps only those vendor/product/Action triples
/// (both may be given: an operation must pass both).
public struct GenerateConfig: Sendable, Equatable {
    public var access: AccessLevel = .public
    public var templates: URL?
    public var products: [String]?
    public var operations: [String]?
    public var specs: URL?
    public var out: URL?
    /// Package name, runtime source and module naming of the generated package.
    public var packaging = PackageSettings()

    public init() {}

    static let keys = ["access", "templates", "products", "operations", "specs", "out", "packageName", "runtimePath",
                       "runtimeURL", "runtimeVersion", "modulePrefix", "apiVersionSuffix"]

    public static func load(from url: URL) throws -> GenerateConfig {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DocGenError.io("\(url.path): cannot read config file")
        }
        return try parse(data, file: url.path, relativeTo: url.deletingLastPathComponent())
    }

    public static func parse(_ data: Data, file: String, relativeTo folder: URL) throws -> GenerateConfig {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw DocGenError.invalidInput("\(file): not valid JSON (\(error.localizedDescription))")
        }
        guard let object = root as? [String: Any] else {
            throw DocGenError.invalidInput("\(file): the config must be a JSON object")
        }
        for key in object.keys.sorted() where !keys.contains(key) {
            throw DocGenError.invalidInput("\(file): unknown key '\(key)' (known keys: \(keys.joined(separator: ", ")))")
        }
        var config = GenerateConfig()
        func string(_ key: String) throws -> String? {
            guard let value = object[key] else { return nil }
            guard let text = value as? String, !text.isEmpty else {
                throw DocGenError.invalidInput("\(file): key '\(key)' must be a non-empty string")
            }
            return text
        }
        func strings(_ key: String, parts: Int) throws -> [String]? {
            guard let value = object[key] else { return nil }
            guard let list = value as? [Any], let texts = list as? [String] else {
                throw DocGenError.invalidInput("\(file): key '\(key)' must be a list of strings")
            }
            for text in texts where text.split(separator: "/", omittingEmptySubsequences: false).count != parts
                || text.split(separator: "/").count != parts {
                let shape = parts == 2 ? "vendor/product" : "vendor/product/Action"
                throw DocGenError.invalidInput("\(file): key '\(key)': '\(text)' is not of the form \(shape)")
            }
            return texts
        }
        if let access = try string("access") {
            guard let level = AccessLevel(rawValue: access) else {
                throw DocGenError.invalidInput("\(file): key 'access' must be one of public, package, internal (got '\(access)')")
            }
            config.access = level
        }
        config.templates = try string("templates").map { folder.appendingPathComponent($0) }
        config.specs = try string("specs").map { folder.appendingPathComponent($0) }
        config.out = try string("out").map { folder.appendingPathComponent($0) }
        config.products = try strings("products", parts: 2)
        config.operations = try strings("operations", parts: 3)
        config.packaging.packageName = try string("packageName")
        config.packaging.modulePrefix = try string("modulePrefix") ?? ""
        if let value = object["apiVersionSuffix"] {
            guard let flag = value as? Bool else {
                throw DocGenError.invalidInput("\(file): key 'apiVersionSuffix' must be true or false")
            }
            config.packaging.apiVersionSuffix = flag
        }
        config.packaging.runtime = try RuntimeSource.choose(
            path: try string("runtimePath").map { folder.appendingPathComponent($0) }, url: try string("runtimeURL"),
            version: try string("runtimeVersion"), origin: file)
        return config
    }

    /// Whether an operation is selected.
    public func selects(_ spec: OperationSpec) -> Bool {
        if let products, !products.contains("\(spec.vendor)/\(spec.product)") { return false }
        if let operations, !operations.contains("\(spec.vendor)/\(spec.product)/\(spec.action)") { return false }
        return true
    }
}
