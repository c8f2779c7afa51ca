import Foundation

/// Alibaba Cloud's V3 signature `ACS3-HMAC-SHA256`, from "V3 版本请求体&签名机制" / "Request syntax and signature
/// method V3". One scheme for RPC and ROA (REST) APIs:
///
///     CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n HashedRequestPayload
///     StringToSign     = "ACS3-HMAC-SHA256" \n Hex(SHA256(CanonicalRequest))
///     Signature        = Hex(HMAC-SHA256(AccessKeySecret, StringToSign))
///     Authorization    = ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<SignedHeaders>,Signature=<Signature>
///
/// Signed headers are `host`, `content-type` and every `x-acs-*` header, lowercased, sorted, values trimmed.
public struct AlibabaACS3Signer: Sendable, Hashable {
    public static let algorithm = "ACS3-HMAC-SHA256"

    public init() {}

    /// Every intermediate string, so a test can compare each with the document's.
    public struct Signature: Sendable, Hashable {
        public var canonicalRequest: String
        public var signedHeaders: String
        public var stringToSign: String
        public var signature: String
        public var authorization: String
    }

    /// `x-acs-content-sha256`: hex SHA-256 of the body (of the empty string when there is none).
    public static func payloadHash(_ body: Data) -> String { Digest.hex(Digest.sha256(body)) }

    /// Sorted by encoded name, then value; `name=value`, an empty value as `name=`.
    public func canonicalQuery(_ query: [QueryPair]) -> String {
        query
            .map { (PercentEncoding.encode($0.name), PercentEncoding.encode($0.value)) }
            .sorted { $0.0 == $1.0 ? PercentEncoding.byteOrder($0.1, $1.1) : PercentEncoding.byteOrder($0.0, $1.0) }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// The headers that take part: `host`, `content-type`, `x-acs-*` (all headers of the request but Authorization
    /// and the transport's own, which are not known when signing).
    public func signedHeaderNames(_ headers: [String: String]) -> [String] {
        headers.keys.map { $0.lowercased() }
            .filter { $0 == "host" || $0 == "content-type" || $0.hasPrefix("x-acs-") }
            .sorted(by: PercentEncoding.byteOrder)
    }

    /// - Parameters:
    ///   - canonicalURI: the path exactly as sent (already percent-encoded, see `PercentEncoding.encodePath`); `/` for RPC.
    ///   - headers: must include `host` and `x-acs-content-sha256`.
    public func sign(method: HTTPMethod, canonicalURI: String, query: [QueryPair], headers: [String: String],
                     accessKeyId: String, secret: String) -> Signature {
        var lowered: [String: String] = [:]
        for (name, value) in headers { lowered[name.lowercased()] = value.trimmingCharacters(in: .whitespaces) }
        let names = signedHeaderNames(headers)
        let canonicalHeaders = names.map { "\($0):\(lowered[$0]!)\n" }.joined()
        let signedHeaders = names.joined(separator: ";")
        let payloadHash = lowered["x-acs-content-sha256"] ?? Self.payloadHash(Data())
        let canonicalRequest = [method.rawValue, canonicalURI, canonicalQuery(query), canonicalHeaders, signedHeaders, payloadHash]
            .joined(separator: "\n")
        let stringToSign = Self.algorithm + "\n" + Digest.hex(Digest.sha256(Array(canonicalRequest.utf8)))
        let signature = Digest.hex(HMAC.sha256(key: Array(secret.utf8), message: stringToSign))
        let authorization = "\(Self.algorithm) Credential=\(accessKeyId),SignedHeaders=\(signedHeaders),Signature=\(signature)"
        return Signature(canonicalRequest: canonicalRequest, signedHeaders: signedHeaders, stringToSign: stringToSign,
                         signature: signature, authorization: authorization)
    }
}
