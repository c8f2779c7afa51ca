import Foundation

/// Alibaba Cloud's classic RPC signature (signature version 1.0, `HMAC-SHA1`), from the "RPC 签名机制" /
/// "Request signatures" document:
///
/// 1. CanonicalizedQueryString: every parameter except `Signature`, sorted by name, each name and value
///    percent-encoded (RFC 3986), joined as `name=value` with `&`.
/// 2. StringToSign: `METHOD&%2F&` + percent-encode(CanonicalizedQueryString).
/// 3. Signature: Base64(HMAC-SHA1(key: AccessKeySecret + "&", StringToSign)).
///
/// A pure value: it holds no secret and has no clock; the caller supplies the common parameters.
public struct AlibabaRPCSigner: Sendable, Hashable {
    public init() {}

    public static let signatureMethod = "HMAC-SHA1"
    public static let signatureVersion = "1.0"

    /// Step 1. `parameters` must not contain `Signature`.
    public func canonicalizedQuery(_ parameters: [QueryPair]) -> String {
        parameters
            .map { (PercentEncoding.encode($0.name), PercentEncoding.encode($0.value)) }
            .sorted { $0.0 == $1.0 ? PercentEncoding.byteOrder($0.1, $1.1) : PercentEncoding.byteOrder($0.0, $1.0) }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// Step 2.
    public func stringToSign(method: HTTPMethod, parameters: [QueryPair]) -> String {
        method.rawValue + "&" + PercentEncoding.encode("/") + "&" + PercentEncoding.encode(canonicalizedQuery(parameters))
    }

    /// Step 3: the value of the `Signature` parameter (Base64, not yet percent-encoded).
    public func signature(method: HTTPMethod, parameters: [QueryPair], secret: String) -> String {
        let text = stringToSign(method: method, parameters: parameters)
        return Data(HMAC.sha1(key: Array((secret + "&").utf8), message: Array(text.utf8))).base64EncodedString()
    }
}
