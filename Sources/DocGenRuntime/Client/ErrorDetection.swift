import Foundation

/// Decides whether a response is a service error, before anything tries to decode it as a success: an error body
/// never becomes a success value whose fields are all nil.
///
/// - Tencent: `Response.Error` present, whatever the HTTP status (Tencent answers errors with 200).
/// - Alibaba: HTTP status ≥ 400, or a 200 body that holds `Code` and nothing but the error envelope's fields.
/// - Any vendor: HTTP status ≥ 400 even when the body cannot be read (the code is then `HTTP<status>`).
public enum ErrorDetection {
    /// The fields of Alibaba's error envelope; a body with any other field is a success payload.
    static let alibabaEnvelopeKeys: Set<String> = [
        "Code", "Message", "RequestId", "HostId", "Recommend", "AccessDeniedDetail", "Success", "HttpStatusCode",
    ]
    /// Codes some Alibaba APIs return on success.
    static let alibabaSuccessCodes: Set<String> = ["200", "OK", "Ok", "ok", "Success", "success", "0"]

    public static func serviceError(in response: HTTPResponse, vendor: ServiceDescriptor.Vendor, action: String) -> ServiceError? {
        let json = try? JSONDecoder().decode(JSONValue.self, from: response.body)
        switch vendor {
        case .tencent:
            if case .object(let root)? = json, case .object(let inner)? = root["Response"],
               case .object(let error)? = inner["Error"] {
                return ServiceError(code: error["Code"]?.text ?? "HTTP\(response.statusCode)", message: error["Message"]?.text,
                                    requestID: inner["RequestId"]?.text, httpStatus: response.statusCode, action: action)
            }
        case .alibaba:
            if case .object(let body)? = json, let code = body["Code"]?.text {
                let onlyEnvelope = Set(body.keys).isSubset(of: alibabaEnvelopeKeys)
                if response.statusCode >= 400 || (onlyEnvelope && !alibabaSuccessCodes.contains(code)) {
                    return ServiceError(code: code, message: body["Message"]?.text, requestID: body["RequestId"]?.text,
                                        httpStatus: response.statusCode, action: action)
                }
            }
        }
        guard response.statusCode >= 400 else { return nil }
        return ServiceError(code: "HTTP\(response.statusCode)", message: nil,
                            requestID: response.header("x-acs-request-id") ?? response.header("X-TC-RequestId"),
                            httpStatus: response.statusCode, action: action)
    }
}

extension JSONValue {
    /// A scalar as text (codes sometimes arrive as numbers).
    var text: String? {
        switch self {
        case .string(let value): value
        case .number(let value): value.queryString
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }
}
