// swift-tools-version: 6.0
import Foundation
import PackageDescription

// Every folder under Generated/Sources is a module that docgen emitted (one per vendor product);
// its tests sit in Generated/Tests/<Module>Tests. Reading the folders here means regenerating never edits this file.
let generatedRoot = Context.packageDirectory + "/Generated"
let generatedModules = ((try? FileManager.default.contentsOfDirectory(atPath: generatedRoot + "/Sources")) ?? [])
    .filter { !$0.hasPrefix(".") }
    .sorted()

var targets: [Target] = [
    .systemLibrary(
        name: "CLibXML2",
        pkgConfig: "libxml-2.0",
        providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "DocGenCore", dependencies: ["CLibXML2", "DocGenRuntime"]),
    .target(name: "DocGenRuntime"),
    .executableTarget(name: "docgen", dependencies: ["DocGenCore"]),
    .executableTarget(name: "docgen-bench", dependencies: ["DocGenCore"], path: "Sources/docgen-bench"),
    .testTarget(name: "DocGenCoreTests", dependencies: ["DocGenCore", "DocGenRuntime"]),
    .testTarget(name: "DocGenRuntimeTests", dependencies: ["DocGenRuntime"]),
]
for module in generatedModules {
    targets.append(.target(name: module, dependencies: ["DocGenRuntime"], path: "Generated/Sources/\(module)"))
    if FileManager.default.fileExists(atPath: "\(generatedRoot)/Tests/\(module)Tests") {
        targets.append(.testTarget(
            name: "\(module)Tests",
            dependencies: [.target(name: module), "DocGenRuntime"],
            path: "Generated/Tests/\(module)Tests"
        ))
    }
}

let package = Package(
    name: "docgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docgen", targets: ["docgen"]),
        .library(name: "DocGenCore", targets: ["DocGenCore"]),
        .library(name: "DocGenRuntime", targets: ["DocGenRuntime"]),
    ] + generatedModules.map { .library(name: $0, targets: [$0]) },
    targets: targets,
    swiftLanguageModes: [.v6]
)
