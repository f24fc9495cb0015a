#!/usr/bin/env bash
# The README's test command: installs dependencies, builds with warnings as errors, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Ninja, unless build/ was already made with another generator (the README's sample command
# configures it with CMake's default): CMake refuses to switch a build directory's generator.
generator=(-G Ninja)
[[ -f build/CMakeCache.txt ]] && generator=()
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DBERSIH_WERROR=ON
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure -j "$(nproc)"
