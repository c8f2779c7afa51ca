@_spi(DocGenGenerated) import DocGenRuntime
import Foundation

// Request and response types shaped like the ones docgen generates (see Generated/Sources), so the client is tested
// through the same protocol surface a generated module uses.

/// Alibaba ECS DescribeRegions (RPC, read-only).
struct DescribeRegions {
    struct Request: OperationRequest {
        typealias Response = DescribeRegions.Response
        static var action: String { "DescribeRegions" }
        static var apiVersion: String { "2014-05-26" }
        static var style: VendorStyle { .alibabaRPC }

        var regionId: String?
        var acceptLanguage: String?

        private enum CodingKeys: String, CodingKey {
            case regionId = "RegionId", acceptLanguage = "AcceptLanguage"
        }

        func appendQueryItems(to query: inout QueryItems, prefix: String) {
            query.append(prefix + "RegionId", regionId)
            query.append(prefix + "AcceptLanguage", acceptLanguage)
        }

        func collectIssues(into issues: inout ValidationIssues, prefix: String) {
            issues.allowedValues(acceptLanguage, ["zh-CN", "en-US", "ja"], parameter: prefix + "AcceptLanguage")
        }
    }

    struct Response: Decodable, Sendable, Hashable {
        var requestId: String?
        var regions: [Region]?

        struct Region: Decodable, Sendable, Hashable {
            var regionId: String?
            var localName: String?
            private enum CodingKeys: String, CodingKey { case regionId = "RegionId", localName = "LocalName" }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                regionId = try container.lenientScalar(String.self, forKey: .regionId)
                localName = try container.lenientScalar(String.self, forKey: .localName)
            }
        }

        private enum CodingKeys: String, CodingKey { case requestId = "RequestId", regions = "Regions" }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            requestId = try container.lenientScalar(String.self, forKey: .requestId)
            regions = try container.lenientObjectList(Region.self, forKey: .regions)
        }
    }
}

/// Alibaba ECS DescribeSnapshots (RPC, PageNumber/PageSize/TotalCount).
struct DescribeSnapshots {
    struct Request: OperationRequest {
        typealias Response = DescribeSnapshots.Response
        static var action: String { "DescribeSnapshots" }
        static var apiVersion: String { "2014-05-26" }
        static var style: VendorStyle { .alibabaRPC }

        var regionId: String
        var pageNumber: Int?
        var pageSize: Int?
        var diskIds: [String]?

        private enum CodingKeys: String, CodingKey {
            case regionId = "RegionId", pageNumber = "PageNumber", pageSize = "PageSize", diskIds = "DiskIds"
        }

        func appendQueryItems(to query: inout QueryItems, prefix: String) {
            query.append(prefix + "RegionId", regionId)
            query.append(prefix + "PageNumber", pageNumber)
            query.append(prefix + "PageSize", pageSize)
            query.append(prefix + "DiskIds", diskIds)
        }

        func collectIssues(into issues: inout ValidationIssues, prefix: String) {
            issues.maximum(pageSize, 100, parameter: prefix + "PageSize")
        }
    }

    struct Response: Decodable, Sendable, Hashable {
        var totalCount: Int?
        var pageNumber: Int?
        var snapshotIds: [String]?

        struct Snapshot: Decodable, Sendable, Hashable {
            var snapshotId: String?
            private enum CodingKeys: String, CodingKey { case snapshotId = "SnapshotId" }
            init(from decoder: any Decoder) throws {
                snapshotId = try decoder.container(keyedBy: CodingKeys.self).lenientScalar(String.self, forKey: .snapshotId)
            }
        }

        private enum CodingKeys: String, CodingKey {
            case totalCount = "TotalCount", pageNumber = "PageNumber", snapshots = "Snapshots", requestId = "RequestId"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            totalCount = try container.lenientScalar(Int.self, forKey: .totalCount)
            pageNumber = try container.lenientScalar(Int.self, forKey: .pageNumber)
            snapshotIds = try container.lenientObjectList(Snapshot.self, forKey: .snapshots)?.compactMap(\.snapshotId)
            _ = try container.lenientScalar(String.self, forKey: .requestId)
        }
    }

