import DocGenSpec

/// Where a request parameter travels on the wire (OpenAPI's `in`, plus `body` for a JSON request body member).
public enum ParameterLocation: String, Sendable, Hashable, CaseIterable {
    case query, header, path, cookie, body
}

/// How an operation is called over HTTP: method, pseudo-path, where each parameter goes, response wrapping.
///
/// The spec does not (yet) record the binding, so it follows the vendor's convention (`VendorConvention`). Once a
/// parameter carries its own location, `location(of:)` is the one place that reads it: a stated location wins, the
/// convention fills the rest.
public struct HTTPBinding: Sendable, Hashable {
    /// `GET` or `POST`, lower-case as OpenAPI's path item keys are.
    public var method: String
    /// The vendor's real request path (`/` for both RPC styles).
    public var wirePath: String
    /// The distinct pseudo-path of the operation in the exported document: `/<Action>`.
    public var documentPath: String
    public var convention: VendorConvention

    public init(spec: OperationSpec) {
        convention = VendorConvention(vendor: spec.vendor)
        method = convention.method
        wirePath = "/"
        documentPath = "/" + spec.action
    }

    /// The location of one top-level request parameter.
    public func location(of parameter: Parameter) -> ParameterLocation {
        if let stated = Self.statedLocation(of: parameter) { return stated }
        return convention.location(of: parameter)
    }

    /// The location a reader recorded on the parameter. The spec model has no such field yet: this returns nil until
    /// it does, and then maps it here (`ParameterLocation(rawValue: parameter.location)`).
    static func statedLocation(of parameter: Parameter) -> ParameterLocation? {
        nil
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
        self = vendor.lowercased() == "tencent" ? .tencentAPI3 : .alibabaRPC
    }

    public var method: String { self == .tencentAPI3 ? "post" : "get" }

    /// Whether the response body sits under a `Response` member.
    public var wrapsResponse: Bool { self == .tencentAPI3 }

    /// Whether documented errors come with their own HTTP status.
    public var errorsHaveHTTPStatus: Bool { self == .alibabaRPC }

    /// The server of a product: the vendor's central endpoint.
    public func serverURL(product: String) -> String {
        switch self {
        case .alibabaRPC: return "https://\(product.lowercased()).aliyuncs.com"
        case .tencentAPI3: return "https://\(product.lowercased()).tencentcloudapi.com"
        }
    }

    /// Tencent's common parameters travel as headers; everything else as the convention's default.
    func location(of parameter: Parameter) -> ParameterLocation {
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
