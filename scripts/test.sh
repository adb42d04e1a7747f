#!/usr/bin/env bash
# Builds Keel and runs the whole test suite (unit, contract, integration, gui).
# Usage: scripts/test.sh [extra ctest args]   — BUILD_DIR overrides the build folder, BUILD_TYPE
# the CMake build type (default RelWithDebInfo). Warnings are errors here (KEEL_WERROR=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" -DKEEL_WERROR=ON
cmake --build "$BUILD_DIR" -j"$(nproc)"
bash scripts/run-ctest.sh "$BUILD_DIR" "$@"
