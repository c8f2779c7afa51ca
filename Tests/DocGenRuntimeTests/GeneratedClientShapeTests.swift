import DocGenRuntime
import Foundation
import XCTest

/// The shape of client docgen is meant to generate per product, compiled and exercised here so the runtime API it
/// relies on cannot drift unnoticed. See DocGenRuntime.docc/GeneratedClients.md.
struct ExampleEcsClient: Sendable {
    static let service = ServiceDescriptor.alibaba("ecs", version: "2014-05-26")

    let core: ServiceClient

    init(region: String, credentials: (any CredentialsProvider)? = nil, endpoint: Endpoint? = nil,
         transport: any Transport = URLSessionTransport(), retryPolicy: RetryPolicy = .standard,
         validatesRequests: Bool = true, decodingMode: DecodingMode = .lenient, environment: RequestEnvironment = .live) {
        core = ServiceClient(service: Self.service, region: region, credentials: credentials, endpoint: endpoint,
                             transport: transport, retryPolicy: retryPolicy, validatesRequests: validatesRequests,
                             decodingMode: decodingMode, environment: environment)
    }

    /// DescribeRegions: read-only, so retried freely.
    func describeRegions(_ request: DescribeRegions.Request) async throws -> DescribeRegions.Response {
        try await core.send(request, binding: .rpcReadOnly)
    }

    /// CreateSnapshot: not idempotent; retried after a 5xx only when `clientToken` is set.
    func createSnapshot(_ request: CreateSnapshot.Request) async throws -> CreateSnapshot.Response {
        try await core.send(request, binding: .rpc())
    }

    /// DescribeSnapshots, page by page.
    func describeSnapshotsPages(_ request: DescribeSnapshots.Request) -> Paginator<DescribeSnapshots.Request> {
        core.paginate(request, binding: .rpcReadOnly, strategy: DescribeSnapshots.pagination)
    }
}

final class GeneratedClientShapeTests: XCTestCase {
    func testAGeneratedClientForwardsToTheCore() async throws {
        let transport = ScriptedTransport([
            .respond(HTTPResponse(statusCode: 200, json: #"{"RequestId":"r","Regions":{"Region":[{"RegionId":"cn-beijing"}]}}"#)),
            .respond(HTTPResponse(statusCode: 404, json: #"{"RequestId":"r2","Code":"InvalidDiskId.NotFound","Message":"no disk"}"#)),
        ])
        let client = ExampleEcsClient(region: "cn-beijing", credentials: StaticCredentialsProvider(Credentials(accessKeyId: "a", secret: "b")),
                                      transport: transport, retryPolicy: .none, environment: .fixed(fixedDate))
        let regions = try await client.describeRegions(DescribeRegions.Request())
        XCTAssertEqual(regions.regions?.map(\.regionId), ["cn-beijing"])
        XCTAssertEqual(transport.requests.first?.url.host, "ecs.cn-beijing.aliyuncs.com")
        XCTAssertEqual(transport.requests.first?.header("x-acs-action"), "DescribeRegions")

        do {
            _ = try await client.createSnapshot(CreateSnapshot.Request(diskId: "d-missing"))
            XCTFail("expected an error")
        } catch let error as ServiceError where error.matches(TestProductError(code: "InvalidDiskId.NotFound")) {
            XCTAssertEqual(error.requestID, "r2")
        }
    }
}
