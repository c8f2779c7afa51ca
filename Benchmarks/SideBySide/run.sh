#!/usr/bin/env bash
# Side by side: docgen vs swift-openapi-generator 1.14.3 on the same operations, in one run.
#
# For each operation set (the ECS corpus ../shared/corpus/alibaba-ecs-zh, and its first SUBSET operations by action):
#   (a) generation time: `docgen generate` vs `swift-openapi-generator generate` (Types + Client) of docgen's export;
#   (b) compile time, debug and release, of each output's own modules: first the dependencies alone are built
#       (step "deps-CONFIG": DocGenRuntime vs OpenAPIRuntime + OpenAPIURLSession, not compared), then the package is
#       built BUILD_RUNS times, every generated source touched before each run after the first (only the generated
#       modules compile; docgen's SDK without its generated tests, which `swift build` does not build);
#   (c) lines of generated code (docgen: Sources/, its generated tests counted apart);
#   (d) debug only, docgen alone (swift-openapi-generator makes no tests): compile of docgen's generated test target,
#       the SDK module already built: the first `swift build --build-tests`, then BUILD_RUNS-1 rebuilds after touching
#       every generated test source (step "tests-debug"; TESTS=0 skips it).
# Prints min / median / max of wall and CPU (user+sys) seconds and the ratio of medians (openapi-generator / docgen).
#
#   Benchmarks/SideBySide/run.sh            env: DOCGEN (docgen binary; default: release build of this checkout),
#                                                OAG (swift-openapi-generator binary; default: built here),
#                                                RUNS=3 (generation), BUILD_RUNS=$RUNS, SUBSET=120, SETS="ecs120 ecs", CONFIGS="debug release",
#                                                TESTS=1, TOOLS="docgen oag" (whose compile steps to run),
#                                                WORK (kept; default a temporary folder, removed at the end)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
runs="${RUNS:-3}"; build_runs="${BUILD_RUNS:-$runs}"; subset="${SUBSET:-120}"; sets="${SETS:-ecs120 ecs}"; configs="${CONFIGS-debug release}"; tests="${TESTS:-1}"; tools="${TOOLS:-docgen oag}"
[ -d "$shared/corpus/alibaba-ecs-zh" ] || { echo "run.sh: needs $shared/corpus/alibaba-ecs-zh" >&2; exit 2; }

if [ -z "${DOCGEN:-}" ]; then
  (cd "$repo" && swift build -c release --product docgen >/dev/null)
  DOCGEN="$(cd "$repo" && swift build -c release --show-bin-path)/docgen"
fi
if [ -z "${OAG:-}" ]; then
  (cd "$here" && swift build -c release --product swift-openapi-generator >/dev/null)
  OAG="$(cd "$here" && swift build -c release --show-bin-path)/swift-openapi-generator"
fi
if [ -n "${WORK:-}" ]; then work="$WORK"; mkdir -p "$work"; else work="$(mktemp -d -t sidebyside.XXXXXX)"; fi
times="$work/times.tsv"; : >"$times"; lines="$work/lines.tsv"; : >"$lines"; load="$work/load.tsv"; : >"$load"
# The machine's load average (1, 5, 15 min), sampled every 30 s while the run lasts, summarised at the end.
( while :; do printf '%s\t%s\n' "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$load"; sleep 30; done ) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT
trap 'exit 143' TERM INT
if [ -z "${WORK:-}" ]; then trap 'kill "$sampler" 2>/dev/null || true; rm -rf "$work"' EXIT; fi

# measure LABEL CMD...: one timed run, appended to times.tsv as "LABEL<TAB>wall<TAB>cpu".
measure() {
  local label="$1"; shift
  /usr/bin/time -f '%e %U %S' -o "$work/.t" "$@" >"$work/.log" 2>&1 || { echo "FAILED: $label"; tail -20 "$work/.log"; exit 1; }
  awk -v l="$label" '{ printf "%s\t%s\t%.2f\n", l, $1, $2 + $3 }' "$work/.t" >>"$times"
  mkdir -p "$work/logs"; cp "$work/.log" "$work/logs/$(echo "$label" | tr '|' '_').$(wc -l <"$times" | tr -d ' ').log"
  echo "   $(date -u +%H:%M:%S) $(tail -1 "$times" | tr '\t' ' ') (load $(cut -d' ' -f1 /proc/loadavg))"
}
count_lines() { find "$@" -name '*.swift' -print0 2>/dev/null | xargs -0 cat 2>/dev/null | wc -l | tr -d ' '; }

