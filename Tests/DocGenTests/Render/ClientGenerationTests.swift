@testable import DocGenSpec
@testable import DocGenGeneration
import Foundation
import Testing

/// The per-product client: bindings, endpoints, paginators, typed errors, and the tests generated for it.
@Suite struct ClientGenerationTests {
    static func source(_ files: [GeneratedFile], _ path: String) -> String {
        files.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
    }

    /// `DescribeThings`: PageNumber/PageSize in the request, TotalCount and `Things.Thing[]` in the response.
    static var pagedByNumber: OperationSpec {
        let item = ResponseField(name: "Thing", type: .array, items: Items(type: .object),
                                 children: [ResponseField(name: "ThingId", type: .string, line: 32)], line: 31)
        return OperationSpec(
            vendor: "alibaba", product: "demo", apiVersion: "2020-01-01", action: "DescribeThings", language: "en",
            source: RenderFixtures.source("demo/DescribeThings.md"),
            parameters: [
                Parameter(name: "RegionId", type: .string, required: true, example: "cn-a", line: 10),
                Parameter(name: "PageNumber", type: .integer, example: "1", line: 11),
                Parameter(name: "PageSize", type: .integer, example: "10", line: 12),
                Parameter(name: "Name", type: .string, example: "null", line: 13),
            ],
            responseFields: [
                ResponseField(name: "TotalCount", type: .integer, line: 29),
                ResponseField(name: "Things", type: .object, children: [item], line: 30),
            ],
            errors: [ErrorCode(http: 400, code: "InvalidParameter.%s", message: "bad", description: nil, line: 40)]
        )
    }

    /// `ListGizmos`: NextToken/MaxResults, a top-level `Gizmos` array.
    static var pagedByToken: OperationSpec {
        OperationSpec(
            vendor: "alibaba", product: "demo", apiVersion: "2020-01-01", action: "ListGizmos", language: "en",
            source: RenderFixtures.source("demo/ListGizmos.md"),
            parameters: [
                Parameter(name: "NextToken", type: .string, line: 10),
                Parameter(name: "MaxResults", type: .integer, line: 11),
            ],
            responseFields: [
                ResponseField(name: "NextToken", type: .string, line: 29),
                ResponseField(name: "Gizmos", type: .array, items: Items(type: .string), line: 30),
            ]
        )
    }

    /// A REST operation: `DELETE /clusters/{ClusterId}` with a header and a body parameter.
    static var rest: OperationSpec {
        OperationSpec(
            vendor: "alibaba", product: "cs", apiVersion: "2015-12-15", action: "DeleteCluster", language: "en",
            source: RenderFixtures.source("cs/DeleteCluster.md"),
            parameters: [
                Parameter(name: "ClusterId", type: .string, required: true, example: "c-1", line: 10, location: .path),
                Parameter(name: "x-acs-trace", type: .string, line: 11, location: .header),
                Parameter(name: "body", type: .object, line: 12, location: .body),
                Parameter(name: "retain_resources", type: .array, items: Items(type: .string), line: 13, location: .query),
            ],
            responseFields: [ResponseField(name: "task_id", type: .string, line: 30)],
            http: HTTPBinding(style: "alibaba-roa", method: "DELETE", path: "/clusters/{ClusterId}",
                              host: "cs.cn-hangzhou.aliyuncs.com")
        )
    }

