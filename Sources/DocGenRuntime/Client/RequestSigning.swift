import Foundation

/// Builds the wire request of each protocol: common parameters, then the signature. One method per scheme; each
/// takes a fresh timestamp and nonce, so every retry is signed anew.
struct RequestSigning {
    struct Operation {
        var action: String
        var version: String
        var binding: HTTPBinding
    }

    var endpoint: Endpoint
    var region: String?
    var service: ServiceDescriptor
    var environment: RequestEnvironment

    /// Alibaba RPC, signature 1.0 (HMAC-SHA1). GET sends everything in the query; POST sends the common parameters
    /// and `Signature` in the query and the operation's parameters as a form body, as Alibaba's own SDKs do. The
    /// signature covers both.
    func alibabaRPC(_ operation: Operation, parameters: HTTPParameters, credentials: Credentials) throws -> HTTPRequest {
        var common = [
            QueryPair("Action", operation.action),
            QueryPair("Version", operation.version),
            QueryPair("Format", "JSON"),
            QueryPair("Timestamp", RequestEnvironment.iso8601(environment.now())),
            QueryPair("SignatureMethod", AlibabaRPCSigner.signatureMethod),
            QueryPair("SignatureVersion", AlibabaRPCSigner.signatureVersion),
            QueryPair("SignatureNonce", environment.nonce()),
            QueryPair("AccessKeyId", credentials.accessKeyId),
        ]
        if let token = credentials.securityToken { common.append(QueryPair("SecurityToken", token)) }
        let method = operation.binding.method
        let signature = AlibabaRPCSigner().signature(method: method, parameters: common + parameters.query, secret: credentials.secret)
        var headers = ["Host": endpoint.hostHeader]
        var body = Data()
        let queryPairs: [QueryPair]
        if method == .get {
            queryPairs = common + parameters.query + [QueryPair("Signature", signature)]
        } else {
            queryPairs = common + [QueryPair("Signature", signature)]
            body = Data(Self.encoded(parameters.query).utf8)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        }
        return HTTPRequest(method: method, url: url(path: "/", query: Self.encoded(queryPairs)), headers: headers, body: body)
    }

    /// Alibaba ACS3-HMAC-SHA256, RPC or ROA: the operation in `x-acs-action`/`x-acs-version`, parameters in the
    /// query (and for ROA the path, headers and a JSON body), the signature in `Authorization`.
    func alibabaACS3(_ operation: Operation, parameters: HTTPParameters, credentials: Credentials) throws -> HTTPRequest {
        let signer = AlibabaACS3Signer()
        let body = parameters.jsonBody ?? Data()
        let path = operation.binding.style == .roa ? try operation.binding.path(with: parameters.path) : "/"
        var headers = parameters.headers
        headers["host"] = endpoint.hostHeader
        headers["x-acs-action"] = operation.action
        headers["x-acs-version"] = operation.version
        headers["x-acs-date"] = RequestEnvironment.iso8601(environment.now())
        headers["x-acs-signature-nonce"] = environment.nonce()
        headers["x-acs-content-sha256"] = AlibabaACS3Signer.payloadHash(body)
        if let token = credentials.securityToken { headers["x-acs-security-token"] = token }
        if parameters.jsonBody != nil { headers["content-type"] = "application/json; charset=utf-8" }
        let signed = signer.sign(method: operation.binding.method, canonicalURI: path, query: parameters.query,
                                 headers: headers, accessKeyId: credentials.accessKeyId, secret: credentials.secret)
        headers["Authorization"] = signed.authorization
        return HTTPRequest(method: operation.binding.method, url: url(path: path, query: signer.canonicalQuery(parameters.query)),
                           headers: headers, body: body)
    }

    /// Tencent API 3.0: POST `/` with a JSON body, the operation and common parameters in `X-TC-*` headers,
    /// TC3-HMAC-SHA256 over `content-type`, `host` and `x-tc-action`.
    func tencent(_ operation: Operation, parameters: HTTPParameters, credentials: Credentials) throws -> HTTPRequest {
        let body = parameters.jsonBody ?? Data("{}".utf8)
        let timestamp = Int(environment.now().timeIntervalSince1970)
        let contentType = "application/json; charset=utf-8"
        var headers = parameters.headers
        headers["Content-Type"] = contentType
        headers["Host"] = endpoint.hostHeader
        headers["X-TC-Action"] = operation.action
        headers["X-TC-Version"] = operation.version
        headers["X-TC-Timestamp"] = String(timestamp)
        if let region, !region.isEmpty { headers["X-TC-Region"] = region }
        if let token = credentials.securityToken { headers["X-TC-Token"] = token }
        let signed = TencentTC3Signer(service: service.product).sign(
            method: .post, signedHeaders: ["content-type": contentType, "host": endpoint.hostHeader, "x-tc-action": operation.action],
            payload: body, timestamp: timestamp, secretId: credentials.accessKeyId, secretKey: credentials.secret)
        headers["Authorization"] = signed.authorization
        return HTTPRequest(method: .post, url: url(path: "/", query: ""), headers: headers, body: body)
    }

    private func url(path: String, query: String) -> URL {
        URL(string: endpoint.baseURL.absoluteString + path + (query.isEmpty ? "" : "?" + query))!
    }

    /// `name=value&…` in the given order, RFC 3986-encoded (so the bytes sent are the bytes signed).
    static func encoded(_ pairs: [QueryPair]) -> String {
        pairs.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }.joined(separator: "&")
    }
}
