#!/usr/bin/env bash
# Fuzzes docgen's untrusted-input stages with libFuzzer: the page bytes + format detector, the four readers (each
# followed by the spec builder), the Mustache parser/renderer and the spec decoder. Builds `docgen-fuzz` (only with
# DOCGEN_FUZZ=1, see Package.swift) with -sanitize=fuzzer,address into a scratch folder of its own, seeds each target
# from the shared pages, the repo's specs/ and Templates/ (copied into a temporary folder, never into the repo), runs
# each for a bounded time and prints executions, exec/s and crashes per target. docs/fuzzing.md has the details.
#
#   Usage: scripts/fuzz.sh [seconds-per-target] [target...]   (default 60 s, every target)
#     FUZZ_JOBS=N        run N targets at once (default 1)
#     FUZZ_KEEP=DIR      keep corpora, logs and crash inputs in DIR (default: a temporary folder, removed on success)
#     FUZZ_RUNS=N        stop each target after N executions instead of (or before) the time limit
#     FUZZ_MAX_LEN=B     largest input in bytes (default 65536; longer seeds are cut to it)
#     FUZZ_BUILD=CONFIG  release (default: optimised, several times more executions per second, longer to build) or
#                        debug (quicker to build: what CI uses); both keep -enable-testing for the @testable imports
#     FUZZ_SCRATCH=DIR   SwiftPM scratch folder of the sanitized build (default .build-fuzz)
# A toolchain without libFuzzer (Xcode's, for one) cannot build -sanitize=fuzzer: the script says so and exits 0.
# Exit 0 when no target crashed; 1 otherwise (crash inputs are kept and named). A crash input replays with
#   DOCGEN_FUZZ_TARGET=<target> .build-fuzz/<release|debug>/docgen-fuzz <file>
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DOCGEN_SHARED:-$repo/../shared}"
seconds="${1:-60}"
shift || true
all=(detect markdown html text-run-together text-spaced mustache spec)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

cd "$repo"
config="${FUZZ_BUILD:-release}"
case "$config" in
  release | debug) ;;
  *) echo "fuzz: FUZZ_BUILD must be release or debug, not $config" >&2; exit 2 ;;
esac
# The entry point uses @testable imports (internal stages): a debug build allows them, a release build only when its
# modules are compiled with -enable-testing (still optimised; internal symbols stay visible).
scratch="${FUZZ_SCRATCH:-.build-fuzz}"

# Whether this toolchain links libFuzzer at all: a one-line fuzz target, compiled in a second or two. Only this
# probe failing skips; a failing build of docgen-fuzz below is an error.
probe="$(mktemp -d /tmp/docgen-fuzz-probe.XXXXXX)"
printf '@_cdecl("LLVMFuzzerTestOneInput") public func probe(_ d: UnsafePointer<UInt8>, _ n: Int) -> CInt { 0 }\n' \
  >"$probe/probe.swift"
if ! swiftc -sanitize=fuzzer,address -parse-as-library "$probe/probe.swift" -o "$probe/probe" >"$probe/log" 2>&1; then
  echo "fuzz: skipped: this Swift toolchain cannot build with -sanitize=fuzzer,address ($(head -1 "$probe/log"))"
  rm -rf "$probe"
  exit 0
fi
rm -rf "$probe"

echo "== build docgen-fuzz ($config, -sanitize=fuzzer,address, scratch $scratch)"
build_log="$(mktemp /tmp/docgen-fuzz-build.XXXXXX)"
DOCGEN_FUZZ=1 swift build -c "$config" --scratch-path "$scratch" --product docgen-fuzz -Xswiftc -enable-testing \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >"$build_log" 2>&1 \
  || { tail -30 "$build_log"; rm -f "$build_log"; exit 1; }
rm -f "$build_log"
bin="$(cd "$scratch" && pwd)/$config/docgen-fuzz"

work="${FUZZ_KEEP:-$(mktemp -d /tmp/docgen-fuzz.XXXXXX)}"
mkdir -p "$work"

