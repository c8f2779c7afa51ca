/// A value that is sent as several query items under a prefix (`Tag.1.` + `Key`).
public protocol QueryEncodable: Sendable {
    func appendQueryItems(to query: inout QueryItems, prefix: String)
}

/// A value whose limits can be checked: it reports every broken limit, its wire paths starting with `prefix`.
public protocol Validatable: Sendable {
    func collectIssues(into issues: inout ValidationIssues, prefix: String)
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
