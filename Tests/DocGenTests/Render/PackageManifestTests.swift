@testable import DocGenGeneration
import DocGenSpec
import Foundation
import Testing

/// The generated SDK is a package of its own: its manifest, module naming options and runtime source.
@Suite struct PackageManifestTests {
    @Test func manifestListsOneLibraryPerProductAndTheRuntimeByPath() throws {
        let files = try RenderFixtures.generate([RenderFixtures.alibabaCreateWidget, RenderFixtures.tencentListGadgets])
        let manifest = try #require(RenderFixtures.text(files, "Package.swift"))
        #expect(manifest.hasPrefix("// swift-tools-version: 6.0\n"))
        #expect(manifest.contains(#".library(name: "AlibabaDemo", targets: ["AlibabaDemo"])"#))
        #expect(manifest.contains(#".library(name: "TencentGadget", targets: ["TencentGadget"])"#))
        #expect(manifest.contains(#".package(name: "docgen", path: "..")"#))
        #expect(!manifest.contains("FileManager"), "the manifest must list its modules, not discover them")
    }

    @Test func runtimeByURLAndVersion() throws {
        var generator = SDKGenerator(templates: .builtIn(), access: .public)
        let files = try generator.generate([RenderFixtures.loaded(RenderFixtures.alibabaCreateWidget)], packageName: "My\"SDK",
                                           runtime: .url("https://example.com/docgen.git", version: "1.2.0"))
        let manifest = try #require(RenderFixtures.text(files, "Package.swift"))
        #expect(manifest.contains(#".package(url: "https://example.com/docgen.git", from: "1.2.0")"#))
        #expect(manifest.contains(#"name: "My\"SDK","#), "the package name is a Swift string literal, escaped")
    }

    @Test func modulePrefixAndAPIVersionSuffix() throws {
        var generator = SDKGenerator(templates: .builtIn(), access: .public)
        generator.packaging.modulePrefix = "My"
        generator.packaging.apiVersionSuffix = true
        let files = try generator.generate([RenderFixtures.loaded(RenderFixtures.alibabaCreateWidget)])
        #expect(files.contains { $0.path == "Sources/MyAlibabaDemo20200101/CreateWidget.swift" })
        let manifest = try #require(RenderFixtures.text(files, "Package.swift"))
        #expect(manifest.contains(#".library(name: "MyAlibabaDemo20200101", targets: ["MyAlibabaDemo20200101"])"#))
    }

    @Test func relativeRuntimePathFromTheOutputFolder() {
        #expect(RelativePath.from(URL(fileURLWithPath: "/a/b/Generated"), to: URL(fileURLWithPath: "/a/b")) == "..")
        #expect(RelativePath.from(URL(fileURLWithPath: "/tmp/x/sdk"), to: URL(fileURLWithPath: "/a/b")) == "../../../a/b")
    }

    @Test func configRejectsARuntimeGivenTwoWays() {
        let json = Data(#"{"runtimePath": "../docgen", "runtimeURL": "https://example.com/d.git", "runtimeVersion": "1.0.0"}"#.utf8)
        #expect(throws: DocGenError.self) {
            try GenerateConfig.parse(json, file: "docgen.json", relativeTo: URL(fileURLWithPath: "/tmp"))
        }
        let half = Data(#"{"runtimeURL": "https://example.com/d.git"}"#.utf8)
        #expect(throws: DocGenError.self) {
            try GenerateConfig.parse(half, file: "docgen.json", relativeTo: URL(fileURLWithPath: "/tmp"))
        }
    }
}
