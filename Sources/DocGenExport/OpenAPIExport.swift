import DocGenSpec
import Foundation

/// The export as files: one `<vendor>-<product>-<apiVersion>.openapi.json` per API version of a product, each the
/// bytes of `SpecJSON.encode` (sorted keys, two-space indent, trailing newline), so the same specs give the same bytes.
public enum OpenAPIExport {
    public static let fileSuffix = ".openapi.json"

    /// Relative path → document bytes, for every vendor/product/API version among `specs`.
    public static func files(for specs: [OperationSpec]) throws -> [String: Data] {
        var groups: [String: [OperationSpec]] = [:]
        for spec in specs {
            groups[fileName(vendor: spec.vendor, product: spec.product, apiVersion: spec.apiVersion), default: []].append(spec)
        }
        var out: [String: Data] = [:]
        for (name, group) in groups {
            let first = group[0]
            let builder = DocumentBuilder(vendor: first.vendor, product: first.product, apiVersion: first.apiVersion)
            out[name] = try SpecJSON.encode(builder.document(group))
        }
        return out
    }

    public static func fileName(vendor: String, product: String, apiVersion: String) -> String {
        [vendor, product, apiVersion].map(SpecStoreLayout.safeComponent).joined(separator: "-") + fileSuffix
    }
}

/// Writes (or, for `--check`, plans) the export into an `OutputFolder`: files whose bytes change are written
/// atomically, unchanged ones untouched, `*.openapi.json` files that no longer belong to any product removed.
public struct OpenAPIExportWriter: Sendable {
    public let folder: OutputFolder

    public init(folder: OutputFolder) {
        self.folder = folder
    }

    public struct Plan: Sendable, Equatable {
        public var created: [String] = []
        public var updated: [String] = []
        public var removed: [String] = []
        public var unchanged = 0
        public var changed: [String] { created + updated + removed }
    }

    public func plan(_ files: [String: Data]) throws -> Plan {
        var plan = Plan()
        for path in files.keys.sorted() {
            switch try folder.plan(files[path]!, to: path) {
            case .created: plan.created.append(path)
            case .updated: plan.updated.append(path)
            case .unchanged: plan.unchanged += 1
            }
        }
        plan.removed = folder.listFiles().filter {
            !$0.contains("/") && $0.hasSuffix(OpenAPIExport.fileSuffix) && files[$0] == nil
        }
        return plan
    }

    @discardableResult
    public func apply(_ files: [String: Data]) throws -> Plan {
        let plan = try plan(files)
        for path in plan.created + plan.updated { try folder.write(files[path]!, to: path) }
        for path in plan.removed { try folder.remove(path) }
        return plan
    }
}
