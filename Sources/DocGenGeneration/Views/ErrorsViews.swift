import DocGenSpec

/// View model of `Errors.swift.mustache`: the error type of one product.
public struct ErrorsFileView: Encodable, Sendable {
    public var headerLines: [String]
    public var moduleName: String
    public var access: String
    public var typeName: String
    public var docLines: [String]
    /// Sorted by code.
    public var codes: [ErrorCodeView]
    public var hasCodes: Bool
}

public struct ErrorCodeView: Encodable, Sendable {
    public var memberName: String
    public var codeLiteral: String
    public var docLines: [String]
    /// `[400, 404]`.
    public var httpStatusesLiteral: String
    /// `["The specified ...", ...]`.
    public var messagesLiteral: String
    public var descriptionsLiteral: String
}
