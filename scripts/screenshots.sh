#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png with `keel snapshot` against the bundled demo platform.
# Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"
KEEL="$BUILD_DIR/bin/keel"
OUT=docs/screenshots
mkdir -p "$OUT"
CACHE="$(mktemp -d)"
trap 'rm -rf "$CACHE"' EXIT
# A demo dataset made by this build's keel-platform, shared by every shot below.
export KEEL_DEMO_DATA_DIR="$CACHE/demo-platform"
export XDG_CONFIG_HOME="$CACHE/config" # remembered filters and window state stay out of the shots
shot() { # view identity file [extra args]
  local view=$1 who=$2 file=$3; shift 3
  "$KEEL" snapshot --demo --demo-user "$who" --view "$view" --size 1600x1000 --cache-dir "$CACHE/$who" --out "$OUT/$file" "$@"
}
shot review reviewer-1 review.png
shot spend finops spend.png
shot slo council slo.png
# The trace explorer on one escalated request of the demo data (the first in the cache).
ID=$(sqlite3 "$CACHE"/finops/cache-*.sqlite "SELECT correlation_id FROM requests WHERE escalated=1 AND route='/claims/triage' ORDER BY ts DESC LIMIT 1")
shot trace council trace.png --correlation-id "$ID"
shot spend finops spend-de.png --lang de
shot review reviewer-1 review-de.png --lang de
shot review reviewer-1 review-fr.png --lang fr
