#!/usr/bin/env bash
# clang-tidy over every translation unit under src/ with the repo's .clang-tidy, warnings as
# errors. Needs a build tree with compile_commands.json (any configure of this project writes one).
# Usage: scripts/tidy.sh [BUILD_DIR] [JOBS]
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
jobs=${2:-$(nproc)}
[[ -f $build/compile_commands.json ]] || { echo "tidy: no $build/compile_commands.json; configure first" >&2; exit 2; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run-clang-tidy-14 -p "$build" -j "$jobs" -quiet -warnings-as-errors='*' "$PWD/src/" > "$log" 2>&1
status=$?
# Only the findings: drop the colour codes and the per-file chatter.
sed 's/\x1b\[[0-9;]*m//g' "$log" |
    grep -v -E '^[0-9]+ (warnings?|errors?)( and [0-9]+ (warnings?|errors?))? generated\.$|^clang-tidy-14 |^Suppressed [0-9]+ warnings|^Use -header-filter|^$' || true
echo "tidy: $([[ $status -eq 0 ]] && echo clean || echo 'findings above')"
exit "$status"
