import DocGenSpec
import DocGenExport
import Foundation

/// Small specs that exercise every part of the OpenAPI mapping, and helpers to read the exported document.
enum ExportFixtures {
    static func source(_ file: String) -> SourceInfo {
        SourceInfo(file: file, sha256: String(repeating: "a", count: 64), format: "markdown", date: "2024-03-19")
    }

    /// Alibaba RPC: query parameters, a repeat list of objects, every kind of constraint, errors with HTTP statuses.
    static var alibaba: OperationSpec {
        var action = Parameter(name: "Action", type: .string, required: true, common: true, line: 1)
        action.constraints.enum = ["CreateThing"]
        var name = Parameter(name: "ThingName", type: .string, description: "The name.", example: "box-1", line: 2)
        name.constraints.minLength = 2
        name.constraints.maxLength = 128
        name.constraints.mustStartWith = "letter"
        name.constraints.forbiddenPrefixes = ["http://", "auto"]
        name.constraints.charset = "ascii"
        name.constraintSources = ["minLength": "2 to 128 characters."]
        var size = Parameter(name: "Size", type: .integer, required: true, example: "40", line: 3)
        size.constraints.minimum = 20
        size.constraints.maximum = 32768
        size.constraints.default = .number(40)
        var category = Parameter(name: "Category", type: .string, line: 4)
        category.constraints.enum = ["Standard", "Flash"]
        category.constraints.deprecated = true
        var level = Parameter(name: "Level", type: .integer, line: 5)
        level.constraints.enum = ["1", "2", "two"]
        level.constraints.internal = true
        level.constraints.mutuallyExclusiveWith = ["Category"]
        level.constraints.dependsOn = ["Size"]
        var key = Parameter(name: "Key", wireName: "Tag.N.Key", type: .string, required: true, line: 7)
        key.constraints.forbiddenSubstrings = ["acs:"]
        var tag = Parameter(
            name: "Tag", wireName: "Tag.N", type: .array, items: Items(type: .object, typeName: "Tag"),
            children: [key, Parameter(name: "Value", wireName: "Tag.N.Value", type: .string, line: 8)], line: 6)
        tag.constraints.minItems = 1
        tag.constraints.maxItems = 20
        let ids = Parameter(name: "DiskId", wireName: "DiskId.N", type: .array, items: Items(type: .string), line: 9)
        let response = [
            ResponseField(name: "RequestId", type: .string, example: "ABC", line: 20),
            ResponseField(
                name: "Things", type: .array, items: Items(type: .object),
                children: [ResponseField(name: "ThingId", type: .string, line: 22),
                           ResponseField(name: "Size", type: .long, line: 23)], line: 21),
        ]
        return OperationSpec(
            vendor: "alibaba", product: "ecs", apiVersion: "2014-05-26", action: "CreateThing", language: "en",
            title: "CreateThing", summary: "Creates a thing.\nSecond line.", source: source("CreateThing.md"),
            parameters: [action, name, size, category, level, tag, ids], responseFields: response,
            errors: [
                ErrorCode(http: 404, code: "InvalidThing.NotFound", message: "Not found.", description: nil, line: 30),
                ErrorCode(http: 400, code: "InvalidName.Malformed", message: "Bad name.", description: "名称不合法。", line: 31),
                ErrorCode(http: 400, code: "InvalidName.Malformed", message: "Bad name again.", description: nil, line: 32),
            ],
            examples: Examples(request: "https://ecs.aliyuncs.com/?Action=CreateThing", responseJSON: #"{"RequestId": "ABC", "Count": 2, "Ok": true}"#))
    }

    /// A second Alibaba operation of the same product and version: both land in one document.
    static var alibabaSecond: OperationSpec {
        OperationSpec(
            vendor: "alibaba", product: "ecs", apiVersion: "2014-05-26", action: "DeleteThing", language: "en",
            source: source("DeleteThing.md"),
            parameters: [Parameter(name: "ThingId", type: .string, required: true, line: 1)])
    }

    /// Tencent API 3.0: common parameters as X-TC-* headers, the rest as a JSON body, the response under `Response`.
    static var tencent: OperationSpec {
        OperationSpec(
            vendor: "tencent", product: "cbs", apiVersion: "2017-03-12", action: "CreateGroup", language: "en",
            source: source("CreateGroup.md"),
            parameters: [
                Parameter(name: "Action", type: .string, required: true, common: true, line: 1),
                Parameter(name: "Version", type: .string, required: true, common: true, line: 2),
                Parameter(name: "Region", type: .string, required: true, common: true, line: 3),
                Parameter(name: "DiskIds", wireName: "DiskIds.N", type: .array, items: Items(type: .string), required: true, line: 4),
                Parameter(name: "GroupName", type: .string, line: 5),
            ],
            responseFields: [ResponseField(name: "GroupId", type: .string, line: 10),
                             ResponseField(name: "RequestId", type: .string, line: 11)],
            errors: [ErrorCode(http: nil, code: "InsufficientQuota", message: nil, description: "No quota.", line: 20)])
    }

    /// The exported document of `specs`, parsed back.
    static func document(_ specs: [OperationSpec]) throws -> (name: String, value: OpenAPIValue) {
        let files = try OpenAPIExport.files(for: specs)
        precondition(files.count == 1, "fixture specs span \(files.count) documents")
        let (name, data) = files.first!
        return (name, try JSONDecoder().decode(OpenAPIValue.self, from: data))
    }

    static func parameter(_ operation: OpenAPIValue?, _ name: String) -> OpenAPIValue? {
        operation?["parameters"]?.arrayValue?.first { $0["name"]?.stringValue == name }
    }

    /// Follows a `#/components/schemas/X` reference inside `document`.
    static func resolve(_ schema: OpenAPIValue?, in document: OpenAPIValue) -> OpenAPIValue? {
        guard let ref = schema?["$ref"]?.stringValue else { return schema }
        let name = String(ref.dropFirst("#/components/schemas/".count))
        return document["components"]?["schemas"]?[name]
    }
}
