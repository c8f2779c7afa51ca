import DocGenSpec
@testable import DocGenExport
import Foundation
import Testing

@Suite("OpenAPI export: operations, parameters, constraints, schemas, errors")
struct OpenAPIStructureTests {
    typealias F = ExportFixtures

    @Test func oneDocumentPerVendorProductVersionWithOneOperationPerAction() throws {
        let files = try OpenAPIExport.files(for: [F.alibaba, F.alibabaSecond, F.tencent])
        #expect(files.keys.sorted() == ["alibaba-ecs-2014-05-26.openapi.json", "tencent-cbs-2017-03-12.openapi.json"])
        let (_, doc) = try F.document([F.alibaba, F.alibabaSecond])
        #expect(doc["openapi"] == "3.1.0")
        #expect(doc["info"]?["version"] == "2014-05-26")
        #expect(doc["servers"]?.arrayValue?.first?["url"] == "https://ecs.aliyuncs.com")
        #expect(doc["paths"]?.objectValue?.keys.sorted() == ["/CreateThing", "/DeleteThing"])
        let op = doc["paths"]?["/CreateThing"]?["get"]
        #expect(op?["operationId"] == "CreateThing")
        #expect(op?["summary"] == "Creates a thing.")
        #expect(op?["x-docgen-rpc"] == ["action": "CreateThing", "version": "2014-05-26", "style": "alibaba-rpc",
                                        "method": "GET", "path": "/"])
        #expect(op?["x-docgen-source"]?["file"] == "CreateThing.md")
        #expect(op?["x-docgen-request-example"] == "https://ecs.aliyuncs.com/?Action=CreateThing")
    }

    @Test func alibabaParametersAreQueryItemsWithEveryConstraint() throws {
        let (_, doc) = try F.document([F.alibaba])
        let op = doc["paths"]?["/CreateThing"]?["get"]
        #expect(op?["parameters"]?.arrayValue?.allSatisfy { $0["in"] == "query" } == true)
        let action = F.parameter(op, "Action")
        #expect(action?["required"] == true)
        #expect(action?["schema"]?["enum"] == ["CreateThing"])
        #expect(action?["x-docgen-common"] == true)

        let name = F.parameter(op, "ThingName")
        #expect(name?["required"] == nil)
        #expect(name?["description"] == "The name.")
        #expect(name?["example"] == "box-1")
        #expect(name?["schema"]?["minLength"] == 2)
        #expect(name?["schema"]?["maxLength"] == 128)
        #expect(name?["schema"]?["pattern"] == #"^(?=[A-Za-z])(?!http://|auto)[\x00-\x7F]*$"#)
        #expect(name?["x-docgen-charset"] == "ascii")
        #expect(name?["x-docgen-must-start-with"] == "letter")
        #expect(name?["x-docgen-forbidden-prefixes"] == ["http://", "auto"])
        #expect(name?["x-docgen-constraint-sources"]?["minLength"] == "2 to 128 characters.")

        let size = F.parameter(op, "Size")
        #expect(size?["required"] == true)
        #expect(size?["example"] == 40)
        #expect(size?["schema"] == ["type": "integer", "format": "int32", "minimum": 20, "maximum": 32768, "default": 40])

        let category = F.parameter(op, "Category")
        #expect(category?["deprecated"] == true)
        #expect(category?["schema"]?["deprecated"] == true)
        #expect(category?["schema"]?["enum"] == ["Standard", "Flash"])

        // "two" is no integer: the enum is kept as text in an extension instead of an invalid `enum`.
        let level = F.parameter(op, "Level")
        #expect(level?["schema"]?["enum"] == nil)
        #expect(level?["schema"]?["x-docgen-enum"] == ["1", "2", "two"])
        #expect(level?["x-docgen-internal"] == true)
        #expect(level?["x-docgen-mutually-exclusive-with"] == ["Category"])
        #expect(level?["x-docgen-depends-on"] == ["Size"])
    }

    @Test func repeatListsAreArraysWithItemLimitsAndObjectComponents() throws {
        let (_, doc) = try F.document([F.alibaba])
        let op = doc["paths"]?["/CreateThing"]?["get"]
        let tag = F.parameter(op, "Tag")
        #expect(tag?["x-docgen-wire-name"] == "Tag.N")
        #expect(tag?["style"] == "form")
        #expect(tag?["explode"] == true)
        #expect(tag?["schema"]?["type"] == "array")
        #expect(tag?["schema"]?["minItems"] == 1)
        #expect(tag?["schema"]?["maxItems"] == 20)
        #expect(tag?["schema"]?["items"] == ["$ref": "#/components/schemas/CreateThing_Tag"])
        let element = F.resolve(tag?["schema"]?["items"], in: doc)
        #expect(element?["required"] == ["Key"])
        #expect(element?["properties"]?["Key"]?["x-docgen-wire-name"] == "Tag.N.Key")
        #expect(element?["properties"]?["Key"]?["pattern"] == #"^(?![\s\S]*(?:acs:))"#)
        #expect(element?["properties"]?["Value"]?["type"] == "string")
        #expect(F.parameter(op, "DiskId")?["schema"] == ["type": "array", "items": ["type": "string"]])
    }

    @Test func responseBodyAndErrors() throws {
        let (_, doc) = try F.document([F.alibaba])
        let op = doc["paths"]?["/CreateThing"]?["get"]
        let ok = op?["responses"]?["200"]?["content"]?["application/json"]
        #expect(ok?["example"] == ["RequestId": "ABC", "Count": 2, "Ok": true])
        let body = F.resolve(ok?["schema"], in: doc)
        #expect(body?["properties"]?["RequestId"]?["examples"] == ["ABC"])
        let things = body?["properties"]?["Things"]
        #expect(things?["type"] == "array")
        let thing = F.resolve(things?["items"], in: doc)
        #expect(thing?["properties"]?["Size"] == ["type": "integer", "format": "int64"])

        #expect(op?["x-docgen-errors"]?.arrayValue?.count == 3)
        #expect(op?["x-docgen-errors"]?.arrayValue?.first == ["code": "InvalidThing.NotFound", "http": 404, "message": "Not found."])
        #expect(op?["responses"]?["400"]?["x-docgen-error-codes"] == ["InvalidName.Malformed"])
        #expect(op?["responses"]?["404"]?["description"] == "InvalidThing.NotFound")
        #expect(op?["responses"]?["404"]?["content"]?["application/json"]?["schema"] == ["$ref": "#/components/schemas/DocGenError"])
    }

    @Test func tencentCommonParametersAreHeadersAndTheRestAJSONBody() throws {
        let (_, doc) = try F.document([F.tencent])
        #expect(doc["paths"]?["/CreateGroup"]?["get"] == nil)
        let op = doc["paths"]?["/CreateGroup"]?["post"]
        #expect(op?["x-docgen-rpc"]?["style"] == "tencent-api3")
        let headers = op?["parameters"]?.arrayValue?.map { $0["name"]?.stringValue ?? "" }
        #expect(headers == ["X-TC-Action", "X-TC-Version", "X-TC-Region"])
        #expect(op?["parameters"]?.arrayValue?.allSatisfy { $0["in"] == "header" } == true)
        let body = F.resolve(op?["requestBody"]?["content"]?["application/json"]?["schema"], in: doc)
        #expect(body?["properties"]?.objectValue?.keys.sorted() == ["DiskIds", "GroupName"])
        #expect(body?["required"] == ["DiskIds"])
        let ok = op?["responses"]?["200"]?["content"]?["application/json"]?["schema"]
        #expect(ok?["required"] == ["Response"])
        #expect(F.resolve(ok?["properties"]?["Response"], in: doc)?["properties"]?["GroupId"] == ["type": "string"])
        // No HTTP status on the page: the error is in the extension only.
        #expect(op?["responses"]?.objectValue?.keys.sorted() == ["200"])
        #expect(op?["x-docgen-errors"] == [["code": "InsufficientQuota", "http": .null, "message": .null, "description": "No quota."]])
    }

    @Test func outputIsDeterministicSortedIndentedAndEndsWithANewline() throws {
        let a = try OpenAPIExport.files(for: [F.alibaba, F.alibabaSecond, F.tencent])
        let b = try OpenAPIExport.files(for: [F.tencent, F.alibabaSecond, F.alibaba])
        #expect(a == b)
        let text = String(decoding: a["alibaba-ecs-2014-05-26.openapi.json"]!, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"components\": {\n    \"schemas\": {\n"))
        #expect(text.hasSuffix("}\n"))
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == topKeys.sorted())
    }

    @Test func componentNamesAreUniqueAndIdentifierSafe() throws {
        var components = SchemaComponents()
        #expect(components.add(["type": "object"], named: "CreateThing_Tag") == ["$ref": "#/components/schemas/CreateThing_Tag"])
        #expect(components.add(["type": "string"], named: "CreateThing_Tag") == ["$ref": "#/components/schemas/CreateThing_Tag_2"])
        #expect(components.add(["type": "string"], named: "1st.disk-id") == ["$ref": "#/components/schemas/_1stDiskId"])
        #expect(components.schemas["CreateThing_Tag"] == ["type": "object"])
        let (_, doc) = try F.document([F.alibaba, F.alibabaSecond])
        let names = doc["components"]?["schemas"]?.objectValue?.keys.sorted() ?? []
        #expect(names == ["CreateThingResponse", "CreateThingResponse_Things", "CreateThing_Tag", "DeleteThingResponse", "DocGenError"])
        #expect(names.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } })
    }
}

