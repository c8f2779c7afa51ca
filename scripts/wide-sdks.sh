#!/usr/bin/env bash
# Builds an SDK from each product folder of ../shared/corpus-wide and runs its generated tests: the "SDKs from every
# corpus-wide product compile" check. Each folder is ingested into a spec store of its own (a Tencent folder together
# with its product's data-structure page from _overview/, which documents the objects its `Array of X` types name),
# generated and built with scripts/corpus-sdk.sh (debug build with tests; SKIP_RELEASE=1).
#
#   scripts/wide-sdks.sh [FOLDER_NAME...]     e.g. scripts/wide-sdks.sh alibaba-nas-en tencent-tke-zh
#
# Prints one table row per product: specs read, operations generated, debug compile CPU seconds (user+sys, the steadier figure on a shared
# machine), warnings, tests and failures; the logs stay in WORK (printed at the end; DOCGEN_WIDE_WORK names it).
# DOCGEN=path/to/docgen uses a built binary (default: the debug build, built first). Exit status 1 when any product
# failed to generate, build or pass.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
wide="$shared/corpus-wide"
[ -d "$wide" ] || { echo "wide-sdks: no $wide (set DOCGEN_SHARED)" >&2; exit 2; }
if [ -z "${DOCGEN:-}" ]; then
  (cd "$repo" && swift build --product docgen >/dev/null) || { echo "docgen does not build" >&2; exit 1; }
  DOCGEN="$(cd "$repo" && swift build --show-bin-path)/docgen"
fi
work="${DOCGEN_WIDE_WORK:-$(mktemp -d -t docgen-wide.XXXXXX)}"
mkdir -p "$work"

if [ "$#" -gt 0 ]; then
  folders=("$@")
else
  folders=()
  for folder in "$wide"/*/; do
    name="$(basename "$folder")"
    [ "$name" = "_overview" ] || folders+=("$name")
  done
fi

status=0
printf '%-26s %6s %10s %14s %8s %6s %8s  %s\n' product specs operations "debug CPU (s)" warnings tests failures result
for name in "${folders[@]}"; do
  [ -d "$wide/$name" ] || { echo "wide-sdks: no folder $wide/$name" >&2; status=1; continue; }
  out="$work/$name"
  rm -rf "$out" && mkdir -p "$out"
  pages=("$wide/$name")
  # Tencent documents shared objects on one data-structure page per product (数据结构.md / 数据结构_intl.md).
  for page in "$wide/_overview/$name"/数据结构*.md; do
    [ -f "$page" ] && pages+=("$page")
  done
  "$DOCGEN" ingest "${pages[@]}" --out "$out/specs" --quiet >"$out/ingest.log" 2>&1
  DOCGEN="$DOCGEN" SKIP_RELEASE=1 bash "$repo/scripts/corpus-sdk.sh" "$out/specs" "$out/sdk" >"$out/sdk.log" 2>&1
  rc=$?
  # Operations generated: one source file each besides every module's client and error type. (docgen does not read
  # data-structure pages yet: such a page becomes an operation of a module `<Vendor>Unknown`, built but not counted.)
  # Specs: the operations read from the pages. Generation keeps the newest dated API version of each product, so a
  # page that states no version (or an older one) is read but not generated; its note is in sdk.log.
  specs=$(find "$out/specs" -name '*.json' -not -path '*/history/*' -not -path '*/unknown/unknown/*' | wc -l | tr -d ' ')
  operations=0
  for module in "$out/sdk/Sources"/*/; do
    [ -d "$module" ] || continue
    case "$(basename "$module")" in *Unknown) continue ;; esac
    operations=$((operations + $(find "$module" -name '*.swift' | wc -l) - 2))
  done
  cpu=$(awk '{ printf "%.1f", $2 + $3 }' "$out/sdk/.timing" 2>/dev/null)
  warnings=$(sed -nE 's/^warnings: ([0-9]+)$/\1/p' "$out/sdk.log")
  tests=$(sed -nE 's/^tests: ([0-9]+), failures.*/\1/p' "$out/sdk.log")
  failures=$(sed -nE 's/^tests: [0-9]+, failures \(issues\): (.*)$/\1/p' "$out/sdk.log")
  if [ "$rc" = 0 ] && [ "${warnings:-0}" = 0 ]; then result=ok; else result="FAILED ($out/sdk.log)"; status=1; fi
  printf '%-26s %6s %10s %14s %8s %6s %8s  %s\n' "$name" "$specs" "$operations" "${cpu:--}" "${warnings:--}" \
    "${tests:--}" "${failures:--}" "$result"
done
echo "work folder: $work"
exit $status
