import DocGenSpec

/// What every file of one generated module shares.
public struct ProductContext: Sendable {
    public var vendor: String
    public var product: String
    public var apiVersion: String
    public var moduleName: String
    public var errorTypeName: String
    public var access: AccessLevel
    public var profile: VendorProfile
    /// Static member name of every error code of the product.
    public var errorMembers: [String: String]
    /// Namespace enum name of every operation, by action.
    public var operationNames: [String: String]
}

/// The access level of the generated declarations.
public enum AccessLevel: String, Sendable, Codable, CaseIterable {
    case `public`, `package`, `internal`
}

/// Names of modules and types derived from vendor and product names.
public enum ModuleNaming {
    /// `alibaba` + `ecs` → `AlibabaEcs`; `tencent` + `clb-v2` → `TencentClbV2`.
    public static func moduleName(vendor: String, product: String) -> String {
        SwiftIdentifiers.upperCamel(vendor) + SwiftIdentifiers.upperCamel(product)
    }

    /// Namespace enums of the operations, sorted by action so the assignment is independent of file order.
    static func operationNames(actions: [String], moduleName: String, errorTypeName: String,
                               clientTypeName: String) -> [String: String] {
        var scope = IdentifierScope(reserved: SwiftIdentifiers.reservedTypeNames.union([moduleName, errorTypeName, clientTypeName]))
        var names: [String: String] = [:]
        for action in Set(actions).sorted() {
            names[action] = scope.claim(SwiftIdentifiers.upperCamel(action))
        }
        return names
    }
}
