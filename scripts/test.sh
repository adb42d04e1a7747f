#!/usr/bin/env bash
# Builds Keel and runs the whole test suite (unit, contract, integration, gui).
# Usage: scripts/test.sh [extra ctest args]   — BUILD_DIR overrides the build folder, BUILD_TYPE
# the CMake build type (default RelWithDebInfo). Warnings are errors here (KEEL_WERROR=ON).
# A fresh clone compiles everything once, so this build is set up for that (cmake/KeelCompileSpeed.cmake,
# cmake/KeelBuildPolicy.cmake): precompiled headers, unity batches for the libraries, -g1 and lld.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" -DKEEL_WERROR=ON -DKEEL_FAST_BUILD=ON -DKEEL_UNITY_BUILD=ON
cmake --build "$BUILD_DIR" -j"$(nproc)"
bash scripts/run-ctest.sh "$BUILD_DIR" "$@"
