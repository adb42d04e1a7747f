#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png with `keel snapshot` against the bundled demo platform:
# one per view in English, and the review view in German and French.
#   packaging/make-screenshots.sh [BUILD_DIR]      (default: build)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-build}"
keel="$build/bin/keel"
[ -x "$keel" ] || { echo "no keel binary at $keel; build the keel target first" >&2; exit 1; }
out="$here/docs/screenshots"
mkdir -p "$out"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# Settings and caches of these runs stay in the scratch folder, never in the user's.
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" XDG_DATA_HOME="$scratch/data"
export QT_QPA_PLATFORM=offscreen
unset KEEL_TOKEN
shoot() { # view identity lang file
  "$keel" snapshot --view "$1" --demo --demo-user "$2" --lang "$3" --size 1600x1000 \
    --cache-dir "$scratch/cache-$1-$3" --out "$out/$4" > /dev/null
  echo "$out/$4"
}
shoot review reviewer-1 en review.png
shoot spend finops en spend.png
shoot slo council en slo.png
shoot trace admin en trace.png
shoot review reviewer-1 de review-de.png
shoot review reviewer-1 fr review-fr.png
