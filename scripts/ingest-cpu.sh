#!/usr/bin/env bash
# Ingest CPU vs a naive Python pass (docs/performance.md): paired runs, docgen then Python, RUNS times; prints each
# pair's CPU seconds (user+sys) and the median ratio.
#   scripts/ingest-cpu.sh DOCGEN_BINARY [RUNS=5]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
docgen="${1:?usage: scripts/ingest-cpu.sh DOCGEN_BINARY [RUNS]}"; runs="${2:-5}"
work="$(mktemp -d -t ingest-cpu.XXXXXX)"; trap 'rm -rf "$work"' EXIT
# Prints user+sys, wall, user and sys seconds of one command.
cpu() { /usr/bin/time -f '%U %S %e' -o "$work/t" "$@" >/dev/null 2>&1 || true; awk '{ printf "%.3f %.3f %.3f %.3f", $1 + $2, $3, $1, $2 }' "$work/t"; }
ratios=()
printf '%-4s %12s %12s %12s %12s %12s %12s %7s\n' run "docgen CPU" "docgen user" "docgen sys" "docgen wall" "python CPU" "python wall" ratio
for r in $(seq "$runs"); do
  rm -rf "$work/new"
  read -r dc dw du ds <<<"$(cpu "$docgen" ingest "$shared/corpus" --out "$work/new" --quiet)"
  read -r pc pw _ _ <<<"$(cpu python3 "$repo/scripts/naive-ingest.py" "$shared/corpus")"
  ratio=$(awk -v a="$dc" -v b="$pc" 'BEGIN { printf "%.2f", a / b }')
  ratios+=("$ratio")
  printf '%-4s %12s %12s %12s %12s %12s %12s %7s\n' "$r" "$dc" "$du" "$ds" "$dw" "$pc" "$pw" "$ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "median ratio docgen/python (CPU): %.2f over %d paired runs\n", m, NR }'
python3 "$repo/scripts/naive-ingest.py" "$shared/corpus"
echo "specs written: $(find "$work/new" -name '*.json' | wc -l)"