# Seeds: at most $2 files matching $1 (find -name patterns) from the shared folder, copied into corpus $3.
seed() { # name-pattern, count, dir, roots...
  local pattern="$1" count="$2" dir="$3"; shift 3
  mkdir -p "$dir"
  find "$@" -type f -name "$pattern" -size -64k 2>/dev/null | sort | head -n "$count" | while read -r f; do
    cp "$f" "$dir/$(printf '%s' "$f" | cksum | cut -d' ' -f1)-$(basename "$f")"
  done
}
corpus() { # target -> its seed folder
  local dir="$work/corpus-$1"
  [ -d "$dir" ] && { echo "$dir"; return; }
  case "$1" in
    markdown) seed '*.md' 60 "$dir" "$shared/corpus" "$shared/corpus-wide" ;;
    html) seed '*.html' 40 "$dir" "$shared/corpus-html" ;;
    text-run-together | text-spaced) seed '*.txt' 10 "$dir" "$shared/seeds"; seed '*.md' 40 "$dir" "$shared/corpus" ;;
    detect) seed '*.txt' 10 "$dir" "$shared/seeds"; seed '*.md' 40 "$dir" "$shared/corpus"; seed '*.html' 20 "$dir" "$shared/corpus-html" ;;
    mustache) seed '*.mustache' 100 "$dir" "$repo/Templates" ;;
    spec) seed '*.json' 200 "$dir" "$repo/specs" ;;
  esac
  # Without ../shared a target still runs, from an empty corpus.
  echo "$dir"
}

# -detect_leaks=0: LeakSanitizer reports the lazily built globals (compiled patterns, vocabularies, type metadata) of
# the first input as leaks; they are made once per process, not per input.
run_target() { # target
  local t="$1" dir log
  dir="$(corpus "$t")"
  log="$work/$t.log"
  local runs=() started=$SECONDS
  [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
  ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" DOCGEN_FUZZ_TARGET="$t" nice "$bin" "$dir" -max_total_time="$seconds" "${runs[@]}" -max_len="${FUZZ_MAX_LEN:-65536}" \
    -timeout=20 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$work/$t-" >"$log" 2>&1
  local rc=$?
  local execs per slowest crashes wall=$((SECONDS - started))
  execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
  per="$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
  # The longest single execution: seconds on an input of at most FUZZ_MAX_LEN bytes is a denial-of-service bug.
  slowest="$(grep -o 'stat::slowest_unit_time_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
  crashes="$(find "$work" -maxdepth 1 -name "$t-*" -type f | wc -l)"
  printf '%-18s executions %10s  exec/s %6s  wall %5s s  max_len %6s  slowest %3s s  crashes %s  (exit %s)\n' \
    "$t" "${execs:-?}" "${per:-?}" "$wall" "${FUZZ_MAX_LEN:-65536}" "${slowest:-?}" "$crashes" "$rc"
  [ "$crashes" = 0 ] && [ "$rc" = 0 ]
}

echo "== fuzz ${#targets[@]} target(s), ${seconds} s each; work folder $work"
failed=0
jobs_max="${FUZZ_JOBS:-1}"
for t in "${targets[@]}"; do
  case " ${all[*]} " in *" $t "*) ;; *) echo "fuzz: unknown target $t (targets: ${all[*]})" >&2; exit 2 ;; esac
  if [ "$jobs_max" -gt 1 ]; then
    run_target "$t" &
    while [ "$(jobs -r | wc -l)" -ge "$jobs_max" ]; do sleep 1; done
  else
    run_target "$t" || failed=1
  fi
done
if [ "$jobs_max" -gt 1 ]; then
  for job in $(jobs -p); do wait "$job" || failed=1; done
fi
if [ "$failed" = 0 ]; then
  [ -n "${FUZZ_KEEP:-}" ] || rm -rf "$work"
  echo "fuzz: no crash"
else
  echo "fuzz: FAILED: crash inputs and logs in $work" >&2
  exit 1
fi
