import Foundation

/// An error the service returned: the vendor's code and message, the request ID to quote to support, the HTTP
/// status and the operation that failed.
///
/// It carries the code as text so one type serves every product; `code(as:)` gives the product's typed code
/// (`AlibabaEcsError`) to compare with its documented members.
public struct ServiceError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var message: String?
    public var requestID: String?
    public var httpStatus: Int
    /// The operation (`Action`) that failed.
    public var action: String

    public init(code: String, message: String?, requestID: String?, httpStatus: Int, action: String) {
        self.code = code
        self.message = message
        self.requestID = requestID
        self.httpStatus = httpStatus
        self.action = action
    }

    /// The code as the product's error type: `error.code(as: AlibabaEcsError.self) == .invalidDiskIdNotFound`.
    public func code<Code: ServiceErrorCode>(as type: Code.Type) -> Code { Code(code: code) }

    /// Whether this is `expected` or, for a documented placeholder family (`InvalidParameter.%s`), one of its members.
    public func matches(_ expected: some ServiceErrorCode) -> Bool { ErrorCodePattern.matches(expected.code, code) }

    public func matches(_ pattern: String) -> Bool { ErrorCodePattern.matches(pattern, code) }

    /// Whether sending the same request again may succeed: throttling, a busy or unavailable service, an internal
    /// error, HTTP 429 or any 5xx. A retry of a non-idempotent operation is further limited by `RetryPolicy`.
    public var isRetryable: Bool { isThrottling || httpStatus >= 500 || Self.transientCodes.contains(code) }

    /// The service refused the request before doing anything with it, so a retry can never apply it twice.
    public var isThrottling: Bool {
        httpStatus == 429 || code.hasPrefix("Throttling") || code.hasPrefix("RequestLimitExceeded")
            || code == "LimitExceeded.Throttling" || code == "ServiceBusy" || code == "TooManyRequests"
    }

    static let transientCodes: Set<String> = [
        "ServiceUnavailable", "InternalError", "InternalError.Unknown", "UnknownError", "InternalFailure",
        "ServiceUnavailableTemporary", "ResourceUnavailable.ServiceBusy", "FailedOperation.ServiceBusy",
    ]

    public var description: String {
        var text = "\(action) failed with \(code) (HTTP \(httpStatus))"
        if let message { text += ": \(message)" }
        if let requestID { text += " [request \(requestID)]" }
        return text
    }
}

/// Matching of documented error codes that contain placeholders: Tencent pages list `InvalidParameter.%s` or
/// `FailedOperation.%s` for a family of codes. A `%s` or `%d` (or `*`) stands for one or more characters.
public enum ErrorCodePattern {
    public static func matches(_ pattern: String, _ code: String) -> Bool {
        let parts = pattern.replacingOccurrences(of: "%d", with: "%s").replacingOccurrences(of: "*", with: "%s")
            .components(separatedBy: "%s")
        if parts.count == 1 { return pattern == code }
        guard code.hasPrefix(parts[0]) else { return false }
        var rest = Substring(code.dropFirst(parts[0].count))
        for (index, part) in parts.enumerated().dropFirst() {
            let isLast = index == parts.count - 1
            if isLast {
                return rest.count > part.count && rest.hasSuffix(part)
            }
            // Each placeholder takes at least one character.
            guard !rest.isEmpty, let range = rest.dropFirst().range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }
}

/// A mistake found on this side before or after the exchange: nothing the service said.
public enum ServiceClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No credentials provider found credentials.
    case noCredentials
    /// A ROA path placeholder had no value.
    case missingPathParameter(String)
    /// A success response could not be decoded as the operation's response type.
    case undecodableResponse(action: String, httpStatus: Int, detail: String)

    public var description: String {
        switch self {
        case .noCredentials: "no credentials: none given, none in the environment, none in the CLI config"
        case .missingPathParameter(let name): "path parameter {\(name)} has no value"
        case .undecodableResponse(let action, let status, let detail):
            "the response of \(action) (HTTP \(status)) could not be decoded: \(detail)"
        }
    }
}
