import DocGenRuntime
import Foundation
import XCTest

/// The client core through the scripted transport: what goes on the wire, how answers are read, retries.
final class ServiceClientTests: XCTestCase {
    let alibabaKey = Credentials(accessKeyId: "testid", secret: "testsecret")

    func alibabaClient(_ transport: ScriptedTransport, signature: ServiceDescriptor.AlibabaSignature = .rpcHMACSHA1,
                       credentials: Credentials? = nil, retry: RetryPolicy = .none, decoding: DecodingMode = .lenient,
                       validates: Bool = true) -> ServiceClient {
        ServiceClient(service: .alibaba("ecs", version: "2014-05-26", signature: signature), region: "cn-hangzhou",
                      credentials: StaticCredentialsProvider(credentials ?? alibabaKey), transport: transport,
                      retryPolicy: retry, validatesRequests: validates, decodingMode: decoding, environment: .fixed(fixedDate))
    }

    func tencentClient(_ transport: ScriptedTransport, credentials: Credentials? = nil, retry: RetryPolicy = .none) -> ServiceClient {
        ServiceClient(service: .tencent("cvm", version: "2017-03-12"), region: "ap-guangzhou",
                      credentials: StaticCredentialsProvider(credentials ?? Credentials(accessKeyId: "AKIDtest", secret: "tencentsecret")),
                      transport: transport, retryPolicy: retry, environment: .fixed(fixedDate))
    }

    // MARK: Common parameters and signing

