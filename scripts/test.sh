#!/usr/bin/env bash
# The project's test command (the README names it; CI runs it through .ci/run).
#  1. build;  2. Generated/ and the error tables must be what docgen makes from specs/ (drift gate);
#  3. swift test (unit tests; tests over ../shared skip without it);
#  4. with ../shared: an SDK for every ECS corpus page, built and tested in a throw-away package.
# SwiftPM caches the evaluated Package.swift, which discovers Generated/Sources/* by listing the folder:
# --manifest-cache none keeps a stale cache from hiding a generated module.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --manifest-cache none
bin="$(swift build --manifest-cache none --show-bin-path)"
"$bin/docgen" generate --check
"$bin/docgen" errors --check
swift test --manifest-cache none

if [ -d ../shared/corpus ]; then
  work="$(mktemp -d -t docgen-corpus.XXXXXX)"
  trap 'rm -rf "$work"' EXIT
  for lang in zh en; do
    echo "== SDK from the ECS corpus ($lang pages)"
    "$bin/docgen" ingest "../shared/corpus/alibaba-ecs-$lang" --out "$work/specs-$lang" \
      --vendor alibaba --product ecs --api-version 2014-05-26 --quiet
    DOCGEN="$bin/docgen" SKIP_RELEASE=1 bash scripts/corpus-sdk.sh "$work/specs-$lang" "$work/sdk-$lang"
  done
else
  echo "../shared is not beside the repo: corpus SDK build skipped"
fi
