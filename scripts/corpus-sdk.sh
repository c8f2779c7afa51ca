#!/usr/bin/env bash
# Generates a Swift SDK from a spec folder into a throw-away package, builds it and runs its generated tests.
#
#   scripts/corpus-sdk.sh SPEC_DIR [WORK_DIR]
#
# The package gets its own Package.swift and a copy of Sources/DocGenRuntime, so it builds without this repository's
# other targets (and never touches this repository's .build). Prints the generation time, the release and debug
# compile times, and the number of generated tests and failures. Exit status: 0 when everything built and passed,
# 1 otherwise. Set DOCGEN to use an already built docgen binary; set SKIP_RELEASE=1 to skip the release build.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
specs="$(cd "${1:?usage: corpus-sdk.sh SPEC_DIR [WORK_DIR]}" && pwd)"
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

rm -rf "$work/Sources" "$work/Tests"
mkdir -p "$work/Sources"
cp -R "$repo/Sources/DocGenRuntime" "$work/Sources/DocGenRuntime"
cat > "$work/Package.swift" <<'MANIFEST'
// swift-tools-version: 6.0
import Foundation
import PackageDescription

let root = Context.packageDirectory
let modules = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/Generated/Sources")) ?? [])
    .filter { !$0.hasPrefix(".") }.sorted()
var targets: [Target] = [.target(name: "DocGenRuntime")]
for module in modules {
    targets.append(.target(name: module, dependencies: ["DocGenRuntime"], path: "Generated/Sources/\(module)"))
    if FileManager.default.fileExists(atPath: "\(root)/Generated/Tests/\(module)Tests") {
        targets.append(.testTarget(name: "\(module)Tests", dependencies: [.target(name: module), "DocGenRuntime"],
                                   path: "Generated/Tests/\(module)Tests"))
    }
}
let package = Package(name: "GeneratedSDK", platforms: [.macOS(.v13)],
                      products: modules.map { .library(name: $0, targets: [$0]) },
                      targets: targets, swiftLanguageModes: [.v6])
MANIFEST

start=$(now)
"$DOCGEN" generate --specs "$specs" --out "$work/Generated" || { echo "generation failed" >&2; exit 1; }
echo "generation: $(elapsed "$start" "$(now)") s"
echo "generated: $(find "$work/Generated/Sources" -name '*.swift' | wc -l | tr -d ' ') source files, $(find "$work/Generated/Tests" -name '*.swift' 2>/dev/null | wc -l | tr -d ' ') test files, $(ls "$work/Generated/Sources" | wc -l | tr -d ' ') modules"

status=0
cd "$work"
if [ "${SKIP_RELEASE:-0}" != "1" ]; then
  if timed swift build --manifest-cache none -c release >"$work/build-release.log" 2>&1; then
    echo "compile time (release, SDK without tests): $(timing)"
  else
    echo "release build FAILED (see $work/build-release.log)"; grep -E 'error:' "$work/build-release.log" | head -20; status=1
  fi
fi
if timed swift build --manifest-cache none --build-tests >"$work/build-debug.log" 2>&1; then
  echo "compile time (debug, SDK with tests): $(timing)"
  echo "warnings: $(grep -c 'warning:' "$work/build-debug.log")"
else
  echo "debug build FAILED (see $work/build-debug.log)"; grep -E 'error:' "$work/build-debug.log" | head -20; exit 1
fi
swift test --manifest-cache none --skip-build >"$work/test.log" 2>&1
summary=$(grep -E 'Test run with [0-9]+ tests' "$work/test.log" | tail -1)
tests=$(echo "$summary" | sed -E 's/.*Test run with ([0-9]+) tests.*/\1/')
# Failures = issues recorded (a parameterized test reports each failing argument case as one issue).
failed=$(grep -oE 'with [0-9]+ issues?' <<<"$summary" | grep -oE '[0-9]+' || true)
failed=${failed:-0}
if [ -z "$summary" ]; then failed="unknown (no test summary; see $work/test.log)"; fi
cases=$(grep -oE 'with [0-9]+ test cases (passed|failed)' "$work/test.log" | awk '{ n += $2 } END { print n + 0 }')
echo "tests: ${tests:-0} (parameterized ones ran $cases argument cases), failures (issues): $failed"
echo "$summary"
if [ "$failed" != "0" ] || ! grep -q 'passed' <<<"$summary"; then
  grep -E '^✘ Test .* recorded an issue' "$work/test.log" | cut -c1-300 | head -30
  status=1
fi
echo "package: $work"
exit $status
