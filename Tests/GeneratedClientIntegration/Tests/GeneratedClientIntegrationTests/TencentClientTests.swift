import DocGenRuntime
import Foundation
import TencentCvm
import Testing

extension GeneratedClientsAgainstTheMockVendor {
    /// The generated `TencentCvmClient` (API 3.0: POST with a JSON body, TC3-HMAC-SHA256) from the CVM page
    /// DescribeInstances, which pages with Offset/Limit.
    @Suite struct TencentTC3 {
        static let describeInstances = "tencent/cvm/2017-03-12/DescribeInstances"

        func client(_ mock: MockVendor, secret: String = Keys.tencentSecret, retry: RetryPolicy = .none,
                    timeout: TimeInterval = 10) -> TencentCvmClient {
            TencentCvmClient(region: "ap-guangzhou", credentials: tencentCredentials(secret: secret), endpoint: endpoint(mock),
                             transport: transport(timeout: timeout), retryPolicy: retry)
        }

        @Test func successDecodesThePagesExampleResponse() async throws {
            let example = try PageFacts.exampleResponse(Self.describeInstances)
            let body = try #require(example["Response"] as? [String: Any])
            let instances = try #require(body["InstanceSet"] as? [[String: Any]])
            let firstID = try #require(instances.first?["InstanceId"] as? String)
            let mock = try MockVendor(actions: ["DescribeInstances": [["body": example]]])
            defer { mock.stop() }

            let response = try await client(mock).describeInstances(.init(instanceIds: [firstID], limit: 1))

            #expect(response.totalCount == body["TotalCount"] as? Int)
            #expect(response.requestId == body["RequestId"] as? String)
            #expect(response.instanceSet?.count == instances.count)
            #expect(response.instanceSet?.first == (try jsonValue(instances[0])), "every field of the page's instance arrives")
            let log = try mock.log()
            #expect(log.count == 1)
            #expect(log.first?["signatureOK"] as? Bool == true)
            #expect(log.first?["protocol"] as? String == "tc3")
            #expect(log.first?["action"] as? String == "DescribeInstances")
            let params = log.first?["params"] as? [String: Any]
            #expect(params?["InstanceIds"] as? [String] == [firstID])
            #expect(params?["Limit"] as? Int == 1)
        }

        @Test func documentedErrorIsThrownAsTheProductsError() async throws {
            let documented = try PageFacts.documentedError(Self.describeInstances, code: "InvalidFilter")
            let mock = try MockVendor(actions: ["DescribeInstances": [[
                "body": tencentErrorBody(code: documented.code, message: "Invalid filter.", requestID: "req-documented"),
            ]]])
            defer { mock.stop() }
            let client = client(mock)

            var caughtByMember = false
            do {
                _ = try await client.describeInstances(.init())
            } catch TencentCvmError.invalidFilter {
                caughtByMember = true
            }
            #expect(caughtByMember)

            let error = try await #require(throws: ServiceError.self) { try await client.describeInstances(.init()) }
            #expect(error.code == documented.code)
            #expect(error.message == "Invalid filter.")
            #expect(error.requestID == "req-documented")
            #expect(error.action == "DescribeInstances")
            #expect(error.code(as: TencentCvmError.self) == .invalidFilter)
        }

        @Test func throttledTwiceThenSucceeds() async throws {
            let example = try PageFacts.exampleResponse(Self.describeInstances)
            let mock = try MockVendor(actions: ["DescribeInstances": [
                ["times": 2, "body": tencentErrorBody(code: "RequestLimitExceeded", message: "Your request is too frequent.", requestID: "t")],
                ["body": example],
            ]])
            defer { mock.stop() }
            let recorder = SleepRecorder()

            let response = try await client(mock, retry: recorder.policy).describeInstances(.init())

            #expect(response.requestId == (example["Response"] as? [String: Any])?["RequestId"] as? String)
            #expect(recorder.delays.count == 2)
            let log = try mock.log()
            #expect(log.count == 3)
            #expect(log.allSatisfy { $0["signatureOK"] as? Bool == true }, "every attempt is signed anew")
        }

        @Test func timeoutIsATransportError() async throws {
            let mock = try MockVendor(actions: ["DescribeInstances": [["delay": 3, "body": ["Response": ["RequestId": "late"]]]]])
            defer { mock.stop() }

            let error = try await #require(throws: TransportError.self) {
                try await client(mock, timeout: 0.5).describeInstances(.init())
            }
            #expect(error.kind == .timedOut)
            #expect(error.action == "DescribeInstances")
        }

        @Test func pagesReadAListAcrossThreePages() async throws {
            func page(_ ids: [String]) -> [String: Any] {
                ["Response": ["TotalCount": 5, "InstanceSet": ids.map { ["InstanceId": $0] }, "RequestId": "page"]]
            }
            let mock = try MockVendor(actions: ["DescribeInstances": [
                ["expect": ["Limit": "2"], "body": page(["ins-1", "ins-2"])],
                ["expect": ["Limit": "2", "Offset": "2"], "body": page(["ins-3", "ins-4"])],
                ["expect": ["Limit": "2", "Offset": "4"], "body": page(["ins-5"])],
            ]])
            defer { mock.stop() }

            var ids: [String] = []
            var pages = 0
            for try await response in client(mock).describeInstancesPages(.init(limit: 2)) {
                pages += 1
                ids += (response.instanceSet ?? []).compactMap { string($0, "InstanceId") }
            }

            #expect(pages == 3)
            #expect(ids == ["ins-1", "ins-2", "ins-3", "ins-4", "ins-5"])
            #expect(try mock.log().count == 3)
        }

        @Test func badSignatureIsRejected() async throws {
            let mock = try MockVendor(actions: ["DescribeInstances": [["body": ["Response": ["RequestId": "never"]]]]])
            defer { mock.stop() }
            let recorder = SleepRecorder()

            let error = try await #require(throws: ServiceError.self) {
                try await client(mock, secret: "wrong-secret", retry: recorder.policy).describeInstances(.init())
            }
            #expect(error.code == "AuthFailure.SignatureFailure")
            #expect(!error.isRetryable)
            #expect(recorder.delays.isEmpty, "a refused signature is not retried")
            #expect(!"\(error)".contains("wrong-secret"))
            #expect(try mock.log().first?["signatureOK"] as? Bool == false)
        }
    }
}
