import DocGenSpec

/// View model of `Client.swift.mustache`: the per-product client (one method per operation, one `…Pages` method per
/// paginated operation) and its service descriptor.
public struct ClientFileView: Encodable, Sendable {
    public var headerLines: [String]
    public var moduleName: String
    public var access: String
    /// `AlibabaEcsClient`.
    public var clientTypeName: String
    public var errorTypeName: String
    public var docLines: [String]
    /// `ServiceDescriptor.alibaba("ecs", version: "2014-05-26")`.
    public var serviceExpression: String
    /// Whether the client's init takes `signature:`: Alibaba products with an RPC-style operation (ACS3 or the classic
    /// RPC signature). Tencent has one signature and Alibaba REST operations always use ACS3.
    public var selectsSignature: Bool
    /// The region a caller passes by default in examples (`cn-hangzhou`, `ap-guangzhou`), as a literal.
    public var exampleRegionLiteral: String
    public var operations: [ClientOperationView]
    public var paginated: [ClientOperationView]
}

public struct ClientOperationView: Encodable, Sendable {
    /// `createSnapshot`.
    public var methodName: String
    /// `createSnapshotPages` (paginated operations only).
    public var pagesMethodName: String
    /// The namespace enum (`CreateSnapshot`).
    public var operationName: String
    public var docLines: [String]
    public var pagesDocLines: [String]
    /// `.rpcReadOnly`, `.rpc()`, `.roa(.delete, "/clusters/{ClusterId}")`.
    public var bindingExpression: String
    /// `pageNumber`, `nextToken`, `offsetLimit`; nil when the operation does not page.
    public var paginationKind: String?
    public var paginationItemCount: String
    /// The strategy's arguments after `itemCount:`.
    public var paginationArguments: [PaginationArgumentView]
}

public struct PaginationArgumentView: Encodable, Sendable {
    public var text: String
    public var isLast: Bool
}

/// View model of `ClientTests.swift.mustache`: the generated client driven through a `ScriptedTransport`.
public struct ClientTestsView: Encodable, Sendable {
    public var headerLines: [String]
    public var moduleName: String
    public var clientTypeName: String
    public var errorTypeName: String
    public var suiteName: String
    public var regionLiteral: String
    /// The host the client resolves by default, as a literal.
    public var expectedHostLiteral: String
    /// The header that names the action on the wire (`x-acs-action`, `X-TC-Action`), as a literal.
    public var actionHeaderLiteral: String
    public var success: ClientTestCallView?
    public var documentedError: ClientErrorTestView?
    public var pagination: ClientPaginationTestView?
    /// The README's "Calling the API" example for this product: compiled with the tests, never run.
    public var usage: ClientUsageView?
}

public struct ClientUsageView: Encodable, Sendable {
    public var regionLiteral: String
    public var methodName: String
    public var operationName: String
    public var arguments: [ExampleArgumentView]
    /// A documented error of the operation to catch by name; nil when it documents none.
    public var catchMember: String?
    /// The environment variables the default credentials come from, for the comment.
    public var credentialsHint: String
}

public struct ClientTestCallView: Encodable, Sendable {
    public var methodName: String
    /// `CreateSnapshotTests.example()`.
    public var exampleExpression: String
    public var actionLiteral: String
    public var bodyLiteral: String
}

public struct ClientErrorTestView: Encodable, Sendable {
    public var methodName: String
    public var exampleExpression: String
    public var memberName: String
    public var status: Int
    /// A concrete code (a placeholder family's `%s` filled in), as a literal.
    public var codeLiteral: String
    public var bodyLiteral: String
}

public struct ClientPaginationTestView: Encodable, Sendable {
    public var pagesMethodName: String
    public var exampleExpression: String
    public var firstBodyLiteral: String
    public var lastBodyLiteral: String
}
