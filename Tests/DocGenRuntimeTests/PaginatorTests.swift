import DocGenRuntime
import Foundation
import XCTest

final class PaginatorTests: XCTestCase {
    private func client(_ transport: ScriptedTransport, service: ServiceDescriptor) -> ServiceClient {
        ServiceClient(service: service, region: "cn-hangzhou", credentials: StaticCredentialsProvider(Credentials(accessKeyId: "a", secret: "b")),
                      transport: transport, retryPolicy: .none, environment: .fixed(fixedDate))
    }

    func testPageNumberStopsAtTotalCount() async throws {
        let transport = ScriptedTransport([
            .respond(HTTPResponse(statusCode: 200, json: #"{"TotalCount":5,"Snapshots":{"Snapshot":[{"SnapshotId":"s1"},{"SnapshotId":"s2"}]}}"#)),
            .respond(HTTPResponse(statusCode: 200, json: #"{"TotalCount":5,"Snapshots":{"Snapshot":[{"SnapshotId":"s3"},{"SnapshotId":"s4"}]}}"#)),
            .respond(HTTPResponse(statusCode: 200, json: #"{"TotalCount":5,"Snapshots":{"Snapshot":[{"SnapshotId":"s5"}]}}"#)),
            .respond(HTTPResponse(statusCode: 500, json: #"{"Code":"ShouldNotBeCalled"}"#)),
        ])
        let pages = try await client(transport, service: .alibaba("ecs", version: "2014-05-26"))
            .paginate(DescribeSnapshots.Request(regionId: "cn", pageSize: 2), strategy: DescribeSnapshots.pagination).allPages()
        XCTAssertEqual(pages.flatMap { $0.snapshotIds ?? [] }, ["s1", "s2", "s3", "s4", "s5"])
        XCTAssertEqual(transport.requests.map { $0.queryValue("PageNumber") }, [nil, "2", "3"])
    }

    func testPageNumberStopsOnAnEmptyPage() async throws {
        let transport = ScriptedTransport([
            .respond(HTTPResponse(statusCode: 200, json: #"{"Snapshots":{"Snapshot":[{"SnapshotId":"s1"}]}}"#)),
            .respond(HTTPResponse(statusCode: 200, json: #"{"Snapshots":{"Snapshot":[]}}"#)),
        ])
        let pages = try await client(transport, service: .alibaba("ecs", version: "2014-05-26"))
            .paginate(DescribeSnapshots.Request(regionId: "cn", pageNumber: 1), strategy: DescribeSnapshots.pagination).allPages()
        XCTAssertEqual(pages.count, 2)
    }

    func testNextTokenStopsWhenTheTokenIsMissing() async throws {
        let transport = ScriptedTransport([
            .respond(HTTPResponse(statusCode: 200, json: #"{"Names":["a","b"],"NextToken":"t2"}"#)),
            .respond(HTTPResponse(statusCode: 200, json: #"{"Names":["c"],"NextToken":"t3"}"#)),
            .respond(HTTPResponse(statusCode: 200, json: #"{"Names":["d"],"NextToken":""}"#)),
        ])
        let pages = try await client(transport, service: .alibaba("tag", version: "2018-08-28"))
            .paginate(ListResources.Request(maxResults: 2), strategy: ListResources.pagination).allPages()
        XCTAssertEqual(pages.flatMap { $0.names ?? [] }, ["a", "b", "c", "d"])
        XCTAssertEqual(transport.requests.map { $0.queryValue("NextToken") }, [nil, "t2", "t3"])
    }

    func testOffsetLimitAdvancesByItemsRead() async throws {
        let transport = ScriptedTransport([
            .respond(HTTPResponse(statusCode: 200, json: #"{"Response":{"TotalCount":3,"InstanceSet":[{"InstanceId":"i1"},{"InstanceId":"i2"}]}}"#)),
            .respond(HTTPResponse(statusCode: 200, json: #"{"Response":{"TotalCount":3,"InstanceSet":[{"InstanceId":"i3"}]}}"#)),
        ])
        let pages = try await client(transport, service: .tencent("cvm", version: "2017-03-12"))
            .paginate(DescribeInstances.Request(limit: 2), strategy: DescribeInstances.pagination).allPages()
        XCTAssertEqual(pages.flatMap { $0.instanceIds ?? [] }, ["i1", "i2", "i3"])
        let offsets = try transport.requests.map { try JSONDecoder().decode([String: Int].self, from: $0.body)["Offset"] }
        XCTAssertEqual(offsets, [nil, 2])
    }

    func testAnErrorEndsTheIteration() async throws {
        let transport = ScriptedTransport([
            .respond(HTTPResponse(statusCode: 200, json: #"{"Names":["a"],"NextToken":"t2"}"#)),
            .respond(HTTPResponse(statusCode: 400, json: #"{"RequestId":"r","Code":"InvalidNextToken","Message":"bad"}"#)),
        ])
        var seen = 0
        do {
            for try await _ in client(transport, service: .alibaba("tag", version: "2018-08-28"))
                .paginate(ListResources.Request(), strategy: ListResources.pagination) { seen += 1 }
            XCTFail("expected an error")
        } catch let error as ServiceError {
            XCTAssertEqual(error.code, "InvalidNextToken")
        }
        XCTAssertEqual(seen, 1)
    }
}