    @Test func theClientHasOneMethodPerOperationAndPaginators() throws {
        let files = try RenderFixtures.generate([Self.pagedByNumber, Self.pagedByToken, RenderFixtures.alibabaCreateWidget])
        let client = Self.source(files, "Sources/AlibabaDemo/AlibabaDemoClient.swift")
        #expect(client.contains("public struct AlibabaDemoClient: Sendable {"))
        #expect(client.contains(#"public static let service = ServiceDescriptor.alibaba("demo", version: "2020-01-01")"#))
        #expect(client.contains("public func createWidget(_ request: CreateWidget.Request) async throws -> CreateWidget.Response {"))
        #expect(client.contains("public static let binding: HTTPBinding = .rpcReadOnly"))
        #expect(client.contains("public static let binding: HTTPBinding = .rpc()"))
        #expect(client.contains("public func describeThingsPages(_ request: DescribeThings.Request) -> Paginator<DescribeThings.Request> {"))
        #expect(client.contains("PaginationStrategy<Request>.pageNumber("))
        #expect(client.contains("itemCount: { $0.things?.thing?.count ?? 0 },"))
        #expect(client.contains("setPageNumber: { $0.pageNumber = $1 },"))
        #expect(client.contains("PaginationStrategy<Request>.nextToken("))
        #expect(client.contains("itemCount: { $0.gizmos?.count ?? 0 },"))
        #expect(!client.contains("createWidgetPages"))
        // RPC-style operations: the caller picks ACS3 (default) or the classic RPC signature.
        #expect(client.contains("signature: ServiceDescriptor.AlibabaSignature = .acs3HMACSHA256,"))
        #expect(client.contains("service: Self.service.signed(with: signature), region: region,"))

        let tests = Self.source(files, "Tests/AlibabaDemoTests/AlibabaDemoClientTests.swift")
        #expect(tests.contains("catch AlibabaDemoError.invalidRegionIdNotFound {"))
        #expect(tests.contains("pagesAreFetchedUntilTheLastOne"))
        #expect(tests.contains("request.pageSize = nil"))
        #expect(tests.contains(#"\"Things\":{\"Thing\":[{}]}"#))
    }

    @Test func aPlaceholderFamilyIsTestedWithACodeOfTheFamily() throws {
        let files = try RenderFixtures.generate([Self.pagedByNumber])
        let tests = Self.source(files, "Tests/AlibabaDemoTests/AlibabaDemoClientTests.swift")
        #expect(tests.contains("catch AlibabaDemoError.invalidParameterAny {"))
        #expect(tests.contains(#"\"Code\":\"InvalidParameter.Example\""#))
        let errors = Self.source(files, "Sources/AlibabaDemo/AlibabaDemoError.swift")
        #expect(errors.contains("public static func ~= (pattern: AlibabaDemoError, error: any Error) -> Bool {"))
    }

    @Test func restOperationsLocateTheirParameters() throws {
        let files = try RenderFixtures.generate([Self.rest])
        let client = Self.source(files, "Sources/AlibabaCs/AlibabaCsClient.swift")
        #expect(client.contains(#"public static let binding: HTTPBinding = .roa(.delete, "/clusters/{ClusterId}")"#))
        // The page's host names a region: it becomes the client's region.
        #expect(client.contains(#"ServiceDescriptor.alibaba("cs", version: "2015-12-15", endpoint: "cs.{region}.aliyuncs.com")"#))
        // REST operations always sign with ACS3: no signature to choose.
        #expect(!client.contains("signature:"))
        #expect(client.contains("service: Self.service, region: region,"))
        let operation = Self.source(files, "Sources/AlibabaCs/DeleteCluster.swift")
        #expect(operation.contains("extension DeleteCluster.Request: HTTPParameterLocating {"))
        #expect(operation.contains(#"try HTTPParameters.locating(self, path: ["ClusterId"], headers: ["x-acs-trace"], body: ["body"], host: [])"#))
    }

    @Test func tencentOperationsPostJSONAndPageByOffset() throws {
        var spec = RenderFixtures.tencentListGadgets
        spec.parameters += [Parameter(name: "Offset", type: .integer, line: 9), Parameter(name: "Limit", type: .integer, line: 10)]
        spec.responseFields.append(ResponseField(name: "GadgetSet", type: .array, items: Items(type: .object),
                                                 children: [ResponseField(name: "GadgetId", type: .string, line: 23)], line: 22))
        let files = try RenderFixtures.generate([spec])
        let client = Self.source(files, "Sources/TencentGadget/TencentGadgetClient.swift")
        #expect(client.contains(#"ServiceDescriptor.tencent("gadget", version: "2019-07-01")"#))
        #expect(client.contains("public static let binding: HTTPBinding = .rpcReadOnly"))
        #expect(client.contains("PaginationStrategy<Request>.offsetLimit("))
        #expect(client.contains("setOffset: { $0.offset = $1 },"))
        #expect(!client.contains("signature:"), "Tencent has one signature")
        let tests = Self.source(files, "Tests/TencentGadgetTests/TencentGadgetClientTests.swift")
        #expect(tests.contains(#""cbs.tencentcloudapi.com""#) == false)
        #expect(tests.contains(#""gadget.tencentcloudapi.com""#))
        #expect(tests.contains(#""X-TC-Action""#))
    }

