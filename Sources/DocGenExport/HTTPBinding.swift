import DocGenSpec

/// Where a request parameter travels in the document (OpenAPI's `in`, plus `body` for a JSON request body member).
public enum OpenAPILocation: String, Sendable, Hashable, CaseIterable {
    case query, header, path, cookie, body
}

/// How an operation is called over HTTP: method, path, where each parameter goes, response wrapping.
///
/// A REST operation whose page gives its request line (`spec.http`: method and path template) is exported at its real
/// path, unless the line carries a constant sub-resource query (`/?acl`), which OpenAPI paths cannot hold, or another
/// operation took the same method and path first: those keep the pseudo-path `/<Action>`, with the real line in
/// `x-docgen-http`. RPC operations follow the vendor's convention (`VendorConvention`). A parameter's stated location
/// wins; the convention fills the rest.
public struct OperationBinding: Sendable, Hashable {
    /// `get`, `post`, ..., lower-case as OpenAPI's path item keys are.
    public var method: String
    /// The vendor's real request path (`/` for both RPC styles; the template for REST).
    public var wirePath: String
    /// The path of the operation in the exported document: the REST path, or the pseudo-path `/<Action>`.
    public var documentPath: String
    public var convention: VendorConvention
    /// The page's own request line, for REST operations.
    public var rest: DocGenSpec.HTTPBinding?

    public init(spec: OperationSpec) {
        convention = VendorConvention(vendor: spec.vendor)
        method = convention.method
        wirePath = "/"
        documentPath = "/" + spec.action
        if let http = spec.http, http.style != "alibaba-rpc", http.style != "tencent-3.0",
           let path = http.path, path.hasPrefix("/"),
           let first = http.method?.split(separator: "|").first, Self.methods.contains(first.lowercased()) {
            rest = http
            method = first.lowercased()
            wirePath = path
            if !path.contains("?") { documentPath = path }
        }
    }

    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// The same operation at its pseudo-path: used when another operation took its method and path first.
    func atPseudoPath(action: String) -> OperationBinding {
        var copy = self
        copy.documentPath = "/" + action
        return copy
    }

    /// The `{name}` placeholders of the document path.
    var pathPlaceholders: Set<String> {
        var names: Set<String> = []
        var rest = Substring(documentPath)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The location of one top-level request parameter, and where the page said it goes when the document cannot
    /// say it the same way (a path parameter of an operation kept at its pseudo-path, a host parameter).
    public func location(of parameter: Parameter) -> (location: OpenAPILocation, stated: String?) {
        // The document path is the stronger evidence: a parameter named by one of its placeholders is in the path.
        if pathPlaceholders.contains(where: { $0.caseInsensitiveCompare(parameter.name) == .orderedSame }) {
            return (.path, parameter.location.map { $0 == .path ? nil : $0.rawValue } ?? nil)
        }
        switch parameter.location {
        case .query?: return (.query, nil)
        case .header?: return (.header, nil)
        case .body?: return (.body, nil)
        case .path?: return pathPlaceholders.contains(parameter.name) ? (.path, nil) : (.query, "path")
        case .host?: return (.query, "host")
        case nil: return (convention.location(of: parameter), nil)
        }
    }
}

/// What each vendor's RPC-style API does on the wire, when a page does not say.
public enum VendorConvention: String, Sendable, Hashable {
    /// Alibaba Cloud RPC: `GET /?Action=X&Version=V&...`, every parameter a query item, 1-based repeat lists
    /// (`Tag.1.Key`), flat JSON response, errors as `{RequestId, HostId, Code, Message, Recommend}` with an HTTP status.
    case alibabaRPC = "alibaba-rpc"
    /// Tencent Cloud API 3.0: `POST /` with a JSON body, the action, version and region in `X-TC-Action`,
    /// `X-TC-Version`, `X-TC-Region` headers, the response under `Response`, errors as `Response.Error` with HTTP 200.
    case tencentAPI3 = "tencent-api3"

    public init(vendor: String) {
        self = Vendors.named(vendor)?.id == Vendors.tencent.id ? .tencentAPI3 : .alibabaRPC
    }

    public var method: String { self == .tencentAPI3 ? "post" : "get" }

    /// Whether the response body sits under a `Response` member.
    public var wrapsResponse: Bool { self == .tencentAPI3 }

    /// Whether documented errors come with their own HTTP status.
    public var errorsHaveHTTPStatus: Bool { self == .alibabaRPC }

    /// The server of a product: the vendor's central endpoint.
    public func serverURL(product: String) -> String {
        let vendor: any VendorDescription = self == .tencentAPI3 ? Vendors.tencent : Vendors.alibaba
        return "https://" + vendor.defaultHost(product: product, region: nil)
    }

    /// Tencent's common parameters travel as headers; everything else as the convention's default.
    func location(of parameter: Parameter) -> OpenAPILocation {
        switch self {
        case .alibabaRPC: return .query
        case .tencentAPI3: return headerName(of: parameter) != nil ? .header : .body
        }
    }

    /// The header that carries a Tencent common parameter (`Action` → `X-TC-Action`), or nil.
    public func headerName(of parameter: Parameter) -> String? {
        guard self == .tencentAPI3, parameter.common else { return nil }
        switch parameter.name {
        case "Action", "Version", "Region", "Timestamp", "Nonce", "Language", "Token":
            return "X-TC-" + parameter.name
        default:
            return nil
        }
    }
}