    static let pagination = PaginationStrategy<Request>.pageNumber(
        itemCount: { $0.snapshotIds?.count ?? 0 }, totalCount: { $0.totalCount },
        pageNumber: { $0.pageNumber }, setPageNumber: { $0.pageNumber = $1 }, pageSize: { $0.pageSize })
}

/// Alibaba ECS CreateSnapshot (RPC, not idempotent unless a ClientToken is sent).
struct CreateSnapshot {
    struct Request: OperationRequest {
        typealias Response = CreateSnapshot.Response
        static var action: String { "CreateSnapshot" }
        static var apiVersion: String { "2014-05-26" }
        static var style: VendorStyle { .alibabaRPC }

        var diskId: String
        var clientToken: String?

        private enum CodingKeys: String, CodingKey { case diskId = "DiskId", clientToken = "ClientToken" }

        func appendQueryItems(to query: inout QueryItems, prefix: String) {
            query.append(prefix + "DiskId", diskId)
            query.append(prefix + "ClientToken", clientToken)
        }

        func collectIssues(into issues: inout ValidationIssues, prefix: String) {}
    }

    struct Response: Decodable, Sendable, Hashable {
        var requestId: String?
        var snapshotId: String?
        private enum CodingKeys: String, CodingKey { case requestId = "RequestId", snapshotId = "SnapshotId" }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            requestId = try container.lenientScalar(String.self, forKey: .requestId)
            snapshotId = try container.lenientScalar(String.self, forKey: .snapshotId)
        }
    }
}

/// Tencent CVM DescribeInstances (Offset/Limit/TotalCount).
struct DescribeInstances {
    struct Filter: RequestModel {
        var name: String?
        var values: [String]?
        private enum CodingKeys: String, CodingKey { case name = "Name", values = "Values" }
        func appendQueryItems(to query: inout QueryItems, prefix: String) {
            query.append(prefix + "Name", name)
            query.append(prefix + "Values", values)
        }
        func collectIssues(into issues: inout ValidationIssues, prefix: String) {}
    }

    struct Request: OperationRequest {
        typealias Response = DescribeInstances.Response
        static var action: String { "DescribeInstances" }
        static var apiVersion: String { "2017-03-12" }
        static var style: VendorStyle { .tencent }

        var filters: [Filter]?
        var offset: Int?
        var limit: Int?

        private enum CodingKeys: String, CodingKey { case filters = "Filters", offset = "Offset", limit = "Limit" }

        func appendQueryItems(to query: inout QueryItems, prefix: String) {
            query.append(prefix + "Filters", filters)
            query.append(prefix + "Offset", offset)
            query.append(prefix + "Limit", limit)
        }

        func collectIssues(into issues: inout ValidationIssues, prefix: String) {
            issues.maximum(limit, 100, parameter: prefix + "Limit")
        }
    }

    struct Response: Decodable, Sendable, Hashable {
        var totalCount: Int?
        var instanceIds: [String]?
        var requestId: String?

        struct Instance: Decodable, Sendable, Hashable {
            var instanceId: String?
            private enum CodingKeys: String, CodingKey { case instanceId = "InstanceId" }
            init(from decoder: any Decoder) throws {
                instanceId = try decoder.container(keyedBy: CodingKeys.self).lenientScalar(String.self, forKey: .instanceId)
            }
        }

        private enum CodingKeys: String, CodingKey {
            case totalCount = "TotalCount", instanceSet = "InstanceSet", requestId = "RequestId"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            totalCount = try container.lenientScalar(Int.self, forKey: .totalCount)
            instanceIds = try container.lenientObjectList(Instance.self, forKey: .instanceSet)?.compactMap(\.instanceId)
            requestId = try container.lenientScalar(String.self, forKey: .requestId)
        }
    }

    static let pagination = PaginationStrategy<Request>.offsetLimit(
        itemCount: { $0.instanceIds?.count ?? 0 }, totalCount: { $0.totalCount },
        offset: { $0.offset }, setOffset: { $0.offset = $1 }, limit: { $0.limit })
}

