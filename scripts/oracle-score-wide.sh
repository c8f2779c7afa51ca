#!/usr/bin/env bash
# Scores docgen's specs for ../shared/corpus-wide against ../shared/corpus-wide-oracle: parameter names and required
# flags (compare.py, --only-matched, Alibaba and Tencent folders separately) and the HTTP binding of the REST pages
# (scripts/binding-score.py). Each folder is ingested into a store of its own from a temporary copy named like the
# folder, so source.file reads `<folder>/<Page>.md` as compare.py expects; the folder's `_overview/` pages (common
# parameters, data structures) go in with it.
#   Usage: scripts/oracle-score-wide.sh [extra compare.py options, e.g. --worst 40]
#   DOCGEN_BIN=path/to/docgen uses that binary (default: the release build, built first);
#   DOCGEN_ORACLE_SPECS=DIR (a folder that does not exist yet) keeps the specs there.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
[ -d "$shared/corpus-wide-oracle" ] || { echo "no $shared/corpus-wide-oracle" >&2; exit 2; }
docgen="${DOCGEN_BIN:-}"
if [ -z "$docgen" ]; then
  (cd "$repo" && swift build -c release --product docgen >/dev/null)
  docgen="$(cd "$repo" && swift build -c release --show-bin-path)/docgen"
fi
work="$(mktemp -d -t docgen-oracle-wide.XXXXXX)"
trap 'rm -rf "$work"' EXIT
specs="${DOCGEN_ORACLE_SPECS:-$work/specs}"
[ ! -e "$specs" ] || { echo "oracle-score-wide: $specs exists; give a new folder" >&2; exit 2; }
for folder in "$shared"/corpus-wide/*/; do
  name="$(basename "$folder")"
  [ "$name" = "_overview" ] && continue
  vendor="${name%%-*}"
  mkdir -p "$work/pages/$name"
  cp -R "$folder" "$work/pages/$name/$name"
  # The product's overview pages (common parameters, data structures) are ingested with it, as a user would.
  [ -d "$shared/corpus-wide/_overview/$name" ] && cp -R "$shared/corpus-wide/_overview/$name" "$work/pages/$name/_overview"
  "$docgen" ingest "$work/pages/$name" --out "$specs/$vendor/$name" --quiet 2>/dev/null || true
done
for vendor in alibaba tencent; do
  echo "== $vendor"
  python3 "$shared/corpus-oracle/compare.py" "$specs/$vendor" "$shared/corpus-wide-oracle" --only-matched "$@"
done
echo "== alibaba REST binding"
python3 "$repo/scripts/binding-score.py" "$specs/alibaba" "$shared/corpus-wide-oracle"
