// swift-tools-version: 6.0
import PackageDescription

// The side-by-side benchmark's tools: swift-openapi-generator's CLI, built from this package
// (`swift build -c release --product swift-openapi-generator`). Not a dependency of docgen: run.sh builds it here,
// in this folder's own .build, and generates a client package for each operation set (README.md, run.sh).
let package = Package(
    name: "SideBySide",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3"),
    ],
    targets: []
)
