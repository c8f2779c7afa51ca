import AlibabaEcs
import DocGenRuntime
import Foundation
import Testing

extension GeneratedClientsAgainstTheMockVendor {
    /// The generated `AlibabaEcsClient` (RPC style: parameters in the query or a form body) from the ECS pages
    /// CreateSnapshot and DescribeSnapshots, signed with the classic RPC signature and with ACS3.
    @Suite struct AlibabaRPC {
        static let createSnapshot = "alibaba/ecs/2014-05-26/CreateSnapshot"
        static let diskID = "d-bp1s5fnvk4gn2tws0****"

        func client(_ mock: MockVendor, _ scheme: AlibabaScheme, secret: String = Keys.alibabaSecret,
                    retry: RetryPolicy = .none, timeout: TimeInterval = 10) -> AlibabaEcsClient {
            AlibabaEcsClient(region: "cn-hangzhou", credentials: alibabaCredentials(secret: secret), endpoint: endpoint(mock),
                             signature: scheme.signature, transport: transport(timeout: timeout), retryPolicy: retry)
        }

        @Test(arguments: AlibabaScheme.allCases)
        func successDecodesThePagesExampleResponse(scheme: AlibabaScheme) async throws {
            let example = try PageFacts.exampleResponse(Self.createSnapshot)
            let mock = try MockVendor(actions: ["CreateSnapshot": [["body": example]]])
            defer { mock.stop() }

            let response = try await client(mock, scheme).createSnapshot(.init(diskId: Self.diskID, snapshotName: "integration"))

            #expect(response.requestId == example["RequestId"] as? String)
            #expect(response.snapshotId == example["SnapshotId"] as? String)
            let log = try mock.log()
            #expect(log.count == 1)
            #expect(log.first?["signatureOK"] as? Bool == true)
            #expect(log.first?["protocol"] as? String == scheme.loggedProtocol)
            #expect(log.first?["action"] as? String == "CreateSnapshot")
            let params = log.first?["params"] as? [String: Any]
            #expect(params?["DiskId"] as? String == Self.diskID)
            #expect(params?["SnapshotName"] as? String == "integration")
            #expect(log.first?["token"] as? String == "sts-token")
        }

        @Test(arguments: AlibabaScheme.allCases)
        func documentedErrorIsThrownAsTheProductsError(scheme: AlibabaScheme) async throws {
            let documented = try PageFacts.documentedError(Self.createSnapshot, code: "InvalidDiskId.NotFound")
            let status = try #require(documented.httpStatus)
            let mock = try MockVendor(actions: ["CreateSnapshot": [[
                "status": status,
                "body": alibabaErrorBody(code: documented.code, message: documented.message, requestID: "req-documented"),
            ]]])
            defer { mock.stop() }
            let client = client(mock, scheme)

            var caughtByMember = false
            do {
                _ = try await client.createSnapshot(.init(diskId: Self.diskID))
            } catch AlibabaEcsError.invalidDiskIdNotFound {
                caughtByMember = true
            }
            #expect(caughtByMember)

            let error = try await #require(throws: ServiceError.self) { try await client.createSnapshot(.init(diskId: Self.diskID)) }
            #expect(error.code == documented.code)
            #expect(error.message == documented.message)
            #expect(error.requestID == "req-documented")
            #expect(error.httpStatus == status)
            #expect(error.action == "CreateSnapshot")
            #expect(error.code(as: AlibabaEcsError.self) == .invalidDiskIdNotFound)
            #expect(!error.isRetryable)
        }

        @Test(arguments: AlibabaScheme.allCases)
        func throttledTwiceThenSucceeds(scheme: AlibabaScheme) async throws {
            let example = try PageFacts.exampleResponse(Self.createSnapshot)
            let mock = try MockVendor(actions: ["CreateSnapshot": [
                ["status": 400, "times": 2,
                 "body": alibabaErrorBody(code: "Throttling.User", message: "Request was denied due to user flow control.", requestID: "t")],
                ["body": example],
            ]])
            defer { mock.stop() }
            let recorder = SleepRecorder()

            let response = try await client(mock, scheme, retry: recorder.policy).createSnapshot(.init(diskId: Self.diskID))

            #expect(response.snapshotId == example["SnapshotId"] as? String)
            #expect(recorder.delays.count == 2)
            let log = try mock.log()
            #expect(log.count == 3)
            #expect(log.allSatisfy { $0["signatureOK"] as? Bool == true }, "every attempt is signed anew")
        }

        @Test(arguments: AlibabaScheme.allCases)
        func timeoutIsATransportError(scheme: AlibabaScheme) async throws {
            let mock = try MockVendor(actions: ["CreateSnapshot": [["delay": 3, "body": ["RequestId": "late"]]]])
            defer { mock.stop() }

            let error = try await #require(throws: TransportError.self) {
                try await client(mock, scheme, timeout: 0.5).createSnapshot(.init(diskId: Self.diskID))
            }
            #expect(error.kind == .timedOut)
            #expect(error.action == "CreateSnapshot")
        }

        @Test(arguments: AlibabaScheme.allCases)
        func pagesReadAListAcrossThreePages(scheme: AlibabaScheme) async throws {
            func page(_ number: Int, _ ids: [String]) -> [String: Any] {
                ["RequestId": "page-\(number)", "TotalCount": 5, "PageNumber": number, "PageSize": 2,
                 "Snapshots": ["Snapshot": ids.map { ["SnapshotId": $0] }]]
            }
            let mock = try MockVendor(actions: ["DescribeSnapshots": [
                ["expect": ["PageSize": "2", "RegionId": "cn-hangzhou"], "body": page(1, ["s-1", "s-2"])],
                ["expect": ["PageSize": "2", "PageNumber": "2"], "body": page(2, ["s-3", "s-4"])],
                ["expect": ["PageSize": "2", "PageNumber": "3"], "body": page(3, ["s-5"])],
            ]])
            defer { mock.stop() }

            var ids: [String] = []
            var pages = 0
            for try await response in client(mock, scheme).describeSnapshotsPages(.init(regionId: "cn-hangzhou", pageSize: 2)) {
                pages += 1
                ids += (response.snapshots ?? []).compactMap { string($0, "SnapshotId") }
            }

            #expect(pages == 3)
            #expect(ids == ["s-1", "s-2", "s-3", "s-4", "s-5"])
            let log = try mock.log()
            #expect(log.count == 3)
            #expect(log.allSatisfy { $0["signatureOK"] as? Bool == true })
        }

        @Test(arguments: AlibabaScheme.allCases)
        func badSignatureIsRejected(scheme: AlibabaScheme) async throws {
            let mock = try MockVendor(actions: ["CreateSnapshot": [["body": ["RequestId": "never"]]]])
            defer { mock.stop() }
            let recorder = SleepRecorder()

            let error = try await #require(throws: ServiceError.self) {
                try await client(mock, scheme, secret: "wrong-secret", retry: recorder.policy).createSnapshot(.init(diskId: Self.diskID))
            }
            #expect(error.code == "SignatureDoesNotMatch")
            #expect(error.httpStatus == 400)
            #expect(!error.isRetryable)
            #expect(recorder.delays.isEmpty, "a refused signature is not retried")
            #expect(!"\(error)".contains("wrong-secret"))
            let log = try mock.log()
            #expect(log.count == 1)
            #expect(log.first?["signatureOK"] as? Bool == false)
        }
    }
}
