#!/usr/bin/env bash
# Runs ctest in an existing build folder the way the suite expects: offscreen Qt, a scratch home
# (data, keyring, config) and a private D-Bus session with an unlocked gnome-keyring, so the
# QtKeychain tests talk to a real Secret Service. Used by scripts/test.sh and scripts/date-sweep.sh.
# Usage: scripts/run-ctest.sh BUILD_DIR [ctest args]
set -euo pipefail
BUILD_DIR="$1"
shift
export QT_QPA_PLATFORM=offscreen
# Tests never touch the user's files.
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
export XDG_DATA_HOME="$SCRATCH/data" XDG_CONFIG_HOME="$SCRATCH/config" XDG_CACHE_HOME="$SCRATCH/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
dbus-run-session -- sh -c '
  echo -n keel-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  cd "$0" && ctest --output-on-failure --timeout 600 -j2 "$@"' "$BUILD_DIR" "$@"
