import DocGenRuntime
import Foundation
import Testing

/// Every suite of this package: one mock vendor per test, tests one at a time (the timeout test measures nothing,
/// but a loaded machine should not have to answer several mocks at once).
@Suite(.serialized, .enabled(if: MockVendor.python3 != nil, "python3 is not on PATH: the mock vendor needs it"))
struct GeneratedClientsAgainstTheMockVendor {}

/// How an Alibaba request is signed in a scenario: the generated client's `signature:` choice.
enum AlibabaScheme: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case rpcHMACSHA1, acs3

    var signature: ServiceDescriptor.AlibabaSignature { self == .acs3 ? .acs3HMACSHA256 : .rpcHMACSHA1 }
    /// What the mock logs for an RPC-style request signed this way.
    var loggedProtocol: String { self == .acs3 ? "acs3" : "rpc" }
    var testDescription: String { rawValue }
}

/// A URLSession transport with short timeouts (the timeout scenario passes a shorter one still).
func transport(timeout: TimeInterval = 10) -> URLSessionTransport {
    URLSessionTransport(requestTimeout: timeout, resourceTimeout: timeout * 2)
}

func alibabaCredentials(secret: String = Keys.alibabaSecret) -> StaticCredentialsProvider {
    StaticCredentialsProvider(Credentials(accessKeyId: Keys.alibabaID, secret: secret, securityToken: "sts-token"))
}

func tencentCredentials(secret: String = Keys.tencentSecret) -> StaticCredentialsProvider {
    StaticCredentialsProvider(Credentials(accessKeyId: Keys.tencentID, secret: secret))
}

func endpoint(_ mock: MockVendor) -> Endpoint { Endpoint(url: mock.endpointURL)! }

/// Waits that end at once and are recorded, so a retry scenario takes milliseconds and can count its retries.
final class SleepRecorder: @unchecked Sendable {
    // @unchecked: `recorded` is only touched under `lock`.
    private let lock = NSLock()
    private var recorded: [Duration] = []
    var delays: [Duration] { lock.withLock { recorded } }

    func record(_ delay: Duration) { lock.withLock { recorded.append(delay) } }

    var policy: RetryPolicy {
        RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(1), maxDelay: .milliseconds(2), random: { 0.5 },
                    sleep: { [self] delay in record(delay) })
    }
}

/// `value[key]` when `value` is a JSON object holding a string there.
func string(_ value: JSONValue?, _ key: String) -> String? {
    guard case .object(let object)? = value, case .string(let text)? = object[key] else { return nil }
    return text
}

/// A JSON object of the page as the runtime's `JSONValue`, to compare with what the generated response holds.
func jsonValue(_ object: Any) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: JSONSerialization.data(withJSONObject: object, options: [.fragmentsAllowed]))
}

/// Alibaba's error body (RPC and ROA alike).
func alibabaErrorBody(code: String, message: String?, requestID: String) -> [String: Any] {
    ["RequestId": requestID, "HostId": "mock.aliyuncs.com", "Code": code, "Message": message ?? code]
}

/// Tencent's error body: HTTP 200 with `Response.Error`.
func tencentErrorBody(code: String, message: String?, requestID: String) -> [String: Any] {
    ["Response": ["Error": ["Code": code, "Message": message ?? code], "RequestId": requestID]]
}
