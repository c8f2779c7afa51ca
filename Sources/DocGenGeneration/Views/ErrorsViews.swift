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
    /// Every code's statuses, messages and descriptions as the lines of a JSON object, one code per line (the text
    /// of a raw multi-line string literal that `ErrorCodeInfo.table(json:)` decodes).
    public var documentedTableLines: [String]
    /// The `#`s delimiting that raw literal (`#"""` ... `"""#`): enough that no text inside can end it.
    public var documentedTableHashes: String
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
