#!/usr/bin/env bash
# Kills `docgen ingest`, `docgen update` and `docgen generate` with SIGKILL at random points, then checks that what
# they leave is consistent (every spec and manifest parses, no temporary files, no revision filed twice, the manifest
# lists only files that exist) and that a re-run converges to the bytes of an uninterrupted run and still reports
# the breaking change. Also runs pairs of concurrent ingests of different revisions and checks every revision is kept.
#
#   Usage: scripts/torture.sh [--kills N] [--pairs N] [--pages N] [--docgen BINARY] [--keep DIR]
#     --kills N   kills per command (default 50)          --pairs N   concurrent-ingest pairs (default 10)
#     --pages N   operations in the made-up product (default 30)
#     --docgen B  the binary (default: debug build of this checkout, built first)
# Exit 0 when every check passed; 1 with the failing check named otherwise.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
kills=50 pairs=10 pages=30 docgen="" keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) kills="$2"; shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    --pages) pages="$2"; shift 2 ;;
    --docgen) docgen="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "torture: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$docgen" ]; then
  (cd "$repo" && swift build --product docgen >/dev/null) || exit 1
  docgen="$(cd "$repo" && swift build --show-bin-path)/docgen"
fi
work="${keep:-$(mktemp -d /tmp/docgen-torture.XXXXXX)}"
mkdir -p "$work"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "torture: FAIL: $*" >&2; failures=$((failures + 1)); }

# A made-up product of $pages operations; revision 2 adds a required parameter to every operation (breaking).
page() { # action, extra row
  cat <<EOF
# $1

Paints one fence.

## Request parameters

|Name|Type|Required|Example|Description|
|--|--|--|--|--|
|Action|String|Yes|$1|The operation. Set the value to $1.|
|FenceId|String|Yes|f-123|The fence to paint.|
|Colour|String|No|red|The colour. It can be 2 to 32 characters in length.|
$2

## Response parameters

|Name|Type|Example|Description|
|--|--|--|--|
|RequestId|String|abc|The request ID.|

## Error codes

|HTTP status code|Error code|Error message|Description|
|--|--|--|--|
|404|InvalidFence.NotFound|The fence does not exist.|The fence was not found.|

https://garden.aliyuncs.com/?Action=$1&Version=2021-06-01
EOF
}
mkdir -p "$work/rev1" "$work/rev2"
for i in $(seq 1 "$pages"); do
  page "PaintFence$i" "" >"$work/rev1/PaintFence$i.md"
  page "PaintFence$i" "|Brush|String|Yes|wide|The brush to use.|" >"$work/rev2/PaintFence$i.md"
done

