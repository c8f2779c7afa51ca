#!/usr/bin/env bash
# The project's test command (the README names it; CI runs it through .ci/run).
#   scripts/test.sh           everything: what CI runs
#   scripts/test.sh --quick   the tool's own tests and the drift gates only (no generated SDK is compiled)
# Steps: 1. build docgen;  2. Generated/ and the error tables must be what docgen makes from specs/ (drift gate);
#  3. swift test (the tool's tests; those over ../shared skip without it);
#  4. full only: the seed SDK (Generated/, a package of its own) builds and passes its generated tests; generated
#     clients run against the mock vendor (scripts/client-integration.sh; skips without python3 or ../shared);
#     with ../shared, an SDK from every ECS corpus page (zh and en) does too, so do the SDKs of one Alibaba REST/ROA
#     and one Tencent corpus-wide product (scripts/wide-sdks.sh), and the README walkthrough runs;
#  5. full only: every libFuzzer target runs for a few seconds (scripts/fuzz.sh from a debug build; skipped with a
#     message where the toolchain has no libFuzzer).
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
case "${1:-}" in
  --quick) quick=1 ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
esac

swift build
bin="$(swift build --show-bin-path)"
"$bin/docgen" generate --check
"$bin/docgen" errors --check
swift test

if [ "$quick" = 1 ]; then
  echo "quick mode: generated SDKs not compiled (run scripts/test.sh for everything)"
  exit 0
fi

echo "== the seed SDK (Generated/)"
swift test --package-path Generated

echo "== generated clients against the mock vendor"
DOCGEN="$bin/docgen" bash scripts/client-integration.sh

if [ -d ../shared/corpus ]; then
  work="$(mktemp -d -t docgen-corpus.XXXXXX)"
  trap 'rm -rf "$work"' EXIT
  for lang in zh en; do
    echo "== SDK from the ECS corpus ($lang pages)"
    "$bin/docgen" ingest "../shared/corpus/alibaba-ecs-$lang" --out "$work/specs-$lang" \
      --vendor alibaba --product ecs --api-version 2014-05-26 --quiet
    DOCGEN="$bin/docgen" SKIP_RELEASE=1 bash scripts/corpus-sdk.sh "$work/specs-$lang" "$work/sdk-$lang"
  done
  # One product per calling convention besides ECS RPC, each small: Alibaba REST/ROA (Elasticsearch, 50 pages) and
  # Tencent API 3.0 (TKE, 5 pages); scripts/wide-sdks.sh with no argument builds every corpus-wide product.
  echo "== SDKs of an Alibaba REST/ROA product and a Tencent product (corpus-wide)"
  DOCGEN="$bin/docgen" DOCGEN_WIDE_WORK="$work/wide" bash scripts/wide-sdks.sh alibaba-elasticsearch-en tencent-tke-en
  echo "== README walkthrough"
  DOCGEN="$bin/docgen" bash scripts/walkthrough.sh "$work/walkthrough"
else
  echo "../shared is not beside the repo: corpus SDK builds and the walkthrough skipped"
fi

# A smoke run, not a campaign (docs/fuzzing.md): the debug build is the cheapest sanitized build, and inputs capped
# at 4 KiB keep its pass over the seed pages short.
echo "== fuzzing: every target for 6 s"
FUZZ_BUILD=debug FUZZ_MAX_LEN=4096 bash scripts/fuzz.sh 6
