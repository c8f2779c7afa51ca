import DocGenRuntime
import Foundation
import XCTest

/// `ServiceClient` over `URLSessionTransport` against the Python mock, which checks every signature on its own
/// (from the vendors' documents). Each scenario runs for Alibaba RPC (HMAC-SHA1), Alibaba ACS3 and Tencent TC3.
final class MockVendorIntegrationTests: XCTestCase {
    enum Scheme: CaseIterable { case alibabaRPC, alibabaACS3, tencentTC3 }

    private var server: MockVendorServer?

    override func tearDown() {
        server?.stop()
        server = nil
    }

    static let alibabaID = "LTAI-test-id", alibabaSecret = "alibaba-test-secret"
    static let tencentID = "AKID-test-id", tencentSecret = "tencent-test-secret"

    static func script(_ actions: [String: [[String: Any]]]) -> [String: Any] {
        ["credentials": [alibabaID: alibabaSecret, tencentID: tencentSecret], "actions": actions]
    }

    private func start(_ actions: [String: [[String: Any]]]) throws -> MockVendorServer {
        let server = try MockVendorServer(script: Self.script(actions))
        self.server = server
        return server
    }

    private func client(_ scheme: Scheme, server: MockVendorServer, secret: String? = nil, retry: RetryPolicy = .none,
                        timeout: TimeInterval = 10) -> ServiceClient {
        let endpoint = Endpoint(url: server.endpointURL)!
        let transport = URLSessionTransport(requestTimeout: timeout, resourceTimeout: timeout * 2)
        switch scheme {
        case .alibabaRPC, .alibabaACS3:
            return ServiceClient(service: .alibaba("ecs", version: "2014-05-26", signature: scheme == .alibabaRPC ? .rpcHMACSHA1 : .acs3HMACSHA256),
                                 region: "cn-hangzhou",
                                 credentials: StaticCredentialsProvider(Credentials(accessKeyId: Self.alibabaID, secret: secret ?? Self.alibabaSecret,
                                                                                    securityToken: "sts-token")),
                                 endpoint: endpoint, transport: transport, retryPolicy: retry)
        case .tencentTC3:
            return ServiceClient(service: .tencent("cvm", version: "2017-03-12"), region: "ap-guangzhou",
                                 credentials: StaticCredentialsProvider(Credentials(accessKeyId: Self.tencentID, secret: secret ?? Self.tencentSecret)),
                                 endpoint: endpoint, transport: transport, retryPolicy: retry)
        }
    }

