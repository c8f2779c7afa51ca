import DocGenSpec
@testable import DocGenExport
import Foundation
import Testing

/// REST operations (a page with a request line) are exported at their real method and path; what OpenAPI paths cannot
/// say (a constant sub-resource query, a second operation on one path) keeps the pseudo-path with the line recorded.
@Suite struct OpenAPIRESTTests {
    typealias F = ExportFixtures

    static func rest(_ action: String, _ method: String, _ path: String, parameters: [Parameter]) -> OperationSpec {
        var spec = F.alibaba
        spec.action = action
        spec.http = HTTPBinding(style: "alibaba-roa", method: method, path: path, host: "{BucketName}.example.com")
        spec.parameters = parameters
        return spec
    }

    @Test func aRESTOperationIsAtItsPathWithPathParameters() throws {
        let upgrade = Self.rest("UpgradeVersion", "POST", "/openapi/instances/{InstanceId}/actions/upgrade", parameters: [
            Parameter(name: "instanceId", type: .string, required: true, line: 3, location: .path),
            Parameter(name: "dryRun", type: .boolean, line: 4, location: .query),
            Parameter(name: "BucketName", type: .string, required: true, line: 5, location: .host),
        ])
        let (_, doc) = try F.document([upgrade])
        let op = doc["paths"]?["/openapi/instances/{InstanceId}/actions/upgrade"]?["post"]
        #expect(op?["operationId"] == "UpgradeVersion")
        #expect(F.parameter(op, "InstanceId")?["in"] == "path", "named as the placeholder spells it")
        #expect(F.parameter(op, "InstanceId")?["required"] == true)
        #expect(F.parameter(op, "dryRun")?["in"] == "query")
        #expect(F.parameter(op, "BucketName")?["x-docgen-location"] == "host")
        #expect(op?["x-docgen-http"]?["host"] == "{BucketName}.example.com")
    }

    @Test func aPlaceholderNoTableListsBecomesARequiredPathParameter() throws {
        let delete = Self.rest("DeleteObject", "DELETE", "/{ObjectName}", parameters: [])
        let (_, doc) = try F.document([delete])
        let op = doc["paths"]?["/{ObjectName}"]?["delete"]
        #expect(F.parameter(op, "ObjectName")?["in"] == "path")
        #expect(F.parameter(op, "ObjectName")?["x-docgen-from-path"] == true)
    }

    @Test func aConstantQueryOrATakenPathKeepsThePseudoPath() throws {
        let acl = Self.rest("GetBucketAcl", "GET", "/?acl", parameters: [])
        let list = Self.rest("ListObjects", "GET", "/", parameters: [])
        let list2 = Self.rest("ListObjectsV2", "GET", "/", parameters: [])
        let (_, doc) = try F.document([acl, list, list2])
        let paths = doc["paths"]?.objectValue?.keys.sorted()
        #expect(paths == ["/", "/GetBucketAcl", "/ListObjectsV2"])
        #expect(doc["paths"]?["/GetBucketAcl"]?["get"]?["x-docgen-http"]?["path"] == "/?acl")
        #expect(doc["paths"]?["/"]?["get"]?["operationId"] == "ListObjects")
    }
}
