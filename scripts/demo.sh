#!/usr/bin/env bash
# Installs what Keel needs, builds it and starts the console on the bundled reference platform
# with demo data. Extra arguments go to keel, e.g. `scripts/demo.sh --demo-user reviewer-1`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" -j"$(nproc)" --target keel keel-platform
exec "$BUILD_DIR/bin/keel" --demo "$@"
