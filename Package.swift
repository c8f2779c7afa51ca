// swift-tools-version: 6.0
import PackageDescription

// docgen's own package: the tool, its pipeline stages as modules, and the runtime library that generated SDKs
// depend on. The SDKs docgen emits are packages of their own (Generated/Package.swift is written by
// `docgen generate`), so nothing here lists generated code.
//
// Stages, bottom to top (docs/architecture.md draws the graph; ArchitectureDocTests keeps it equal to this file):
//   DocGenSpec          the spec model, its JSON, the spec store and its layout, diagnostics, file output
//   DocGenReading       page readers, the spec builder, the constraint extractor, ingest (the only libxml2 user)
//   DocGenDiff          spec comparison, change reports, history
//   DocGenGeneration    Mustache, view models, templates, the SDK writer
//   DocGenErrorTables   error-code reference tables
//   DocGenExport        OpenAPI 3.1 export of the specs
//   DocGenCommandLine   every `docgen` command line and the `update` workflow
let package = Package(
    name: "docgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docgen", targets: ["docgen"]),
        .library(name: "DocGenRuntime", targets: ["DocGenRuntime"]),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "DocGenRuntime"),
        .target(name: "DocGenSpec"),
        .target(name: "DocGenReading", dependencies: ["DocGenSpec", "CLibXML2"]),
        .target(name: "DocGenDiff", dependencies: ["DocGenSpec"]),
        .target(name: "DocGenGeneration", dependencies: ["DocGenSpec", "DocGenRuntime"]),
        .target(name: "DocGenErrorTables", dependencies: ["DocGenSpec"]),
        .target(name: "DocGenExport", dependencies: ["DocGenSpec"]),
        .target(
            name: "DocGenCommandLine",
            dependencies: [
                "DocGenSpec", "DocGenReading", "DocGenDiff", "DocGenGeneration", "DocGenErrorTables", "DocGenExport",
            ]
        ),
        .executableTarget(name: "docgen", dependencies: ["DocGenCommandLine"]),
        .executableTarget(
            name: "docgen-bench",
            dependencies: [
                "DocGenSpec", "DocGenReading", "DocGenDiff", "DocGenGeneration", "DocGenErrorTables", "DocGenCommandLine",
                "DocGenRuntime",
            ]
        ),
        .testTarget(name: "DocGenRuntimeTests", dependencies: ["DocGenRuntime"]),
        .testTarget(
            name: "DocGenTests",
            dependencies: [
                "DocGenSpec", "DocGenReading", "DocGenDiff", "DocGenGeneration", "DocGenErrorTables",
                "DocGenCommandLine", "DocGenRuntime", "DocGenExport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer entry point (Fuzz/docgen-fuzz) exists only for `scripts/fuzz.sh`, which sets DOCGEN_FUZZ=1 and builds
// with `-sanitize=fuzzer,address` into a scratch folder of its own. It is not a product and the normal build never
// compiles it: the stages it fuzzes are internal modules, which a separate package could only reach if they were
// published as library products.
if Context.environment["DOCGEN_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "docgen-fuzz", dependencies: ["DocGenSpec", "DocGenReading", "DocGenGeneration"], path: "Fuzz/docgen-fuzz"
        )
    )
}
