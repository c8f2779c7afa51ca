#!/usr/bin/env bash
# The project's test command (the README names it; CI runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build
swift test