    @Test func requiredListsMustNotBeEmpty() throws {
        let files = try RenderFixtures.generate([RenderFixtures.tencentListGadgets])
        let operation = Self.source(files, "Sources/TencentGadget/ListGadgets.swift")
        #expect(operation.contains(#"issues.minItems(self.gadgetIds, 1, parameter: prefix + "GadgetIds""#))
    }

    @Test func aNullExampleIsNoValueAndABrokenExampleIsTested() throws {
        var spec = Self.pagedByNumber
        spec.parameters[3].constraints.maxLength = 3
        spec.parameters.append({
            var p = Parameter(name: "Label", type: .string, example: "far-too-long", line: 14)
            p.constraints.maxLength = 4
            return p
        }())
        let files = try RenderFixtures.generate([spec])
        let tests = Self.source(files, "Tests/AlibabaDemoTests/DescribeThingsTests.swift")
        #expect(!tests.contains(#"name: "null""#))
        // A check called by the operation's one `pageChecks()` test.
        #expect(tests.contains("    func pageExampleOfLabelIsReported() {"))
        #expect(tests.contains("        pageExampleOfLabelIsReported()\n"))
        #expect(tests.contains(#"request.label = "far-too-long""#))
    }

    @Test func documentedValuesBecomeAnOpenValueType() throws {
        let files = try RenderFixtures.generate([RenderFixtures.alibabaCreateWidget])
        let operation = Self.source(files, "Sources/AlibabaDemo/CreateWidget.swift")
        #expect(operation.contains("public struct Kind: RawRepresentable, QueryScalar, ExpressibleByStringLiteral, CustomStringConvertible {"))
        #expect(operation.contains(#"public static let basic = Kind(rawValue: "Basic")"#))
        #expect(operation.contains("public var kind: Kind? {"))
        // The wire name is unchanged.
        #expect(operation.contains(#"query.append(prefix + "Kind", self.kindStorage)"#))
    }

    @Test func theEndpointIsTheHostThePagesRequestExamplesUse() throws {
        var global = RenderFixtures.alibabaCreateWidget
        global.examples.request = "https://demo.aliyuncs.com/?Action=CreateWidget&WidgetName=w"
        let files = try RenderFixtures.generate([global, Self.pagedByNumber])
        let client = Self.source(files, "Sources/AlibabaDemo/AlibabaDemoClient.swift")
        #expect(client.contains(#"ServiceDescriptor.alibaba("demo", version: "2020-01-01", endpoint: "demo.aliyuncs.com")"#))
        #expect(ClientViewBuilder.exampleHost("http://ecs.cn-hangzhou.aliyuncs.com:443/?Action=X") == "ecs.cn-hangzhou.aliyuncs.com")
        #expect(ClientViewBuilder.exampleHost("Action=X&Version=1") == nil)
    }

    @Test func placeholderFamiliesAndSwiftStyleNames() {
        #expect(ClientViewBuilder.concreteCode("InvalidParameter.%s") == "InvalidParameter.Example")
        #expect(ClientViewBuilder.normalisedHost("ecs.cn-hangzhou.aliyuncs.com") == "ecs.{region}.aliyuncs.com")
        #expect(ClientViewBuilder.normalisedHost("{BucketName}.oss.aliyuncs.com") == nil)
        #expect(ClientViewBuilder.isReadOnly("DescribeRegions") && !ClientViewBuilder.isReadOnly("Listen"))
    }
}
