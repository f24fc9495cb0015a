#!/usr/bin/env bash
# Installs everything bersih needs to build and test on Debian 12. Idempotent, non-interactive.
# Run as root (or with sudo available).
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git python3
  libcli11-dev libboost-regex-dev catch2 nlohmann-json3-dev libtomlplusplus-dev
  libutf8proc-dev libfmt-dev libsimdjson-dev libtbb-dev zlib1g-dev libzstd-dev libhyperscan-dev
)
if [[ ${1:-} == --dev ]]; then
  # Fuzzing, sanitizers, formatting and benchmarking.
  packages+=(clang-14 libclang-rt-14-dev clang-format clang-tidy hyperfine parallel)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${missing[*]}"
