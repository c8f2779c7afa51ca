#!/usr/bin/env bash
# Generates a Swift SDK from a spec folder into a throw-away package, builds it and runs its generated tests.
#
#   scripts/corpus-sdk.sh SPEC_DIR [WORK_DIR]
#
# WORK_DIR is the generated package itself (docgen writes its Package.swift, depending on this checkout's runtime
# by a relative path), so it builds like any user's SDK and never touches this repository's .build. Prints the generation time, the release and debug
# compile times, and the number of generated tests and failures. Exit status: 0 when everything built and passed,
# 1 otherwise. Set DOCGEN to use an already built docgen binary; set SKIP_RELEASE=1 to skip the release build.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
specs="$(cd "${1:?usage: corpus-sdk.sh SPEC_DIR [WORK_DIR]}" && pwd)"
given_work="${2:-}"
work="${2:-$(mktemp -d -t docgen-sdk.XXXXXX)}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# Runs a command, recording wall and CPU seconds (user+sys of it and its children) in $work/.timing:
# on a shared machine the CPU time is the steadier figure.
timed() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %U %S' -o "$work/.timing" "$@"
  else
    local s; s=$(now); "$@"; local rc=$?; echo "$(elapsed "$s" "$(now)") 0 0" >"$work/.timing"; return $rc
  fi
}
timing() { awk '{ printf "%.1f s wall, %.1f s CPU", $1, $2 + $3 }' "$work/.timing"; }

if [ -z "${DOCGEN:-}" ]; then
  (cd "$repo" && swift build -c release --product docgen >/dev/null) || { echo "docgen does not build" >&2; exit 1; }
  DOCGEN="$(cd "$repo" && swift build -c release --show-bin-path)/docgen"
fi

start=$(now)
"$DOCGEN" generate --specs "$specs" --out "$work" --package-name GeneratedSDK || { echo "generation failed" >&2; exit 1; }
echo "generation: $(elapsed "$start" "$(now)") s"
echo "generated: $(find "$work/Sources" -name '*.swift' | wc -l | tr -d ' ') source files, $(find "$work/Tests" -name '*.swift' 2>/dev/null | wc -l | tr -d ' ') test files, $(ls "$work/Sources" | wc -l | tr -d ' ') modules"

status=0
cd "$work"
if [ "${SKIP_RELEASE:-0}" != "1" ]; then
  if timed swift build -c release >"$work/build-release.log" 2>&1; then
    echo "compile time (release, SDK without tests): $(timing)"
  else
    echo "release build FAILED (see $work/build-release.log)"; grep -E 'error:' "$work/build-release.log" | head -20; status=1
  fi
fi
if timed swift build --build-tests >"$work/build-debug.log" 2>&1; then
  echo "compile time (debug, SDK with tests): $(timing)"
  echo "warnings: $(grep -c 'warning:' "$work/build-debug.log")"
else
  echo "debug build FAILED (see $work/build-debug.log)"; grep -E 'error:' "$work/build-debug.log" | head -20; exit 1
fi
# The runtime plumbing generated code calls is @_spi(DocGenGenerated), not API: code of a user that imports the SDK
# and the runtime the ordinary way must not see it (docs/generate.md, "Plumbing is SPI, not API").
modules_dir="$(swift build --show-bin-path)/Modules"
first_module=$(ls "$work/Sources" | head -1)
user_code="$work/.plumbing-check.swift"
cat >"$user_code" <<EOF
import DocGenRuntime
import $first_module
func plumbing(_ request: some OperationRequest) {
    var query = QueryItems(listIndexBase: 1)
    request.appendQueryItems(to: &query, prefix: "")
    query.append("Name", "value")
    var issues = ValidationIssues(listIndexBase: 1)
    request.collectIssues(into: &issues, prefix: "")
    _ = LimitProbe.table(json: "[]")
}
EOF
plumbing=$(swiftc -typecheck -I "$modules_dir" "$user_code" 2>&1)
# One refusal per line of the five uses (the compiler prints each error twice: the message and its annotation).
hidden=$(grep -E "^$user_code:[0-9]+:[0-9]+: error: ('[A-Za-z]+' is inaccessible due to '@_spi' protection level|cannot find '(ValidationIssues|LimitProbe)' in scope)" <<<"$plumbing" | cut -d: -f2 | sort -u | wc -l | tr -d ' ')
if [ "$hidden" -ge 5 ]; then
  echo "plumbing hidden from users: yes ($hidden of 5 uses refused)"
else
  echo "plumbing hidden from users: NO ($hidden of 5 uses refused)"; echo "$plumbing" | grep error: | head; status=1
fi
rm -f "$user_code"
swift test --skip-build >"$work/test.log" 2>&1
summary=$(grep -E 'Test run with [0-9]+ tests' "$work/test.log" | tail -1)
tests=$(echo "$summary" | sed -E 's/.*Test run with ([0-9]+) tests.*/\1/')
# Failures = issues recorded (a parameterized test reports each failing argument case as one issue).
failed=$(grep -oE 'with [0-9]+ issues?' <<<"$summary" | grep -oE '[0-9]+' || true)
failed=${failed:-0}
if [ -z "$summary" ]; then failed="unknown (no test summary; see $work/test.log)"; fi
echo "tests: ${tests:-0}, failures (issues): $failed"
echo "$summary"
if [ "$failed" != "0" ] || ! grep -q 'passed' <<<"$summary"; then
  grep -E '^✘ Test .* recorded an issue' "$work/test.log" | cut -c1-300 | head -30
  status=1
fi
# Name the package only when this script chose its folder: a caller that gave one knows it (and may remove it).
[ -n "$given_work" ] || echo "package: $work"
exit $status
