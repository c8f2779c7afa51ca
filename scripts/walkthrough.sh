#!/usr/bin/env bash
# The README's "Your own SDK in five commands", run as a user would: a new folder with a few vendor pages, `docgen
# update` into a spec store and an SDK package, a user package that depends on that SDK, built and run.
#   Usage: scripts/walkthrough.sh WORK_DIR     (DOCGEN=path/to/docgen to use a built binary; needs ../shared)
# Exit status 0 when the user's program built and printed the request it would send.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
work="${1:?usage: scripts/walkthrough.sh WORK_DIR}"
[ -d "$shared/corpus/alibaba-ecs-en" ] || { echo "walkthrough: no $shared/corpus (set DOCGEN_SHARED)" >&2; exit 2; }
if [ -z "${DOCGEN:-}" ]; then
  (cd "$repo" && swift build --product docgen >/dev/null)
  DOCGEN="$(cd "$repo" && swift build --show-bin-path)/docgen"
fi
rm -rf "$work" && mkdir -p "$work/pages" && cd "$work"

# 1. A folder of pages (here: three ECS reference pages).
cp "$shared"/corpus/alibaba-ecs-en/{CreateSnapshot,DescribeSnapshots,DescribeRegions}.md pages/

# 2. Specs, SDK package and error tables in one command.
"$DOCGEN" update pages --specs specs --out MyCloudSDK --errors-out MyCloudSDK/ErrorTables \
  --vendor alibaba --product ecs --api-version 2014-05-26

# 3. A user package that depends on the generated SDK.
mkdir -p App/Sources/App
cat > App/Package.swift <<'MANIFEST'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "App",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../MyCloudSDK")],
    targets: [
        .executableTarget(name: "App", dependencies: [.product(name: "AlibabaEcs", package: "MyCloudSDK")]),
    ]
)
MANIFEST
cat > App/Sources/App/main.swift <<'PROGRAM'
import AlibabaEcs

var request = AlibabaEcs.CreateSnapshot.Request(diskId: "d-bp1example")
request.snapshotName = "nightly-backup"
do {
    try request.validate()
    print("valid; query:", request.queryItems().percentEncodedQuery)
} catch {
    print(error)
}
request.snapshotName = "http://not-allowed"
print("invalid:", request.validationIssues().map(\.description))
PROGRAM

# 4. Build it, 5. run it.
swift build --package-path App
swift run --package-path App App
