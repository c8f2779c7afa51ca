@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
import Foundation
import Testing

@Suite struct GenerateConfigTests {
    let folder = URL(fileURLWithPath: "/project")

    func parse(_ json: String) throws -> GenerateConfig {
        try GenerateConfig.parse(Data(json.utf8), file: "docgen.json", relativeTo: folder)
    }

    @Test func everyKeyIsRead() throws {
        let config = try parse("""
        {"access": "package", "templates": "tpl", "products": ["alibaba/ecs"], "operations": ["alibaba/ecs/CreateSnapshot"],
         "specs": "my-specs", "out": "Out"}
        """)
        #expect(config.access == .package)
        #expect(config.templates?.path == "/project/tpl")
        #expect(config.specs?.path == "/project/my-specs")
        #expect(config.out?.path == "/project/Out")
        #expect(config.products == ["alibaba/ecs"])
        #expect(config.operations == ["alibaba/ecs/CreateSnapshot"])
    }

    @Test func emptyConfigKeepsDefaults() throws {
        #expect(try parse("{}") == GenerateConfig())
    }

    @Test(arguments: [
        (#"{"acess": "public"}"#, "docgen.json: unknown key 'acess'"),
        (#"{"access": "open"}"#, "docgen.json: key 'access' must be one of public, package, internal"),
        (#"{"access": 1}"#, "docgen.json: key 'access' must be a non-empty string"),
        (#"{"products": "alibaba/ecs"}"#, "docgen.json: key 'products' must be a list of strings"),
        (#"{"products": ["alibaba"]}"#, "docgen.json: key 'products': 'alibaba' is not of the form vendor/product"),
        (#"{"operations": ["a/b/"]}"#, "docgen.json: key 'operations': 'a/b/' is not of the form vendor/product/Action"),
        (#"[1]"#, "docgen.json: the config must be a JSON object"),
        (#"{"access": "#, "docgen.json: not valid JSON"),
    ])
    func badConfigsNameTheFileAndKey(_ json: String, _ message: String) {
        #expect { try parse(json) } throws: { "\($0)".hasPrefix(message) }
    }

    @Test func selection() throws {
        let config = try parse(#"{"products": ["alibaba/demo"], "operations": ["alibaba/demo/CreateWidget"]}"#)
        #expect(config.selects(RenderFixtures.alibabaCreateWidget))
        #expect(!config.selects(RenderFixtures.tencentListGadgets))
        var other = RenderFixtures.alibabaCreateWidget
        other.action = "DeleteWidget"
        #expect(!config.selects(other))
    }
}
