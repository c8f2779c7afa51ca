#!/usr/bin/env bash
# Exports every shared page set to OpenAPI 3.1 and validates each document with openapi-spec-validator (PyPI).
# Each ../shared/corpus/* and corpus-wide/* folder and the seeds are ingested into a temporary store of their own,
# exported with `docgen export openapi`, exported a second time with --check (must report no change: deterministic),
# and every document is validated. Prints per-set counts and a total; exit 0 only when all validate.
#   Usage: scripts/validate-openapi.sh [docgen binary]   (default: the debug build, built first)
#   Needs: pip install openapi-spec-validator==0.9.0
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
docgen="${1:-}"
if [ -z "$docgen" ]; then
  (cd "$repo" && swift build --product docgen >/dev/null)
  docgen="$(cd "$repo" && swift build --show-bin-path)/docgen"
fi
[ -d "$shared/corpus" ] || { echo "validate-openapi: no $shared/corpus (set DOCGEN_SHARED)" >&2; exit 2; }
work="$(mktemp -d -t docgen-openapi.XXXXXX)"
trap 'rm -rf "$work"' EXIT

sets=0; drift=0
export_set() { # name, ingest inputs...
  local name="$1"; shift
  "$docgen" ingest "$@" --out "$work/specs/$name" --quiet >/dev/null 2>&1 || true   # failed pages are ingest's business
  [ -d "$work/specs/$name" ] || { echo "$name: no specs"; return; }
  "$docgen" export openapi --specs "$work/specs/$name" --out "$work/openapi/$name" >/dev/null
  if ! "$docgen" export openapi --specs "$work/specs/$name" --out "$work/openapi/$name" --check >/dev/null; then
    echo "$name: a second export would change files (not deterministic)"; drift=$((drift + 1))
  fi
  local docs; docs=$(find "$work/openapi/$name" -name '*.openapi.json' | wc -l | tr -d ' ')
  local ops; ops=$(find "$work/specs/$name" -mindepth 4 -maxdepth 4 -name '*.json' | wc -l | tr -d ' ')
  printf '%-34s %4s operations  %3s documents\n' "$name" "$ops" "$docs"
  sets=$((sets + 1))
}
for folder in "$shared"/corpus/*/; do export_set "corpus-$(basename "$folder")" "$folder"; done
if [ -d "$shared/corpus-wide" ]; then
  for folder in "$shared"/corpus-wide/*/; do
    case "$(basename "$folder")" in _overview) continue ;; esac
    export_set "wide-$(basename "$folder")" "$folder"
  done
fi
export_set seeds "$shared/seeds" --sources "$repo/seeds.sources.json"

mapfile -t documents < <(find "$work/openapi" -name '*.openapi.json' | sort)
echo "validate-openapi: $sets page sets, ${#documents[@]} documents; validating with openapi-spec-validator"
status=0
python3 "$repo/scripts/validate-openapi.py" "${documents[@]}" || status=$?
[ "$drift" -eq 0 ] || { echo "validate-openapi: $drift set(s) not deterministic"; status=1; }
exit $status