    func testAlibabaRPCAddsEveryCommonParameterIncludingVersion() async throws {
        let transport = ScriptedTransport(json: #"{"RequestId":"r1","Regions":{"Region":[{"RegionId":"cn-hangzhou"}]}}"#)
        let client = alibabaClient(transport, signature: .rpcHMACSHA1,
                                   credentials: Credentials(accessKeyId: "testid", secret: "testsecret", securityToken: "sts-token"))
        let response = try await client.send(DescribeRegions.Request(regionId: "cn-hangzhou"), binding: .rpc(method: .get, isIdempotent: true))
        XCTAssertEqual(response.regions?.first?.regionId, "cn-hangzhou")

        let sent = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(sent.url.host, "ecs.cn-hangzhou.aliyuncs.com")
        XCTAssertEqual(sent.queryValue("Action"), "DescribeRegions")
        XCTAssertEqual(sent.queryValue("Version"), "2014-05-26")
        XCTAssertEqual(sent.queryValue("Format"), "JSON")
        XCTAssertEqual(sent.queryValue("Timestamp"), "2019-02-25T16:44:25Z")
        XCTAssertEqual(sent.queryValue("SignatureMethod"), "HMAC-SHA1")
        XCTAssertEqual(sent.queryValue("SignatureVersion"), "1.0")
        XCTAssertEqual(sent.queryValue("SignatureNonce"), "nonce-1")
        XCTAssertEqual(sent.queryValue("AccessKeyId"), "testid")
        XCTAssertEqual(sent.queryValue("SecurityToken"), "sts-token")
        XCTAssertEqual(sent.queryValue("RegionId"), "cn-hangzhou")
        // The signature is the signer's over everything else that was sent.
        let items = URLComponents(url: sent.url, resolvingAgainstBaseURL: false)!.queryItems!
        let signed = items.filter { $0.name != "Signature" }.map { QueryPair($0.name, $0.value ?? "") }
        XCTAssertEqual(sent.queryValue("Signature"), AlibabaRPCSigner().signature(method: .get, parameters: signed, secret: "testsecret"))
    }

    func testAlibabaRPCPostSendsOperationParametersAsAForm() async throws {
        let transport = ScriptedTransport(json: #"{"RequestId":"r1","SnapshotId":"s-1"}"#)
        _ = try await alibabaClient(transport).send(CreateSnapshot.Request(diskId: "d-1 2"))
        let sent = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(sent.method, .post)
        XCTAssertNil(sent.queryValue("DiskId"))
        XCTAssertEqual(String(decoding: sent.body, as: UTF8.self), "DiskId=d-1%202")
        XCTAssertEqual(sent.header("content-type"), "application/x-www-form-urlencoded")
    }

    func testAlibabaACS3PutsTheOperationInHeaders() async throws {
        let transport = ScriptedTransport(json: #"{"RequestId":"r1","Regions":{"Region":[]}}"#)
        let client = alibabaClient(transport, signature: .acs3HMACSHA256,
                                   credentials: Credentials(accessKeyId: "testid", secret: "testsecret", securityToken: "sts"))
        _ = try await client.send(DescribeRegions.Request(regionId: "cn-hangzhou"), binding: .rpcReadOnly)
        let sent = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(sent.header("x-acs-action"), "DescribeRegions")
        XCTAssertEqual(sent.header("x-acs-version"), "2014-05-26")
        XCTAssertEqual(sent.header("x-acs-date"), "2019-02-25T16:44:25Z")
        XCTAssertEqual(sent.header("x-acs-signature-nonce"), "nonce-1")
        XCTAssertEqual(sent.header("x-acs-security-token"), "sts")
        XCTAssertEqual(sent.header("x-acs-content-sha256"), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(sent.queryValue("RegionId"), "cn-hangzhou")
        let authorization = try XCTUnwrap(sent.header("Authorization"))
        XCTAssertTrue(authorization.hasPrefix("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,Signature="), authorization)
    }

    func testROAFillsThePathQueryHeaderAndBody() async throws {
        let transport = ScriptedTransport(json: #"{"requestId":"r-roa"}"#)
        let client = ServiceClient(service: .alibaba("cs", version: "2015-12-15", isRegional: false), region: nil,
                                   credentials: StaticCredentialsProvider(alibabaKey), transport: transport,
                                   retryPolicy: .none, environment: .fixed(fixedDate))
        let request = DeleteTrigger.Request(clusterId: "c 1", type: "deploy", traceId: "t-1", names: ["a", "b"])
        let response = try await client.send(request, binding: .roa(.delete, "/clusters/{ClusterId}/triggers"))
        XCTAssertEqual(response.requestId, "r-roa")
        let sent = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(sent.method, .delete)
        XCTAssertEqual(sent.url.absoluteString, "https://cs.aliyuncs.com/clusters/c%201/triggers?Type=deploy")
        XCTAssertEqual(sent.header("x-acs-trace-id"), "t-1")
        XCTAssertEqual(String(decoding: sent.body, as: UTF8.self), #"{"Names":["a","b"]}"#)
        XCTAssertEqual(sent.header("x-acs-content-sha256"), Digest.hex(Digest.sha256(sent.body)))
        XCTAssertTrue(sent.header("Authorization")!.contains("SignedHeaders=content-type;host;x-acs-action;"))
    }

    func testROAPathParameterMustHaveAValue() {
        XCTAssertThrowsError(try HTTPBinding.roa(.get, "/clusters/{ClusterId}").path(with: [:])) { error in
            XCTAssertEqual(error as? ServiceClientError, .missingPathParameter("ClusterId"))
        }
    }

    func testTencentSendsHeadersAndTheRequestAsJSON() async throws {
        let transport = ScriptedTransport(json: #"{"Response":{"TotalCount":1,"InstanceSet":[{"InstanceId":"ins-1"}],"RequestId":"r"}}"#)
        let client = tencentClient(transport, credentials: Credentials(accessKeyId: "AKIDtest", secret: "tencentsecret", securityToken: "tok"))
        let request = DescribeInstances.Request(filters: [.init(name: "instance-name", values: ["未命名"])], limit: 1)
        let response = try await client.send(request, binding: .rpcReadOnly)
        XCTAssertEqual(response.instanceIds, ["ins-1"])
        let sent = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(sent.method, .post)
        XCTAssertEqual(sent.url.absoluteString, "https://cvm.tencentcloudapi.com/")
        XCTAssertEqual(sent.header("X-TC-Action"), "DescribeInstances")
        XCTAssertEqual(sent.header("X-TC-Version"), "2017-03-12")
        XCTAssertEqual(sent.header("X-TC-Region"), "ap-guangzhou")
        XCTAssertEqual(sent.header("X-TC-Timestamp"), "1551113065")
        XCTAssertEqual(sent.header("X-TC-Token"), "tok")
        XCTAssertEqual(sent.header("Content-Type"), "application/json; charset=utf-8")
        XCTAssertEqual(String(decoding: sent.body, as: UTF8.self), #"{"Filters":[{"Name":"instance-name","Values":["未命名"]}],"Limit":1}"#)
        let expected = TencentTC3Signer(service: "cvm").sign(
            method: .post, signedHeaders: ["content-type": "application/json; charset=utf-8", "host": "cvm.tencentcloudapi.com",
                                           "x-tc-action": "DescribeInstances"],
            payload: sent.body, timestamp: 1_551_113_065, secretId: "AKIDtest", secretKey: "tencentsecret")
        XCTAssertEqual(sent.header("Authorization"), expected.authorization)
    }

    // MARK: Errors before decoding

    func testAlibabaErrorBodyIsThrownTypedNeverDecoded() async throws {
        let transport = ScriptedTransport(status: 404, json: #"{"RequestId":"req-9","HostId":"ecs.aliyuncs.com","Code":"InvalidDiskId.NotFound","Message":"The specified disk does not exist."}"#)
        do {
            _ = try await alibabaClient(transport).send(CreateSnapshot.Request(diskId: "d-x"))
            XCTFail("an error body must not decode as a success")
        } catch let error as ServiceError {
            XCTAssertEqual(error.code, "InvalidDiskId.NotFound")
            XCTAssertEqual(error.message, "The specified disk does not exist.")
            XCTAssertEqual(error.requestID, "req-9")
            XCTAssertEqual(error.httpStatus, 404)
            XCTAssertEqual(error.action, "CreateSnapshot")
            XCTAssertFalse(error.isRetryable)
        }
    }

    func testAlibabaCodeOnlyBodyWithStatus200IsAnError() async throws {
        let transport = ScriptedTransport(json: #"{"RequestId":"r","Code":"Forbidden.RAM","Message":"User not authorized"}"#)
        do {
            _ = try await alibabaClient(transport).send(CreateSnapshot.Request(diskId: "d"))
            XCTFail("expected an error")
        } catch let error as ServiceError {
            XCTAssertEqual(error.code, "Forbidden.RAM")
            XCTAssertEqual(error.httpStatus, 200)
        }
    }

    func testAlibabaSuccessBodyThatHasACodeIsASuccess() throws {
        let ok = HTTPResponse(statusCode: 200, json: #"{"RequestId":"r","Code":"200","Data":{"x":1}}"#)
        XCTAssertNil(ErrorDetection.serviceError(in: ok, vendor: .alibaba, action: "A"))
        let withPayload = HTTPResponse(statusCode: 200, json: #"{"RequestId":"r","Code":"Something","SnapshotId":"s"}"#)
        XCTAssertNil(ErrorDetection.serviceError(in: withPayload, vendor: .alibaba, action: "A"))
    }

    func testTencentErrorInA200IsThrown() async throws {
        let transport = ScriptedTransport(json: #"{"Response":{"Error":{"Code":"InvalidParameter.Filter","Message":"bad filter"},"RequestId":"tr-1"}}"#)
        do {
            _ = try await tencentClient(transport).send(DescribeInstances.Request())
            XCTFail("expected an error")
        } catch let error as ServiceError {
            XCTAssertEqual(error.code, "InvalidParameter.Filter")
            XCTAssertEqual(error.requestID, "tr-1")
            XCTAssertTrue(error.matches(TestProductError.invalidParameter_s))
            XCTAssertFalse(error.matches(TestProductError.throttling))
        }
    }

    func testAnUnreadable5xxIsAnHTTPError() {
        let response = HTTPResponse(statusCode: 502, body: Data("<html>bad gateway</html>".utf8))
        let error = ErrorDetection.serviceError(in: response, vendor: .tencent, action: "A")
        XCTAssertEqual(error?.code, "HTTP502")
        XCTAssertEqual(error?.isRetryable, true)
    }

    // MARK: Retries

    func testThrottledTwiceThenSuccessRetriesWithBackoff() async throws {
        let throttled = HTTPResponse(statusCode: 400, json: #"{"RequestId":"t","Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#)
        let transport = ScriptedTransport([.respond(throttled), .respond(throttled),
                                           .respond(HTTPResponse(statusCode: 200, json: #"{"RequestId":"ok","SnapshotId":"s-1"}"#))])
        let sleeps = SleepRecorder()
        // CreateSnapshot is not idempotent and has no ClientToken: throttling is still retried (never applied).
        let response = try await alibabaClient(transport, retry: sleeps.policy()).send(CreateSnapshot.Request(diskId: "d"))
        XCTAssertEqual(response.snapshotId, "s-1")
        XCTAssertEqual(transport.requests.count, 3)
        XCTAssertEqual(sleeps.delays, [.milliseconds(50), .milliseconds(100)])
        // Each attempt is signed anew (fresh nonce).
        XCTAssertEqual(Set(transport.requests.map { $0.queryValue("SignatureNonce") }).count, 3)
    }

    func testAServerErrorIsRetriedOnlyWhenSafe() async throws {
        let failing = HTTPResponse(statusCode: 500, json: #"{"RequestId":"t","Code":"InternalError","Message":"oops"}"#)
        let success = HTTPResponse(statusCode: 200, json: #"{"RequestId":"ok","SnapshotId":"s-1"}"#)

        let unsafe = ScriptedTransport([.respond(failing), .respond(success)])
        do {
            _ = try await alibabaClient(unsafe, retry: SleepRecorder().policy()).send(CreateSnapshot.Request(diskId: "d"))
            XCTFail("a non-idempotent call without ClientToken must not be retried after a 500")
        } catch let error as ServiceError {
            XCTAssertEqual(error.code, "InternalError")
        }
        XCTAssertEqual(unsafe.requests.count, 1)

        let withToken = ScriptedTransport([.respond(failing), .respond(success)])
        _ = try await alibabaClient(withToken, retry: SleepRecorder().policy()).send(CreateSnapshot.Request(diskId: "d", clientToken: "tok-1"))
        XCTAssertEqual(withToken.requests.count, 2)

        let readOnly = ScriptedTransport([.fail(TransportError(kind: .connectionLost, detail: "reset")),
                                          .respond(HTTPResponse(statusCode: 200, json: #"{"RequestId":"r"}"#))])
        _ = try await alibabaClient(readOnly, retry: SleepRecorder().policy()).send(DescribeRegions.Request(), binding: .rpcReadOnly)
        XCTAssertEqual(readOnly.requests.count, 2)
    }

    func testRetriesStopAtMaxAttemptsAndDeadline() async throws {
        let throttled = HTTPResponse(statusCode: 429, json: #"{"RequestId":"t","Code":"Throttling","Message":"slow down"}"#)
        let transport = ScriptedTransport([.respond(throttled)])
        let sleeps = SleepRecorder()
        await XCTAssertThrowsErrorAsync(try await self.alibabaClient(transport, retry: sleeps.policy(maxAttempts: 4)).send(DescribeRegions.Request()))
        XCTAssertEqual(transport.requests.count, 4)
        XCTAssertEqual(sleeps.delays, [.milliseconds(50), .milliseconds(100), .milliseconds(200)])

        var tight = sleeps.policy(maxAttempts: 10, random: 0.999)
        tight.totalDeadline = .milliseconds(150)
        let second = ScriptedTransport([.respond(throttled)])
        await XCTAssertThrowsErrorAsync(try await self.alibabaClient(second, retry: tight).send(DescribeRegions.Request()))
        // The first wait (≈100 ms) fits in 150 ms; the second (≈200 ms) would not.
        XCTAssertEqual(second.requests.count, 1 + 1)
    }

    func testBackoffIsCappedAndJittered() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .milliseconds(500), random: { 1 })
        XCTAssertEqual((1...6).map { policy.delay(afterAttempt: $0) },
                       [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(500), .milliseconds(500), .milliseconds(500)])
        let zero = RetryPolicy(random: { 0 })
        XCTAssertEqual(zero.delay(afterAttempt: 3), .zero)
        XCTAssertFalse(RetryPolicy.none.shouldRetry(ServiceError(code: "Throttling", message: nil, requestID: nil, httpStatus: 400, action: "A"),
                                                     attempt: 1, isIdempotent: true))
    }

    // MARK: Validation and decoding modes

    func testValidationRunsBeforeSendingAndCanBeTurnedOff() async throws {
        let transport = ScriptedTransport(json: #"{"RequestId":"r"}"#)
        await XCTAssertThrowsErrorAsync(try await self.alibabaClient(transport).send(DescribeRegions.Request(acceptLanguage: "fr"))) { error in
            XCTAssertTrue(error is ValidationError)
        }
        XCTAssertTrue(transport.requests.isEmpty)
        _ = try await alibabaClient(transport, validates: false).send(DescribeRegions.Request(acceptLanguage: "fr"))
        XCTAssertEqual(transport.requests.count, 1)
    }

    func testStrictDecodingReportsUnknownAndIllTypedFields() async throws {
        let body = #"{"RequestId":"r","TotalCount":"many","PageNumber":1,"Snapshots":{"Snapshot":[{"SnapshotId":"s-1","Extra":true}]},"Surprise":1}"#
        let lenient = try await alibabaClient(ScriptedTransport(json: body)).send(DescribeSnapshots.Request(regionId: "cn"))
        XCTAssertNil(lenient.totalCount)
        XCTAssertEqual(lenient.snapshotIds, ["s-1"])

        do {
            _ = try await alibabaClient(ScriptedTransport(json: body), decoding: .strict).send(DescribeSnapshots.Request(regionId: "cn"))
            XCTFail("strict decoding must report the differences")
        } catch let error as ResponseDecodingError {
            XCTAssertEqual(Set(error.issues), [.illTyped(path: "TotalCount"), .unknownField(path: "Surprise"),
                                               .unknownField(path: "Snapshots.Snapshot[0].Extra")])
        }
        let clean = #"{"RequestId":"r","TotalCount":1,"PageNumber":1,"Snapshots":{"Snapshot":[{"SnapshotId":"s-1"}]}}"#
        let strict = try await alibabaClient(ScriptedTransport(json: clean), decoding: .strict).send(DescribeSnapshots.Request(regionId: "cn"))
        XCTAssertEqual(strict.totalCount, 1)
    }

    func testNoCredentialsIsReported() async {
        let client = ServiceClient(service: .alibaba("ecs", version: "2014-05-26"), region: "cn-hangzhou",
                                   credentials: CredentialsProviderChain([]), transport: ScriptedTransport(json: "{}"))
        await XCTAssertThrowsErrorAsync(try await client.send(DescribeRegions.Request())) { error in
            XCTAssertEqual(error as? ServiceClientError, .noCredentials)
        }
    }

    func testCancellationPropagates() async {
        let transport = ScriptedTransport(json: #"{"RequestId":"r"}"#)
        let client = alibabaClient(transport)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.send(DescribeRegions.Request())
        }
        await XCTAssertThrowsErrorAsync(try await task.value) { error in
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
    }
}

func XCTAssertThrowsErrorAsync<T>(_ expression: @autoclosure () async throws -> T, file: StaticString = #filePath,
                                  line: UInt = #line, _ handler: (any Error) -> Void = { _ in }) async {
    do {
        _ = try await expression()
        XCTFail("expected an error", file: file, line: line)
    } catch {
        handler(error)
    }
}
