import DocGenSpec

/// View model of `Reference.md.mustache`: the Markdown API reference of one product.
public struct ReferenceView: Encodable, Sendable {
    public var moduleName: String
    public var title: String
    public var errorTypeName: String
    public var operationCount: Int
    public var operations: [ReferenceOperationView]
}

public struct ReferenceOperationView: Encodable, Sendable {
    public var operationName: String
    public var action: String
    public var summary: String
    public var source: String
    public var parameters: [ReferenceRowView]
    public var hasParameters: Bool
    public var responseFields: [ReferenceRowView]
    public var hasResponseFields: Bool
    public var errors: [ReferenceErrorView]
    public var hasErrors: Bool
}

/// One table row; every cell is already escaped Markdown.
public struct ReferenceRowView: Encodable, Sendable {
    public var name: String
    public var type: String
    public var required: String
    public var description: String
    public var limits: String
}

public struct ReferenceErrorView: Encodable, Sendable {
    public var code: String
    public var http: String
    public var message: String
}