    /// Fast retries (no real waiting beyond a millisecond) that record the waits.
    private func quickRetry(_ recorder: SleepRecorder) -> RetryPolicy {
        RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(1), maxDelay: .milliseconds(2), random: { 0.5 },
                    sleep: { recorder.record($0) })
    }

    // MARK: Success

    func testSuccess() async throws {
        for scheme in Scheme.allCases {
            let server = try start([
                "DescribeRegions": [["body": ["RequestId": "r-1", "Regions": ["Region": [["RegionId": "cn-hangzhou", "LocalName": "华东1"]]]]]],
                "DescribeInstances": [["body": ["Response": ["TotalCount": 1, "InstanceSet": [["InstanceId": "ins-1"]], "RequestId": "t-1"]]]],
            ])
            if scheme == .tencentTC3 {
                let response = try await client(scheme, server: server).send(
                    DescribeInstances.Request(filters: [.init(name: "instance-name", values: ["未命名"])], limit: 1), binding: .rpcReadOnly)
                XCTAssertEqual(response.instanceIds, ["ins-1"])
                XCTAssertEqual(response.requestId, "t-1")
            } else {
                let response = try await client(scheme, server: server).send(DescribeRegions.Request(regionId: "cn-hangzhou"), binding: .rpcReadOnly)
                XCTAssertEqual(response.regions?.first?.localName, "华东1", "\(scheme)")
            }
            let log = try server.log()
            XCTAssertEqual(log.count, 1)
            XCTAssertEqual(log.first?["signatureOK"] as? Bool, true, "\(scheme)")
            if scheme != .tencentTC3 {
                XCTAssertEqual(log.first?["token"] as? String, "sts-token", "\(scheme)")
            }
            server.stop()
        }
    }

    // MARK: Documented error

    func testDocumentedErrorIsThrownTyped() async throws {
        for scheme in Scheme.allCases {
            let server = try start([
                "CreateSnapshot": [["status": 403, "body": ["RequestId": "req-err", "HostId": "ecs.aliyuncs.com",
                                                            "Code": "IncorrectDiskStatus", "Message": "The current disk status does not support this operation."]]],
                "DescribeInstances": [["body": ["Response": ["Error": ["Code": "InvalidParameterValue.LimitExceeded", "Message": "Limit too large."],
                                                             "RequestId": "req-tc-err"]]]],
            ])
            do {
                if scheme == .tencentTC3 {
                    _ = try await client(scheme, server: server).send(DescribeInstances.Request(limit: 50))
                } else {
                    _ = try await client(scheme, server: server).send(CreateSnapshot.Request(diskId: "d-1"))
                }
                XCTFail("\(scheme): expected a service error")
            } catch let error as ServiceError {
                if scheme == .tencentTC3 {
                    XCTAssertEqual(error.code, "InvalidParameterValue.LimitExceeded")
                    XCTAssertEqual(error.requestID, "req-tc-err")
                    XCTAssertEqual(error.action, "DescribeInstances")
                    XCTAssertTrue(error.matches("InvalidParameterValue.%s"))
                } else {
                    XCTAssertEqual(error.code, "IncorrectDiskStatus", "\(scheme)")
                    XCTAssertEqual(error.message, "The current disk status does not support this operation.")
                    XCTAssertEqual(error.requestID, "req-err")
                    XCTAssertEqual(error.httpStatus, 403)
                    XCTAssertEqual(error.action, "CreateSnapshot")
                }
            }
            server.stop()
        }
    }

    // MARK: Throttling, then success

    func testThrottledTwiceThenSuccess() async throws {
        for scheme in Scheme.allCases {
            let server = try start([
                "CreateSnapshot": [
                    ["status": 400, "times": 2, "body": ["RequestId": "t", "HostId": "ecs.aliyuncs.com", "Code": "Throttling.User",
                                                         "Message": "Request was denied due to user flow control."]],
                    ["body": ["RequestId": "ok", "SnapshotId": "s-1"]],
                ],
                "DescribeInstances": [
                    ["times": 2, "body": ["Response": ["Error": ["Code": "RequestLimitExceeded", "Message": "Your request is too frequent."],
                                                       "RequestId": "t"]]],
                    ["body": ["Response": ["TotalCount": 0, "InstanceSet": [], "RequestId": "ok"]]],
                ],
            ])
            let recorder = SleepRecorder()
            if scheme == .tencentTC3 {
                let response = try await client(scheme, server: server, retry: quickRetry(recorder)).send(DescribeInstances.Request())
                XCTAssertEqual(response.requestId, "ok")
            } else {
                let response = try await client(scheme, server: server, retry: quickRetry(recorder)).send(CreateSnapshot.Request(diskId: "d"))
                XCTAssertEqual(response.snapshotId, "s-1", "\(scheme)")
            }
            XCTAssertEqual(recorder.delays.count, 2, "\(scheme)")
            let log = try server.log()
            XCTAssertEqual(log.count, 3)
            XCTAssertTrue(log.allSatisfy { $0["signatureOK"] as? Bool == true }, "\(scheme): every retry is signed anew")
            server.stop()
        }
    }

    // MARK: Timeout

    func testTimeout() async throws {
        for scheme in Scheme.allCases {
            let server = try start([
                "DescribeRegions": [["delay": 3, "body": ["RequestId": "late"]]],
                "DescribeInstances": [["delay": 3, "body": ["Response": ["RequestId": "late"]]]],
            ])
            do {
                if scheme == .tencentTC3 {
                    _ = try await client(scheme, server: server, timeout: 0.5).send(DescribeInstances.Request())
                } else {
                    _ = try await client(scheme, server: server, timeout: 0.5).send(DescribeRegions.Request())
                }
                XCTFail("\(scheme): expected a timeout")
            } catch let error as TransportError {
                XCTAssertEqual(error.kind, .timedOut, "\(scheme): \(error)")
                XCTAssertNotNil(error.action)
            }
            server.stop()
        }
    }

    // MARK: Three pages

    func testPaginatedListAcrossThreePages() async throws {
        for scheme in Scheme.allCases {
            let server = try start([
                "DescribeSnapshots": [
                    ["expect": ["PageSize": "2"], "body": ["TotalCount": 5, "PageNumber": 1, "Snapshots": ["Snapshot": [["SnapshotId": "s1"], ["SnapshotId": "s2"]]]]],
                    ["expect": ["PageNumber": "2"], "body": ["TotalCount": 5, "PageNumber": 2, "Snapshots": ["Snapshot": [["SnapshotId": "s3"], ["SnapshotId": "s4"]]]]],
                    ["expect": ["PageNumber": "3"], "body": ["TotalCount": 5, "PageNumber": 3, "Snapshots": ["Snapshot": [["SnapshotId": "s5"]]]]],
                ],
                "DescribeInstances": [
                    ["expect": ["Limit": "2"], "body": ["Response": ["TotalCount": 5, "InstanceSet": [["InstanceId": "i1"], ["InstanceId": "i2"]]]]],
                    ["expect": ["Offset": "2"], "body": ["Response": ["TotalCount": 5, "InstanceSet": [["InstanceId": "i3"], ["InstanceId": "i4"]]]]],
                    ["expect": ["Offset": "4"], "body": ["Response": ["TotalCount": 5, "InstanceSet": [["InstanceId": "i5"]]]]],
                ],
            ])
            let items: [String]
            if scheme == .tencentTC3 {
                let pages = try await client(scheme, server: server)
                    .paginate(DescribeInstances.Request(limit: 2), strategy: DescribeInstances.pagination).allPages()
                items = pages.flatMap { $0.instanceIds ?? [] }
            } else {
                let pages = try await client(scheme, server: server)
                    .paginate(DescribeSnapshots.Request(regionId: "cn-hangzhou", pageSize: 2), strategy: DescribeSnapshots.pagination).allPages()
                items = pages.flatMap { $0.snapshotIds ?? [] }
            }
            XCTAssertEqual(items, scheme == .tencentTC3 ? ["i1", "i2", "i3", "i4", "i5"] : ["s1", "s2", "s3", "s4", "s5"], "\(scheme)")
            XCTAssertEqual(try server.log().count, 3)
            server.stop()
        }
    }

    // MARK: Bad signature

    func testBadSignatureIsRejectedWithTheVendorsError() async throws {
        for scheme in Scheme.allCases {
            let server = try start([
                "DescribeRegions": [["body": ["RequestId": "never"]]],
                "DescribeInstances": [["body": ["Response": ["RequestId": "never"]]]],
            ])
            do {
                if scheme == .tencentTC3 {
                    _ = try await client(scheme, server: server, secret: "wrong-secret").send(DescribeInstances.Request())
                } else {
                    _ = try await client(scheme, server: server, secret: "wrong-secret").send(DescribeRegions.Request())
                }
                XCTFail("\(scheme): a bad signature must be rejected")
            } catch let error as ServiceError {
                if scheme == .tencentTC3 {
                    XCTAssertEqual(error.code, "AuthFailure.SignatureFailure")
                } else {
                    XCTAssertEqual(error.code, "SignatureDoesNotMatch", "\(scheme)")
                    XCTAssertEqual(error.httpStatus, 400)
                }
                XCTAssertFalse(error.isRetryable)
                XCTAssertFalse("\(error)".contains("wrong-secret"))
            }
            server.stop()
        }
    }

    // MARK: Cancellation

    /// A cancelled caller never waits for the network: the data task is cancelled and `CancellationError` thrown,
    /// although the mock would take 3 seconds to answer. (The task cancels itself first, so nothing is timed.)
    func testCancellationReachesURLSession() async throws {
        let server = try start(["DescribeRegions": [["delay": 3, "body": ["RequestId": "late"]]]])
        let client = client(.alibabaACS3, server: server)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.send(DescribeRegions.Request())
        }
        do {
            _ = try await task.value
            XCTFail("expected cancellation")
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
    }
}