# Consistency of a store (and optionally a generated folder): python, so it does not trust docgen's own reader.
# Labels containing "kill" are checked as a killed run leaves things; the others strictly.
check() { # label, specs dir, [generated dir]
  python3 - "$@" <<'EOF' || fail "$1: inconsistent"
import json, os, sys
label, specs = sys.argv[1], sys.argv[2]
gen = sys.argv[3] if len(sys.argv) > 3 else None
# Right after a SIGKILL, temporary files and a revision filed twice are expected (the next writer removes them);
# a file that does not parse, or a manifest listing a missing file, never is.
strict = "kill" not in label
bad = []
for root, dirs, files in os.walk(specs):
    for name in files:
        path = os.path.join(root, name)
        if name.startswith(".") and name.endswith(".tmp"):
            if strict: bad.append("temporary file " + path)
        elif name.endswith(".json"):
            try: json.load(open(path))
            except Exception as e: bad.append("unparsable " + path)
for vp in [os.path.join(specs, *p) for p in [("alibaba", "garden", "2021-06-01")]]:
    hist = os.path.join(vp, "history")
    if not os.path.isdir(hist): continue
    for action in os.listdir(hist):
        shas = []
        for name in sorted(os.listdir(os.path.join(hist, action))):
            if name.endswith(".json"): shas.append(json.load(open(os.path.join(hist, action, name)))["source"]["sha256"])
        cur = os.path.join(vp, action + ".json")
        if os.path.exists(cur): shas.append(json.load(open(cur))["source"]["sha256"])
        if strict and len(shas) != len(set(shas)): bad.append("revision filed twice: " + action)
if gen and os.path.exists(os.path.join(gen, ".docgen-manifest")):
    for line in open(os.path.join(gen, ".docgen-manifest")).read().split("\n"):
        if line and not os.path.exists(os.path.join(gen, line)): bad.append("manifest lists missing " + line)
    for root, dirs, files in os.walk(gen):
        for name in files:
            if strict and name.startswith(".") and name.endswith(".tmp"): bad.append("temporary file " + os.path.join(root, name))
for b in bad[:5]: print(label + ": " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
}

# Runs a command in the background and SIGKILLs it after a random fraction of $2 seconds; sets $killed.
kill_run() { # folder, max seconds, command...
  local dir="$1" max="$2"; shift 2
  (cd "$dir" && exec "$@") >/dev/null 2>&1 &
  local pid=$!
  sleep "$(awk -v m="$max" -v r="$RANDOM" 'BEGIN { printf "%.3f", m * r / 32767 }')"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  local rc=$?
  killed=$([ "$rc" -eq 137 ] && echo 1 || echo 0)
}

timed() { # prints the seconds a command takes
  local start end
  start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

G=(--specs S --out G --errors-out G/ErrorTables)
cd "$work" || exit 1
# Reference: uninterrupted runs.
rm -rf base && mkdir base && (cd base && "$docgen" update ../rev1 "${G[@]}" >/dev/null 2>&1)
rm -rf ref && cp -a base ref
t_update=$( cd ref && timed "$docgen" update ../rev2 "${G[@]}" --fail-on breaking )
rm -rf ref && cp -a base ref && (cd ref && "$docgen" update ../rev2 "${G[@]}" --fail-on breaking >report.txt 2>/dev/null)
grep -q "request-parameter-added-required" ref/report.txt || fail "reference update did not report the breaking change"
rm -rf ref-ingest && cp -a base ref-ingest
t_ingest=$( cd ref-ingest && timed "$docgen" ingest ../rev2 --out S --quiet )
rm -rf ref-gen-start && cp -a base ref-gen-start && (cd ref-gen-start && "$docgen" ingest ../rev2 --out S --quiet >/dev/null 2>&1)
t_generate=$( cd ref && timed "$docgen" generate --specs S --out G2 )
echo "torture: $pages operations; uninterrupted: ingest ${t_ingest}s, update ${t_update}s, generate ${t_generate}s; $kills kills each"

same() { # label, dir a, dir b: byte-identical (the generate cache holds mtimes, so it is left out)
  diff -r -x .docgen-cache -x report.txt "$2" "$3" >/dev/null || fail "$1: re-run did not converge to the uninterrupted bytes"
}

killed_total=0
for i in $(seq 1 "$kills"); do
  # ingest: one to three kills in a row, then a full run.
  rm -rf t && cp -a base t
  for _ in $(seq 1 $((RANDOM % 3 + 1))); do
    kill_run t "$t_ingest" "$docgen" ingest ../rev2 --out S --quiet; killed_total=$((killed_total + killed))
    check "ingest kill $i" t/S
  done
  (cd t && "$docgen" ingest ../rev2 --out S --quiet >/dev/null 2>&1) || fail "ingest re-run $i exited $?"
  check "ingest re-run $i" t/S
  same "ingest $i" t/S ref-ingest/S
done
echo "torture: ingest done"
for i in $(seq 1 "$kills"); do
  rm -rf t && cp -a base t
  kill_run t "$t_update" "$docgen" update ../rev2 "${G[@]}" --fail-on breaking; killed_total=$((killed_total + killed))
  check "update kill $i" t/S t/G
  (cd t && "$docgen" update ../rev2 "${G[@]}" --fail-on breaking >report.txt 2>/dev/null)
  rc=$?
  if [ "$killed" = 1 ]; then
    [ "$rc" = 1 ] && grep -q "request-parameter-added-required" t/report.txt \
      || fail "update $i: the re-run after a kill did not report the breaking change (exit $rc)"
  fi
  check "update re-run $i" t/S t/G
  same "update $i" t/S ref/S
  same "update $i" t/G ref/G
done
echo "torture: update done"
for i in $(seq 1 "$kills"); do
  rm -rf t && cp -a ref-gen-start t
  kill_run t "$t_generate" "$docgen" generate --specs S --out G; killed_total=$((killed_total + killed))
  check "generate kill $i" t/S t/G
  (cd t && "$docgen" generate --specs S --out G >/dev/null 2>&1) || fail "generate re-run $i exited $?"
  check "generate re-run $i" t/S t/G
  same "generate $i" t/G/Sources ref/G/Sources
  same "generate $i" t/G/Tests ref/G/Tests
done
echo "torture: generate done ($killed_total of $((kills * 3))+ runs were killed before they finished)"

# Two concurrent ingests of different revisions of the same operations: both revisions kept.
for i in $(seq 1 "$pairs"); do
  rm -rf c && mkdir c
  (cd c && "$docgen" ingest ../rev1 --out S --quiet >/dev/null 2>&1 & (cd c && "$docgen" ingest ../rev2 --out S --quiet >/dev/null 2>&1); wait)
  check "concurrent $i" c/S
  n=$(find c/S -path '*/history/*' -name '*.json' | wc -l)
  [ "$n" = "$pages" ] || fail "concurrent $i: $n history files, expected $pages (one kept revision per operation)"
done
echo "torture: $pairs concurrent pairs done"
if [ "$failures" -gt 0 ]; then echo "torture: $failures failure(s)" >&2; exit 1; fi
echo "torture: all checks passed"
