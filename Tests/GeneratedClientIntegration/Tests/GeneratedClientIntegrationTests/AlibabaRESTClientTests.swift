import AlibabaElasticsearch
import DocGenRuntime
import Foundation
import Testing

extension GeneratedClientsAgainstTheMockVendor {
    /// The generated `AlibabaElasticsearchClient` from the REST/ROA page UpdateDescription
    /// (`PATCH /openapi/instances/{InstanceId}/description`, the description in a JSON body), signed with ACS3 (a
    /// client of REST operations only has no `signature:` choice).
    @Suite struct AlibabaREST {
        static let updateDescription = "alibaba/elasticsearch/2017-06-13/UpdateDescription"
        static let instanceID = "es-cn-n6w1ptcb30009****"

        func client(_ mock: MockVendor, secret: String = Keys.alibabaSecret, retry: RetryPolicy = .none,
                    timeout: TimeInterval = 10) -> AlibabaElasticsearchClient {
            AlibabaElasticsearchClient(region: "cn-hangzhou", credentials: alibabaCredentials(secret: secret), endpoint: endpoint(mock),
                                       transport: transport(timeout: timeout), retryPolicy: retry)
        }

        @Test func successDecodesThePagesExampleResponse() async throws {
            let example = try PageFacts.exampleResponse(Self.updateDescription)
            let result = try #require(example["Result"])
            let mock = try MockVendor(actions: ["UpdateDescription": [["body": example]]])
            defer { mock.stop() }

            let response = try await client(mock).updateDescription(.init(instanceId: Self.instanceID, description: "aliyunes_name_test"))

            // The page's table documents one field of `Result`; docgen nests it as the page's JSON example does.
            let documented = try #require((result as? [String: Any])?["description"] as? String)
            #expect(response.result?.description == documented, "the documented field of the page's example arrives")
            let log = try mock.log()
            #expect(log.count == 1)
            #expect(log.first?["signatureOK"] as? Bool == true)
            #expect(log.first?["protocol"] as? String == "acs3")
            #expect(log.first?["method"] as? String == "PATCH")
            #expect(log.first?["path"] as? String == "/openapi/instances/es-cn-n6w1ptcb30009%2A%2A%2A%2A/description")
            let params = log.first?["params"] as? [String: Any]
            #expect(params?["description"] as? String == "aliyunes_name_test", "the body parameter travels in the JSON body")
            #expect(params?["InstanceId"] == nil, "the path parameter travels only in the path")
        }

        @Test func documentedErrorIsThrownAsTheProductsError() async throws {
            let documented = try PageFacts.documentedError(Self.updateDescription, code: "InstanceNotFound")
            let status = try #require(documented.httpStatus)
            let mock = try MockVendor(actions: ["UpdateDescription": [[
                "status": status,
                "body": alibabaErrorBody(code: documented.code, message: documented.message, requestID: "req-documented"),
            ]]])
            defer { mock.stop() }
            let client = client(mock)

            var caughtByMember = false
            do {
                _ = try await client.updateDescription(.init(instanceId: Self.instanceID))
            } catch AlibabaElasticsearchError.instanceNotFound {
                caughtByMember = true
            }
            #expect(caughtByMember)

            let error = try await #require(throws: ServiceError.self) { try await client.updateDescription(.init(instanceId: Self.instanceID)) }
            #expect(error.code == documented.code)
            #expect(error.message == documented.message)
            #expect(error.requestID == "req-documented")
            #expect(error.httpStatus == status)
            #expect(error.action == "UpdateDescription")
        }

        @Test func throttledTwiceThenSucceeds() async throws {
            let example = try PageFacts.exampleResponse(Self.updateDescription)
            let mock = try MockVendor(actions: ["UpdateDescription": [
                ["status": 429, "times": 2, "body": alibabaErrorBody(code: "Throttling", message: "Request was denied due to flow control.", requestID: "t")],
                ["body": example],
            ]])
            defer { mock.stop() }
            let recorder = SleepRecorder()

            let response = try await client(mock, retry: recorder.policy).updateDescription(.init(instanceId: Self.instanceID))

            #expect(response.result != nil)
            #expect(recorder.delays.count == 2)
            #expect(try mock.log().count == 3)
        }

        @Test func timeoutIsATransportError() async throws {
            let mock = try MockVendor(actions: ["UpdateDescription": [["delay": 3, "body": ["RequestId": "late"]]]])
            defer { mock.stop() }

            let error = try await #require(throws: TransportError.self) {
                try await client(mock, timeout: 0.5).updateDescription(.init(instanceId: Self.instanceID))
            }
            #expect(error.kind == .timedOut)
        }

        @Test func badSignatureIsRejected() async throws {
            let mock = try MockVendor(actions: ["UpdateDescription": [["body": ["RequestId": "never"]]]])
            defer { mock.stop() }

            let error = try await #require(throws: ServiceError.self) {
                try await client(mock, secret: "wrong-secret").updateDescription(.init(instanceId: Self.instanceID))
            }
            #expect(error.code == "SignatureDoesNotMatch")
            #expect(error.httpStatus == 400)
            #expect(try mock.log().first?["signatureOK"] as? Bool == false)
        }
    }
}
