import Foundation

/// How one operation maps onto HTTP: what a generated client passes to `ServiceClient.send`.
///
/// RPC operations (every Alibaba RPC API, every Tencent API) need only `.rpc(...)`; REST/ROA operations name a
/// method and a path template whose `{Name}` placeholders are filled from the request's path parameters.
public struct HTTPBinding: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable {
        /// `Action` names the operation; parameters go in the query (Alibaba) or a JSON body (Tencent).
        case rpc
        /// REST: method + path; parameters by location (see `HTTPParameters`).
        case roa
    }

    public var style: Style
    public var method: HTTPMethod
    /// `/` for RPC; `/clusters/{ClusterId}/triggers` for ROA.
    public var pathTemplate: String
    /// Safe to send twice: read-only operations and those the page marks idempotent. Retries of a non-idempotent
    /// operation happen only when the request carries a `ClientToken` (see `RetryPolicy`).
    public var isIdempotent: Bool

    public init(style: Style, method: HTTPMethod, pathTemplate: String, isIdempotent: Bool) {
        self.style = style
        self.method = method
        self.pathTemplate = pathTemplate
        self.isIdempotent = isIdempotent
    }

    /// An RPC operation. `method` is POST unless the page says GET; Tencent always uses POST with a JSON body.
    public static func rpc(method: HTTPMethod = .post, isIdempotent: Bool = false) -> HTTPBinding {
        HTTPBinding(style: .rpc, method: method, pathTemplate: "/", isIdempotent: isIdempotent)
    }

    /// A read-only RPC operation (`Describe*`, `List*`, `Get*`, `Query*`): retried freely.
    public static let rpcReadOnly = HTTPBinding.rpc(isIdempotent: true)

    /// A REST/ROA operation.
    public static func roa(_ method: HTTPMethod, _ pathTemplate: String, isIdempotent: Bool? = nil) -> HTTPBinding {
        HTTPBinding(style: .roa, method: method, pathTemplate: pathTemplate,
                    isIdempotent: isIdempotent ?? [.get, .head, .put, .delete].contains(method))
    }

    /// The path with every `{Name}` replaced by the percent-encoded value; throws for a placeholder without a value.
    public func path(with values: [String: String]) throws -> String {
        var result = ""
        var rest = Substring(pathTemplate)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = values[name] else { throw ServiceClientError.missingPathParameter(name) }
            result += PercentEncoding.encode(value)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

/// A request's parameters sorted by where they travel. RPC requests get this for free from their query items; a
/// ROA request (or any request that needs headers or a body) adopts `HTTPParameterLocating` to say so itself.
public struct HTTPParameters: Sendable, Hashable {
    public var query: [QueryPair]
    /// Values for the binding's `{Name}` placeholders.
    public var path: [String: String]
    public var headers: [String: String]
    /// A JSON body (ROA `body` parameters), already encoded.
    public var jsonBody: Data?

    public init(query: [QueryPair] = [], path: [String: String] = [:], headers: [String: String] = [:], jsonBody: Data? = nil) {
        self.query = query
        self.path = path
        self.headers = headers
        self.jsonBody = jsonBody
    }

    /// Encodes `body` as the JSON body.
    public mutating func setBody(_ body: some Encodable) throws {
        jsonBody = try JSONEncoder.wire.encode(body)
    }
}

/// A request that places its own parameters (path, header, body). Generated ROA requests adopt it; RPC requests
/// do not need to.
public protocol HTTPParameterLocating {
    func httpParameters() throws -> HTTPParameters
}

extension JSONEncoder {
    /// Stable key order, so a body (and its hash in the signature) is the same on every run.
    static var wire: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
