#!/usr/bin/env bash
# Builds Keel and runs the whole test suite (unit, contract, integration, gui).
# Usage: scripts/test.sh [extra ctest args]   — BUILD_DIR overrides the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
# Tests never touch the user's files: a scratch home for data (incl. the keyring) and config.
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
export XDG_DATA_HOME="$SCRATCH/data" XDG_CONFIG_HOME="$SCRATCH/config" XDG_CACHE_HOME="$SCRATCH/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# A real Secret Service for the QtKeychain tests: a private D-Bus session with an unlocked
# gnome-keyring. The keychain-less fallback is tested separately (no bus at all).
dbus-run-session -- sh -c '
  echo -n keel-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  cd "'"$BUILD_DIR"'" && ctest --output-on-failure --timeout 600 -j2 "$@"' sh "$@"