echo "== ingest ECS corpus (docgen: $DOCGEN)"
"$DOCGEN" ingest "$shared/corpus/alibaba-ecs-zh" --out "$work/specs/ecs" --vendor alibaba --product ecs \
  --api-version 2014-05-26 --quiet || true
mkdir -p "$work/specs/ecs120/alibaba/ecs/2014-05-26"
find "$work/specs/ecs/alibaba/ecs/2014-05-26" -maxdepth 1 -name '*.json' | LC_ALL=C sort | head -n "$subset" \
  | xargs -I{} cp {} "$work/specs/ecs120/alibaba/ecs/2014-05-26/"

for set in $sets; do
  specs="$work/specs/$set"; d="$work/$set"; mkdir -p "$d"
  ops=$(find "$specs" -mindepth 4 -maxdepth 4 -name '*.json' | wc -l | tr -d ' ')
  echo "== $set: $ops operations"
  # (a) generation
  for r in $(seq "$runs"); do
    rm -rf "$d/docgen"
    (cd "$repo" && measure "$set|generate|docgen" "$DOCGEN" generate --specs "$specs" --out "$d/docgen" --package-name GeneratedSDK)
  done
  "$DOCGEN" export openapi --specs "$specs" --out "$d/openapi" >/dev/null
  doc="$(find "$d/openapi" -name '*.openapi.json' | head -1)"
  mkdir -p "$d/oag/Sources/OAGClient"
  cp "$here/templates/Package.swift.in" "$d/oag/Package.swift"
  cp "$here/templates/openapi-generator-config.yaml" "$d/oag/openapi-generator-config.yaml"
  for r in $(seq "$runs"); do
    rm -f "$d/oag/Sources/OAGClient/"*.swift
    measure "$set|generate|openapi-generator" "$OAG" generate "$doc" --config "$d/oag/openapi-generator-config.yaml" \
      --output-directory "$d/oag/Sources/OAGClient"
  done
  grep -c 'warning' "$work/.log" >"$d/oag-warnings.txt" || true
  # (c) lines
  printf '%s\tdocgen\t%s\t%s\n' "$set" "$(count_lines "$d/docgen/Sources")" "$(count_lines "$d/docgen/Tests")" >>"$lines"
  printf '%s\topenapi-generator\t%s\t0\n' "$set" "$(count_lines "$d/oag/Sources")" >>"$lines"
  # (b) compile: the dependencies alone, then BUILD_RUNS builds of the generated modules only.
  for config in $configs; do
    for tool in $tools; do
      pkg="$d/$tool"; name=$([ "$tool" = oag ] && echo openapi-generator || echo docgen)
      deps=$([ "$tool" = oag ] && echo "--target OpenAPIURLSession" || echo "--target DocGenRuntime")
      # shellcheck disable=SC2086
      measure "$set|deps-$config|$name" swift build -c "$config" --package-path "$pkg" $deps
      for r in $(seq "$build_runs"); do
        [ "$r" = 1 ] || find "$pkg/Sources" -name '*.swift' -exec touch {} +
        measure "$set|build-$config|$name" swift build -c "$config" --package-path "$pkg"
      done
      if [ "$tool" = docgen ] && [ "$config" = debug ] && [ "$tests" = 1 ]; then
        for r in $(seq "$build_runs"); do
          [ "$r" = 1 ] || find "$pkg/Tests" -name '*.swift' -exec touch {} +
          measure "$set|tests-debug|docgen" swift build -c debug --build-tests --package-path "$pkg"
        done
      fi
    done
  done
done

python3 "$here/summarize.py" "$times" "$lines"
python3 - "$load" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
if rows:
    one = [float(r[1].split()[0]) for r in rows]
    print(f"load average (1 min) during the run, {len(one)} samples {rows[0][0]}–{rows[-1][0]} UTC: "
          f"min {min(one):.2f} / median {statistics.median(one):.2f} / max {max(one):.2f}")
PY
echo "raw timings: $times, load samples: $load (kept only with WORK=DIR)"
