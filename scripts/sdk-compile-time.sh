#!/usr/bin/env bash
# Prints where the clean debug build of a generated SDK package spends its CPU: the runtime dependency, the generated
# SDK modules, and the generated test targets, each built on its own from a clean .build.
#
#   scripts/sdk-compile-time.sh SDK_PACKAGE_DIR [extra swift build arguments...]
#
# SDK_PACKAGE_DIR is a package written by `docgen generate` (scripts/corpus-sdk.sh makes one). Each step prints
# `<step>: <wall> s wall, <CPU> s CPU` where CPU = user + sys of swift build and its children (the figure to compare
# on a shared machine), and the number of compiler warnings. Extra arguments go to every `swift build` (profile flags:
# `-Xswiftc -Xfrontend -Xswiftc -debug-time-function-bodies`); the logs stay in SDK_PACKAGE_DIR/.compile-time/.
set -uo pipefail
pkg="$(cd "${1:?usage: sdk-compile-time.sh SDK_PACKAGE_DIR [swift build args...]}" && pwd)"
shift
logs="$pkg/.compile-time"
rm -rf "$pkg/.build" "$logs"
mkdir -p "$logs"
modules=$(ls "$pkg/Sources")

step() {
  local name="$1"; shift
  if ! /usr/bin/time -f '%e %U %S' -o "$logs/$name.time" swift build --package-path "$pkg" "$@" >"$logs/$name.log" 2>&1; then
    echo "$name: FAILED (see $logs/$name.log)"; grep -E 'error:' "$logs/$name.log" | head -10; exit 1
  fi
  awk -v n="$name" -v w="$(grep -c 'warning:' "$logs/$name.log")" \
    '{ printf "%s: %.1f s wall, %.1f s CPU, %d warnings\n", n, $1, $2 + $3, w }' "$logs/$name.time"
}

step runtime --manifest-cache none --target DocGenRuntime "$@"
for module in $modules; do step "$module" --target "$module" "$@"; done
step tests --build-tests "$@"
awk 'FNR == 1 { cpu += $2 + $3 } END { printf "total: %.1f s CPU\n", cpu }' "$logs"/*.time
awk -v r="$(awk '{ print $2 + $3 }' "$logs/runtime.time")" 'FNR == 1 { cpu += $2 + $3 } END { printf "generated code (SDK modules and tests, without the runtime): %.1f s CPU\n", cpu - r }' "$logs"/*.time
