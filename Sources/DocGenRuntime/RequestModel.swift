/// A value that is sent as several query items under a prefix (`Tag.1.` + `Key`).
///
/// The requirement is plumbing between generated code and this runtime, not API of a generated SDK: it is
/// `@_spi(DocGenGenerated)`, so only code that imports the runtime with `@_spi(DocGenGenerated)` (generated files do)
/// sees it. A callable API is `OperationRequest.queryItems()`.
public protocol QueryEncodable: Sendable {
    @_spi(DocGenGenerated) func appendQueryItems(to query: inout QueryItems, prefix: String)
}

/// A value whose limits can be checked: it reports every broken limit, its wire paths starting with `prefix`.
///
/// Plumbing like `QueryEncodable`'s requirement (`@_spi(DocGenGenerated)`); the callable API is
/// `OperationRequest.validate()` and `validationIssues()`.
public protocol Validatable: Sendable {
    @_spi(DocGenGenerated) func collectIssues(into issues: inout ValidationIssues, prefix: String)
}

// Swift lets a protocol requirement be SPI only when a protocol extension implements it. Every generated type
// implements both requirements itself (its template writes them); these implementations only run for a type whose
// template lost them, and stop loudly instead of sending or checking nothing.
extension QueryEncodable {
    @_spi(DocGenGenerated)
    public func appendQueryItems(to query: inout QueryItems, prefix: String) {
        preconditionFailure("\(Self.self) does not implement appendQueryItems(to:prefix:): its template must write it")
    }
}

extension Validatable {
    @_spi(DocGenGenerated)
    public func collectIssues(into issues: inout ValidationIssues, prefix: String) {
        preconditionFailure("\(Self.self) does not implement collectIssues(into:prefix:): its template must write it")
    }
}

/// A request struct or one of its nested structs (`Tag`).
public typealias RequestModel = QueryEncodable & Validatable & Sendable & Hashable & Codable

/// The request of one operation.
public protocol OperationRequest: QueryEncodable, Validatable, Hashable, Codable {
    /// The decoded response body (for Tencent: the object inside `Response`).
    associatedtype Response: Decodable & Sendable
    static var action: String { get }
    static var apiVersion: String { get }
    static var style: VendorStyle { get }
}

extension OperationRequest {
    /// The full query: `Action`, `Version` where the vendor sends it, then every parameter that is set.
    public func queryItems() -> QueryItems {
        var query = QueryItems(listIndexBase: Self.style.listIndexBase)
        query.append("Action", Self.action)
        if Self.style.sendsVersion { query.append("Version", Self.apiVersion) }
        appendQueryItems(to: &query, prefix: "")
        return query
    }

    /// Every broken limit, in parameter order. Empty when the request is valid.
    public func validationIssues() -> [ValidationIssue] {
        var issues = ValidationIssues(listIndexBase: Self.style.listIndexBase)
        collectIssues(into: &issues, prefix: "")
        return issues.issues
    }

    /// Throws every broken limit at once.
    public func validate() throws(ValidationError) {
        let issues = validationIssues()
        if !issues.isEmpty { throw ValidationError(issues: issues) }
    }

    /// Decodes a response body as the vendor sends it (unwrapping Tencent's `{"Response": ...}`).
    public static func decodeResponse(from data: Data) throws -> Response {
        try ResponseDecoding.decode(Response.self, from: data, style: style)
    }
}

import Foundation
