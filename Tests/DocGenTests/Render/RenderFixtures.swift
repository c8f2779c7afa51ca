import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
import Foundation

/// Small specs written for these tests (they imitate the shape of vendor pages, not their text).
enum RenderFixtures {
    static func source(_ file: String) -> SourceInfo {
        SourceInfo(file: file, sha256: String(repeating: "0", count: 64), format: "markdown")
    }

    /// An Alibaba-style operation: a required id, a limited name, a number range, a deprecated enum,
    /// a repeat list, and a `Tag.N.Key` list whose children collide (`key` / `Key`).
    static var alibabaCreateWidget: OperationSpec {
        var name = Parameter(name: "WidgetName", type: .string, description: "The widget's name.", example: "my-widget", line: 12)
        name.constraints.minLength = 2
        name.constraints.maxLength = 16
        name.constraints.forbiddenPrefixes = ["http://"]
        name.constraintSources = ["minLength": "Between 2 and 16 characters.", "maxLength": "Between 2 and 16 characters.",
                                  "forbiddenPrefixes": "It cannot start with http://."]
        var size = Parameter(name: "Size", type: .integer, example: "20", line: 13)
        size.constraints.minimum = 1
        size.constraints.maximum = 100
        size.constraintSources = ["minimum": "From 1 to 100.", "maximum": "From 1 to 100."]
        var kind = Parameter(name: "Kind", type: .string, example: "Basic", line: 14)
        kind.constraints.enum = ["Basic", "Extra"]
        kind.constraints.deprecated = true
        var zones = Parameter(name: "ZoneId", wireName: "ZoneId.N", type: .array, items: Items(type: .string), example: "z-1", line: 15)
        zones.constraints.maxItems = 3
        var tagKey = Parameter(name: "Key", wireName: "Tag.N.Key", type: .string, example: "team", line: 17)
        tagKey.constraints.maxLength = 8
        let lowerKey = Parameter(name: "key", wireName: "Tag.N.key", type: .string, line: 18)
        let tag = Parameter(name: "Tag", wireName: "Tag.N", type: .array, items: Items(type: .object),
                            children: [lowerKey, tagKey], line: 16)
        return OperationSpec(
            vendor: "alibaba", product: "demo", apiVersion: "2020-01-01", action: "CreateWidget", language: "en",
            title: "CreateWidget", summary: "Creates a widget.", source: source("demo/CreateWidget.md"),
            parameters: [
                Parameter(name: "Action", type: .string, required: true, common: true, line: 10),
                Parameter(name: "RegionId", type: .string, required: true, description: "The region.", example: "cn-a", line: 11),
                name, size, kind, zones, tag,
            ],
            responseFields: [
                ResponseField(name: "RequestId", type: .string, line: 30),
                ResponseField(name: "WidgetId", type: .string, line: 31),
            ],
            errors: [
                ErrorCode(http: 404, code: "InvalidRegionId.NotFound", message: "The region does not exist.", description: nil, line: 40),
                ErrorCode(http: 400, code: "InvalidWidgetName.Malformed", message: "The name is malformed.", description: nil, line: 41),
            ],
            examples: Examples(responseJSON: #"{"RequestId": "r-1", "WidgetId": "w-1"}"#)
        )
    }

    /// A Tencent-style operation: 0-based lists, `Version` sent, `{"Response": ...}` bodies.
    static var tencentListGadgets: OperationSpec {
        var ids = Parameter(name: "GadgetIds", wireName: "GadgetIds.N", type: .array, items: Items(type: .string),
                            required: true, example: #"["g-1", "g-2"]"#, line: 8)
        ids.constraints.maxItems = 5
        return OperationSpec(
            vendor: "tencent", product: "gadget", apiVersion: "2019-07-01", action: "ListGadgets", language: "en",
            source: source("gadget/ListGadgets.txt"),
            parameters: [
                Parameter(name: "Action", type: .string, required: true, common: true, line: 5),
                Parameter(name: "Version", type: .string, required: true, common: true, line: 6),
                Parameter(name: "Region", type: .string, required: true, common: true, line: 7),
                ids,
            ],
            responseFields: [
                ResponseField(name: "TotalCount", type: .integer, line: 20),
                ResponseField(name: "RequestId", type: .string, line: 21),
            ],
            errors: [ErrorCode(http: nil, code: "ResourceNotFound.Gadget", message: nil, description: "No such gadget.", line: 30)],
            examples: Examples(responseJSON: #"{"TotalCount": 2, "RequestId": "r-2"}"#)
        )
    }

    static func loaded(_ spec: OperationSpec) -> LoadedSpec {
        let path = "\(spec.vendor)/\(spec.product)/\(spec.apiVersion)/\(spec.action).json"
        return LoadedSpec(path: path, spec: spec, data: (try? SpecJSON.encode(spec)) ?? Data())
    }

    /// Writes specs into `root` the way `docgen ingest` lays them out.
    static func writeSpecs(_ specs: [OperationSpec], to root: URL) throws {
        for spec in specs {
            let url = root.appendingPathComponent(loaded(spec).path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try SpecJSON.encode(spec).write(to: url)
        }
    }

    static func generate(_ specs: [OperationSpec], templates: TemplateSet = .builtIn(), access: AccessLevel = .public) throws -> [GeneratedFile] {
        var generator = SDKGenerator(templates: templates, access: access)
        return try generator.generate(specs.map(loaded))
    }

    static func text(_ files: [GeneratedFile], _ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) }
    }
}
