import Foundation

/// Tencent Cloud API 3.0's `TC3-HMAC-SHA256`, from "签名方法 v3" / "Signature v3":
///
///     CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n Hex(SHA256(payload))
///     StringToSign     = "TC3-HMAC-SHA256" \n Timestamp \n Date/service/tc3_request \n Hex(SHA256(CanonicalRequest))
///     SecretDate = HMAC("TC3" + SecretKey, Date); SecretService = HMAC(SecretDate, service); SecretSigning = HMAC(SecretService, "tc3_request")
///     Signature  = Hex(HMAC(SecretSigning, StringToSign))
///     Authorization = TC3-HMAC-SHA256 Credential=<SecretId>/<scope>, SignedHeaders=<names>, Signature=<sig>
///
/// Date is the UTC date of the timestamp (the document warns that a local date breaks calls around midnight).
/// Header names and values are lowercased and trimmed, as the document says.
public struct TencentTC3Signer: Sendable, Hashable {
    public static let algorithm = "TC3-HMAC-SHA256"
    /// The service name in the credential scope (`cvm`), which is not derivable from a test server's host.
    public var service: String

    public init(service: String) { self.service = service }

    public struct Signature: Sendable, Hashable {
        public var canonicalRequest: String
        public var credentialScope: String
        public var stringToSign: String
        public var signature: String
        public var authorization: String
    }

    /// `yyyy-MM-dd` in UTC (the runtime's own calendar arithmetic: no DateFormatter, so no locale or time zone can
    /// leak in).
    public static func date(ofTimestamp timestamp: Int) -> String {
        CivilTime.isoText(seconds: Int64(timestamp), precision: .day)
    }

    /// - Parameter signedHeaders: the headers that take part (at least `content-type` and `host`).
    public func sign(method: HTTPMethod, canonicalURI: String = "/", canonicalQuery: String = "",
                     signedHeaders: [String: String], payload: Data, timestamp: Int,
                     secretId: String, secretKey: String) -> Signature {
        var lowered: [String: String] = [:]
        for (name, value) in signedHeaders {
            lowered[name.lowercased()] = value.trimmingCharacters(in: .whitespaces).lowercased()
        }
        let names = lowered.keys.sorted(by: PercentEncoding.byteOrder)
        let canonicalHeaders = names.map { "\($0):\(lowered[$0]!)\n" }.joined()
        let signedNames = names.joined(separator: ";")
        let canonicalRequest = [method.rawValue, canonicalURI, canonicalQuery, canonicalHeaders, signedNames,
                                Digest.hex(Digest.sha256(payload))].joined(separator: "\n")
        let date = Self.date(ofTimestamp: timestamp)
        let scope = "\(date)/\(service)/tc3_request"
        let stringToSign = [Self.algorithm, String(timestamp), scope, Digest.hex(Digest.sha256(Array(canonicalRequest.utf8)))]
            .joined(separator: "\n")
        let secretDate = HMAC.sha256(key: Array(("TC3" + secretKey).utf8), message: date)
        let secretService = HMAC.sha256(key: secretDate, message: service)
        let secretSigning = HMAC.sha256(key: secretService, message: "tc3_request")
        let signature = Digest.hex(HMAC.sha256(key: secretSigning, message: stringToSign))
        let authorization = "\(Self.algorithm) Credential=\(secretId)/\(scope), SignedHeaders=\(signedNames), Signature=\(signature)"
        return Signature(canonicalRequest: canonicalRequest, credentialScope: scope, stringToSign: stringToSign,
                         signature: signature, authorization: authorization)
    }
}