@Suite("OpenAPI export: defaults and examples stay consistent with their schema")
struct OpenAPIConsistencyTests {
    @Test func aDefaultOutsideItsOwnEnumOrRangeIsKeptAsAnExtension() throws {
        var spec = ExportFixtures.alibabaSecond
        var charge = Parameter(name: "ChargeType", type: .string, example: "pay-as-you-go", line: 2)
        charge.constraints.enum = ["PrePaid"]
        charge.constraints.default = .string("PostPaid")
        var size = Parameter(name: "PageSize", type: .integer, example: "100", line: 3)
        size.constraints.maximum = 10
        size.constraints.default = .number(5)
        spec.parameters += [charge, size]
        let (_, doc) = try ExportFixtures.document([spec])
        let op = doc["paths"]?["/DeleteThing"]?["get"]
        let c = ExportFixtures.parameter(op, "ChargeType")
        #expect(c?["schema"]?["default"] == nil)
        #expect(c?["schema"]?["x-docgen-default"] == "PostPaid")
        #expect(c?["example"] == nil)
        #expect(c?["x-docgen-example"] == "pay-as-you-go")
        let s = ExportFixtures.parameter(op, "PageSize")
        #expect(s?["schema"]?["default"] == 5)
        #expect(s?["x-docgen-example"] == "100")
    }

