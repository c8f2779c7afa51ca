#!/usr/bin/env bash
# Writes everything `docgen ingest` produces for the shared pages into one folder, so that a change meant to keep
# the output (a speed-up, a refactoring) can be checked with `diff -r BEFORE AFTER`.
# Each corpus and corpus-wide folder, corpus-html and the seeds go into a store of their own; the warnings printed go beside them.
#   Usage: scripts/ingest-snapshot.sh OUT_DIR [docgen binary]   (default binary: the release build, built first)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
out="${1:?usage: scripts/ingest-snapshot.sh OUT_DIR [docgen binary]}"
docgen="${2:-}"
if [ -z "$docgen" ]; then
  (cd "$repo" && swift build -c release --product docgen >/dev/null)
  docgen="$(cd "$repo" && swift build -c release --show-bin-path)/docgen"
fi
[ -d "$shared/corpus" ] || { echo "ingest-snapshot: no $shared/corpus (set DOCGEN_SHARED)" >&2; exit 2; }
rm -rf "$out" && mkdir -p "$out"
snapshot() { # name, inputs...
  local name="$1"; shift
  "$docgen" ingest "$@" --out "$out/$name" --quiet >"$out/$name.log" 2>&1 || echo "exit $?" >>"$out/$name.log"
}
for folder in "$shared"/corpus/*/; do snapshot "corpus-$(basename "$folder")" "$folder"; done
if [ -d "$shared/corpus-wide" ]; then
  for folder in "$shared"/corpus-wide/*/; do snapshot "wide-$(basename "$folder")" "$folder"; done
fi
snapshot corpus-html "$shared/corpus-html"
snapshot seeds "$shared/seeds" --sources "$repo/seeds.sources.json"
echo "ingest-snapshot: $(find "$out" -type f | wc -l) files in $out"
