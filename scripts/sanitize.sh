#!/usr/bin/env bash
# Builds Keel with AddressSanitizer + UndefinedBehaviorSanitizer (GCC; the asan preset in
# CMakePresets.json: KEEL_SANITIZE=address;undefined, RelWithDebInfo, warnings are errors) in
# build-asan and runs the whole test suite there through scripts/run-ctest.sh. keel, keel-platform
# and every test are instrumented; any ASan, LeakSanitizer or UBSan report fails the test that
# caused it (its own exit code, or the report in its output for a process it started).
# Usage: scripts/sanitize.sh [extra ctest args]   — BUILD_DIR overrides the build folder.
# Leaks inside third-party libraries are suppressed in tests/sanitizers/lsan.supp, each with its
# reason; nothing in Keel's own code is ever suppressed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/install-deps.sh
BUILD_DIR="${BUILD_DIR:-build-asan}"
start=$SECONDS
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEEL_WERROR=ON \
  -DKEEL_SANITIZE="address;undefined"
cmake --build "$BUILD_DIR" -j"$(nproc)"
built=$((SECONDS - start))
# Kept in step with the asan test preset (CMakePresets.json). abort_on_error: a report ends the
# process with SIGABRT, which QProcess and ctest both see as a crash. Test timeouts are scaled in
# tests/CMakeLists.txt (KEEL_TEST_TIMEOUT_SCALE).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
status=0
bash scripts/run-ctest.sh "$BUILD_DIR" "$@" || status=$?
echo "sanitize: build ${built}s, tests $((SECONDS - start - built))s"
exit "$status"
