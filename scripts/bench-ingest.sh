#!/usr/bin/env bash
# Ingest benchmark: builds docgen-bench in release mode and ingests the shared corpus (or the folders given).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product docgen-bench
if [ $# -eq 0 ]; then set -- "${DOCGEN_SHARED:-../shared}/corpus"; fi
.build/release/docgen-bench ingest "$@"