/// A NextToken/MaxResults listing (Alibaba `ListTagResources`-like).
struct ListResources {
    struct Request: OperationRequest {
        typealias Response = ListResources.Response
        static var action: String { "ListResources" }
        static var apiVersion: String { "2018-01-01" }
        static var style: VendorStyle { .alibabaRPC }

        var nextToken: String?
        var maxResults: Int?

        private enum CodingKeys: String, CodingKey { case nextToken = "NextToken", maxResults = "MaxResults" }

        func appendQueryItems(to query: inout QueryItems, prefix: String) {
            query.append(prefix + "NextToken", nextToken)
            query.append(prefix + "MaxResults", maxResults)
        }

        func collectIssues(into issues: inout ValidationIssues, prefix: String) {}
    }

    struct Response: Decodable, Sendable, Hashable {
        var nextToken: String?
        var names: [String]?
        private enum CodingKeys: String, CodingKey { case nextToken = "NextToken", names = "Names" }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            nextToken = try container.lenientScalar(String.self, forKey: .nextToken)
            names = try container.lenientScalarList(String.self, forKey: .names)
        }
    }

    static let pagination = PaginationStrategy<Request>.nextToken(
        itemCount: { $0.names?.count ?? 0 }, token: { $0.nextToken },
        currentToken: { $0.nextToken }, setToken: { $0.nextToken = $1 })
}

/// A ROA operation: `DELETE /clusters/{ClusterId}/triggers` with a query, a header and a JSON body parameter.
struct DeleteTrigger {
    struct Request: OperationRequest, HTTPParameterLocating {
        typealias Response = DeleteTrigger.Response
        static var action: String { "DeleteTrigger" }
        static var apiVersion: String { "2015-12-15" }
        static var style: VendorStyle { .alibabaRPC }

        var clusterId: String
        var type: String?
        var traceId: String?
        var names: [String]?

        private enum CodingKeys: String, CodingKey { case clusterId = "ClusterId", type = "Type", traceId = "x-trace-id", names = "Names" }

        func appendQueryItems(to query: inout QueryItems, prefix: String) {}
        func collectIssues(into issues: inout ValidationIssues, prefix: String) {}

        func httpParameters() throws -> HTTPParameters {
            var parameters = HTTPParameters(path: ["ClusterId": clusterId])
            if let type { parameters.query.append(QueryPair("Type", type)) }
            if let traceId { parameters.headers["x-acs-trace-id"] = traceId }
            if let names { try parameters.setBody(["Names": names]) }
            return parameters
        }
    }

    struct Response: Decodable, Sendable, Hashable {
        var requestId: String?
        private enum CodingKeys: String, CodingKey { case requestId = "requestId" }
        init(from decoder: any Decoder) throws {
            requestId = try decoder.container(keyedBy: CodingKeys.self).lenientScalar(String.self, forKey: .requestId)
        }
    }
}

/// A product error type like the generated ones, with a placeholder family.
struct TestProductError: ServiceErrorCode {
    let code: String
    init(code: String) { self.code = code }
    static let documented: [String: ErrorCodeInfo] = [
        "InvalidParameter.%s": ErrorCodeInfo(httpStatuses: [400], messages: ["%s"]),
        "Throttling": ErrorCodeInfo(httpStatuses: [400], messages: ["Request was denied due to request throttling."]),
    ]
    static let invalidParameter_s = TestProductError(code: "InvalidParameter.%s")
    static let throttling = TestProductError(code: "Throttling")
}

let fixedDate = Date(timeIntervalSince1970: 1_551_113_065)

/// Records the waits a retry policy asks for instead of sleeping.
final class SleepRecorder: @unchecked Sendable {
    // @unchecked: `delays` is only touched under `lock`.
    private let lock = NSLock()
    private var recorded: [Duration] = []
    var delays: [Duration] { lock.lock(); defer { lock.unlock() }; return recorded }
    func record(_ delay: Duration) { lock.lock(); recorded.append(delay); lock.unlock() }

    func policy(maxAttempts: Int = 3, random: Double = 0.5) -> RetryPolicy {
        RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(100), maxDelay: .seconds(1), totalDeadline: .seconds(30),
                    random: { random }, sleep: { [self] in record($0) })
    }
}
