import DocGenSpec

/// One OpenAPI 3.1 document for the operations of one vendor, product and API version.
public struct DocumentBuilder: Sendable {
    public let vendor: String
    public let product: String
    public let apiVersion: String

    public init(vendor: String, product: String, apiVersion: String) {
        self.vendor = vendor
        self.product = product
        self.apiVersion = apiVersion
    }

    /// The document for `specs` (all of this builder's vendor, product and version), visited in `OperationID` order.
    public func document(_ specs: [OperationSpec]) -> OpenAPIValue {
        let ordered = specs.sorted { $0.operationID < $1.operationID }
        let convention = VendorConvention(vendor: vendor)
        var components = SchemaComponents()
        _ = components.add(ErrorResponses.errorSchema(convention), named: ErrorResponses.errorSchemaName)
        var paths: [String: OpenAPIValue] = [:]
        var taken: Set<String> = []
        for spec in ordered {
            var binding = OperationBinding(spec: spec)
            if taken.contains(binding.method + " " + binding.documentPath) { binding = binding.atPseudoPath(action: spec.action) }
            guard taken.insert(binding.method + " " + binding.documentPath).inserted else { continue }
            let builder = OperationBuilder(spec: spec, binding: binding)
            var item = paths[binding.documentPath]?.objectValue ?? [:]
            item[binding.method] = builder.operation(components: &components)
            paths[binding.documentPath] = .object(item)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": .string("\(vendor) \(product) API"),
                "version": .string(apiVersion),
                "description": .string(
                    "Exported by docgen from the vendor's reference pages. Each RPC action has the pseudo-path "
                        + "/<Action>; the real request goes to \(convention == .tencentAPI3 ? "POST" : "GET") / "
                        + "(see x-docgen-rpc)."),
            ],
            "servers": [["url": .string(convention.serverURL(product: product))]],
            "tags": [["name": .string(product)]],
            "paths": .object(paths),
            "components": ["schemas": .object(components.schemas)],
            "x-docgen-vendor": .string(vendor),
            "x-docgen-product": .string(product),
            "x-docgen-api-version": .string(apiVersion),
            "x-docgen-rpc-style": .string(convention.rawValue),
        ]
    }
}
