#!/usr/bin/env bash
# Generated clients against the mock vendor: docgen ingests four real reference pages of ../shared (Alibaba RPC:
# ECS CreateSnapshot and the paginated DescribeSnapshots; Alibaba REST/ROA: Elasticsearch UpdateDescription; Tencent
# API 3.0: the paginated CVM DescribeInstances), generates an SDK from them into
# Tests/GeneratedClientIntegration/Output/, and the package Tests/GeneratedClientIntegration drives the generated
# clients over HTTP against Tests/MockVendor/mock_vendor.py (127.0.0.1 only, started and stopped by each test).
#
#   scripts/client-integration.sh            DOCGEN=path/to/docgen uses a built binary; SCRATCH=DIR a build folder
#
# Skips (exit 0, with a message) without python3 or without ../shared. The page set is small on purpose: the SDK
# compiles in seconds.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
package="$repo/Tests/GeneratedClientIntegration"
out="$package/Output"
if ! command -v python3 >/dev/null; then
  echo "client integration skipped: python3 is not on PATH (the mock vendor is a Python script)"
  exit 0
fi
if [ ! -d "$shared/corpus/alibaba-ecs-en" ] || [ ! -d "$shared/corpus-wide" ]; then
  echo "client integration skipped: no $shared/corpus and corpus-wide (the SDK is generated from their pages)"
  exit 0
fi
if [ -z "${DOCGEN:-}" ]; then
  (cd "$repo" && swift build --product docgen >/dev/null)
  DOCGEN="$(cd "$repo" && swift build --show-bin-path)/docgen"
fi

rm -rf "$out/specs"
"$DOCGEN" ingest "$shared/corpus/alibaba-ecs-en/CreateSnapshot.md" "$shared/corpus/alibaba-ecs-en/DescribeSnapshots.md" \
  --vendor alibaba --product ecs --api-version 2014-05-26 --out "$out/specs" --quiet
"$DOCGEN" ingest "$shared/corpus-wide/alibaba-elasticsearch-en/UpdateDescription.md" \
  "$shared/corpus-wide/tencent-cvm-en/DescribeInstances.md" --out "$out/specs" --quiet
# Writes only files whose bytes change, so a second run rebuilds nothing.
"$DOCGEN" generate --specs "$out/specs" --out "$out/IntegrationSDK" --package-name IntegrationSDK
swift test --package-path "$package" ${SCRATCH:+--scratch-path "$SCRATCH"}
