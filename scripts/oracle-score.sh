#!/usr/bin/env bash
# Scores docgen's specs for ../shared/corpus against the official metadata (../shared/corpus-oracle/compare.py).
# Each corpus folder is ingested into a store of its own (identical pages in two folders would otherwise be one
# revision), from a temporary copy named like the folder, so that source.file reads `<folder>/<Page>.md` as
# compare.py expects.   Usage: scripts/oracle-score.sh [extra compare.py options, e.g. --worst 40]
# DOCGEN_ORACLE_SPECS=DIR (a folder that does not exist yet) keeps the specs there, for scripts/oracle-differences.py.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
[ -d "$shared/corpus-oracle" ] || { echo "no $shared/corpus-oracle" >&2; exit 2; }
docgen="${DOCGEN_BIN:-}"   # DOCGEN_BIN=path/to/docgen scores that binary instead of building the release one
if [ -z "$docgen" ]; then
  (cd "$repo" && swift build -c release --product docgen >/dev/null)
  docgen="$(cd "$repo" && swift build -c release --show-bin-path)/docgen"
fi
work="$(mktemp -d -t docgen-oracle.XXXXXX)"
trap 'rm -rf "$work"' EXIT
specs="${DOCGEN_ORACLE_SPECS:-$work/specs}"
[ ! -e "$specs" ] || { echo "oracle-score: $specs exists; give a new folder" >&2; exit 2; }
for folder in "$shared"/corpus/*/; do
  name="$(basename "$folder")"
  mkdir -p "$work/pages/$name"
  cp -R "$folder" "$work/pages/$name/$name"
  "$docgen" ingest "$work/pages/$name" --out "$specs/$name" --quiet 2>/dev/null || true
done
python3 "$shared/corpus-oracle/compare.py" "$specs" "$shared/corpus-oracle" "$@"
