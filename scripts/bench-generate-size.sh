#!/usr/bin/env bash
# How `docgen generate` grows with the number of parameters of one operation: for each row count, a made-up page with
# that many request-parameter rows (every tenth with a length limit, every seventh required) is ingested, then generated
# into an empty folder; prints CPU seconds (user + sys) and peak memory of the generate step. Linear growth means the
# CPU figure grows like the row count.
#   Usage: scripts/bench-generate-size.sh [docgen binary] [rows...]   (default: release build, 2500 10000 50000)
#   BENCH_CPU_LIMIT=S stops a generate step after S CPU seconds and prints "> S" (for measuring a slow build).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
docgen="${1:-}"
[ $# -gt 0 ] && shift
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2500 10000 50000)
if [ -z "$docgen" ]; then
  (cd "$repo" && swift build -c release --product docgen >/dev/null)
  docgen="$(cd "$repo" && swift build -c release --show-bin-path)/docgen"
fi
work="$(mktemp -d /tmp/docgen-bench-size.XXXXXX)"
trap 'rm -rf "$work"' EXIT
page() { # rows
  printf '# BigOperation\n\nDoes one big thing.\n\n## Request parameters\n\n'
  printf '|Name|Type|Required|Example|Description|\n|--|--|--|--|--|\n'
  printf '|Action|String|Yes|BigOperation|The operation. Set the value to BigOperation.|\n'
  awk -v n="$1" 'BEGIN { for (k = 0; k < n; k++) printf "|Param%d|String|%s|v%d|The parameter %d.%s|\n", k, (k % 7 == 0 ? "Yes" : "No"), k, k, (k % 10 == 0 ? " It can be 2 to 32 characters in length." : "") }'
  printf '\n## Response parameters\n\n|Name|Type|Example|Description|\n|--|--|--|--|\n|RequestId|String|abc|The request ID.|\n\n'
  printf 'https://big.aliyuncs.com/?Action=BigOperation&Version=2021-06-01\n'
}
printf '%8s %12s %12s %10s\n' rows "cpu s" "s per 1k" "peak MB"
for n in "${sizes[@]}"; do
  mkdir -p "$work/$n/pages"
  page "$n" >"$work/$n/pages/BigOperation.md"
  "$docgen" ingest "$work/$n/pages" --out "$work/$n/specs" --quiet >/dev/null
  if ! (ulimit -t "${BENCH_CPU_LIMIT:-unlimited}"
        /usr/bin/time -f '%U %S %M' -o "$work/$n/time" "$docgen" generate --specs "$work/$n/specs" --out "$work/$n/out" >/dev/null); then
    printf '%8d %12s\n' "$n" "> ${BENCH_CPU_LIMIT:-?}"
    rm -rf "${work:?}/$n"
    continue
  fi
  read -r user sys kb <"$work/$n/time"
  awk -v n="$n" -v u="$user" -v s="$sys" -v kb="$kb" \
    'BEGIN { printf "%8d %12.2f %12.3f %10.0f\n", n, u + s, (u + s) * 1000 / n, kb / 1024 }'
  rm -rf "$work/$n"
done
