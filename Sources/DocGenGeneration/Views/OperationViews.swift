import DocGenSpec

/// View models of `Operation.swift.mustache` and its partials. Everything a template prints is computed here:
/// identifiers, Swift literals (already escaped), comment lines (already split and cleaned), flags for sections.

public struct OperationFileView: Encodable, Sendable {
    public var headerLines: [String]
    public var moduleName: String
    /// `public`, `package` or `internal`.
    public var access: String
    /// The access of the runtime plumbing members (`appendQueryItems`, `collectIssues`): `access`, except that a
    /// public SDK marks them `@_spi(DocGenGenerated) public` so they are not part of its public API.
    public var plumbingAccess: String
    /// The namespace enum of the operation (`CreateSnapshot`).
    public var operationName: String
    public var docLines: [String]
    public var actionLiteral: String
    public var apiVersionLiteral: String
    public var styleExpression: String
    public var errorTypeName: String
    /// Members of the error type for the codes this operation's page documents, in page order without repeats.
    public var documentedErrors: [ErrorMemberView]
    public var request: RequestStructView
    public var response: ResponseStructView
    /// For a REST operation: the wire keys of each location (its `HTTPParameterLocating` conformance); else nil.
    public var locating: LocatingView?
}

/// Wire keys by location, as Swift array literals.
public struct LocatingView: Encodable, Sendable {
    public var pathLiteral: String
    public var headersLiteral: String
    public var bodyLiteral: String
    public var hostLiteral: String
}

public struct ErrorMemberView: Encodable, Sendable {
    public var memberName: String
}

public struct RequestStructView: Encodable, Sendable {
    public var typeName: String
    public var isTopLevel: Bool
    public var docLines: [String]
    public var properties: [PropertyView]
    public var hasProperties: Bool
    public var initArguments: [ArgumentView]
    public var checks: [CheckView]
    public var relations: [RelationView]
    public var nestedTypes: [RequestStructView]
    public var valueSets: [ValueSetView] = []
}

/// An open value type: a struct around the string with a static member per documented value.
public struct ValueSetView: Encodable, Sendable {
    public var typeName: String
    public var docLines: [String]
    public var members: [ValueSetMemberView]
}

public struct ValueSetMemberView: Encodable, Sendable {
    public var name: String
    public var valueLiteral: String
    /// The value for a doc comment (escaped).
    public var valueComment: String
    public var isLast: Bool
}

public struct PropertyView: Encodable, Sendable {
    public var name: String
    public var storageName: String
    /// With `?` when optional.
    public var type: String
    public var docLines: [String]
    public var deprecated: Bool
    public var deprecationMessageLiteral: String
    public var wireKeyLiteral: String
    /// The property wrapper of a time value followed by a space (`@OptionalTimeCoded<ISO8601DateTime> `); empty
    /// otherwise. Written before the stored property.
    public var propertyWrapper: String
    /// What `appendQueryItems` sends: the stored property, or for a time value its wrapper (`_startTime`), which
    /// knows the wire format.
    public var queryValueName: String
}

/// One initializer parameter: `name: Type` (`= nil` when optional).
public struct ArgumentView: Encodable, Sendable {
    public var name: String
    public var storageName: String
    public var type: String
    public var isOptional: Bool
    public var isLast: Bool
}

/// One call in `collectIssues`: `issues.<method>(self.<storageName>, <argument>, parameter: prefix + <wireKey>, ...)`.
/// `argument` is nil for `nested` calls, which take no limit.
public struct CheckView: Encodable, Sendable {
    public var method: String
    public var storageName: String
    public var argument: String?
    public var wireKeyLiteral: String
    public var documentationLiteral: String
}

/// `issues.mutuallyExclusive(...)` / `issues.dependsOn(...)` between two properties.
public struct RelationView: Encodable, Sendable {
    public var method: String
    public var storageName: String
    public var wireKeyLiteral: String
    public var otherStorageName: String
    public var otherWireKeyLiteral: String
    public var documentationLiteral: String
}

public struct ResponseStructView: Encodable, Sendable {
    public var typeName: String
    public var isTopLevel: Bool
    public var docLines: [String]
    public var fields: [ResponseFieldView]
    public var hasFields: Bool
    public var nestedTypes: [ResponseStructView]
}

public struct ResponseFieldView: Encodable, Sendable {
    public var name: String
    /// Without `?`: every response field is optional.
    public var type: String
    public var jsonKeyLiteral: String
    public var decodeMethod: String
    public var elementType: String
    public var docLines: [String]
    public var isLast: Bool
}