    @Test func schemaCheckFollowsTheKeywords() {
        #expect(SchemaCheck.accepts("ab", ["type": "string", "minLength": 2, "pattern": "^(?!auto)"]))
        #expect(!SchemaCheck.accepts("autox", ["type": "string", "pattern": "^(?!auto)"]))
        #expect(!SchemaCheck.accepts("a", ["type": "string", "minLength": 2]))
        #expect(!SchemaCheck.accepts(11, ["type": "integer", "maximum": 10]))
        #expect(SchemaCheck.accepts(10, ["type": "integer", "maximum": 10]))
        #expect(!SchemaCheck.accepts("x", ["type": "integer"]))
    }
}

/// A numeric range on a string parameter: JSON Schema's `minimum` would be ignored on a string, so it is an extension.
@Suite struct StringRangeExportTests {
    @Test func aNumericRangeOfAStringParameterIsAnExtension() throws {
        var spec = ExportFixtures.alibaba
        var priority = Parameter(name: "Priority", type: .string, example: "1", line: 40)
        priority.constraints.minimum = SpecNumber(1)
        priority.constraints.maximum = SpecNumber(100)
        spec.parameters.append(priority)
        let (_, doc) = try ExportFixtures.document([spec])
        let schema = ExportFixtures.parameter(doc["paths"]?["/CreateThing"]?["get"], "Priority")?["schema"]
        #expect(schema == ["type": "string", "x-docgen-minimum": 1, "x-docgen-maximum": 100])
    }
}
