// swift-tools-version: 6.0
import PackageDescription

// Generated clients against the mock vendor (Tests/MockVendor/mock_vendor.py): Swift tests that drive code docgen
// generated, not hand-written request types. `scripts/client-integration.sh` ingests a few real pages of
// ../shared into Output/specs, generates Output/IntegrationSDK from them and runs these tests; run it first, then
// `swift test --package-path Tests/GeneratedClientIntegration` works on its own. Output/ is not in the repository.
let package = Package(
    name: "GeneratedClientIntegration",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "docgen", path: "../.."),
        .package(path: "Output/IntegrationSDK"),
    ],
    targets: [
        .testTarget(
            name: "GeneratedClientIntegrationTests",
            dependencies: [
                .product(name: "AlibabaEcs", package: "IntegrationSDK"),
                .product(name: "AlibabaElasticsearch", package: "IntegrationSDK"),
                .product(name: "TencentCvm", package: "IntegrationSDK"),
                .product(name: "DocGenRuntime", package: "docgen"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
