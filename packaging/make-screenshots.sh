#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png with `keel snapshot` against one seeded keel-platform with
# demo tokens: one picture per view in English, and the review view in German and French.
#   packaging/make-screenshots.sh [BUILD_DIR]      (default: build; needs keel and keel-platform)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-build}"
keel="$build/bin/keel"
platform="$build/bin/keel-platform"
for b in "$keel" "$platform"; do
  [ -x "$b" ] || { echo "no $b; build the keel and keel-platform targets first" >&2; exit 1; }
done
out="$here/docs/screenshots"
mkdir -p "$out"
scratch="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
# Settings and caches of these runs stay in the scratch folder, never in the user's.
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" XDG_DATA_HOME="$scratch/data"
export QT_QPA_PLATFORM=offscreen

mkdir -p "$scratch/platform"
"$platform" --listen 127.0.0.1:0 --data "$scratch/platform" --demo-tokens --seed 42 \
  > "$scratch/platform.out" 2> "$scratch/platform.err" &
server=$!
for _ in $(seq 1 600); do
  [ -s "$scratch/platform.out" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$scratch/platform.err" >&2; exit 1; }
  sleep 0.2
done
url="$(head -n1 "$scratch/platform.out")"
token() { grep -o "\"$1\" *: *\"[^\"]*\"" "$scratch/platform/demo-tokens.json" | sed 's/.*: *"\(.*\)"/\1/'; }
# A real request with a trace and a review item behind it, for the trace view.
correlation="$(curl -sf -H "Authorization: Bearer $(token admin)" "$url/v1/review/items?limit=1" \
  | grep -o '"correlation_id" *: *"[^"]*"' | head -n1 | sed 's/.*: *"\(.*\)"/\1/')"

shoot() { # view identity lang file [extra args]
  local view="$1" who="$2" lang="$3" file="$4"; shift 4
  KEEL_TOKEN="$(token "$who")" "$keel" snapshot --view "$view" --platform="$url" --lang "$lang" \
    --size 1600x1000 --cache-dir "$scratch/cache-$who-$lang" --out "$out/$file" "$@" \
    > "$scratch/keel.log" 2>&1 || { cat "$scratch/keel.log" >&2; exit 1; }
  echo "$out/$file"
}
shoot review reviewer-1 en review.png
shoot spend finops en spend.png
shoot slo council en slo.png
shoot trace admin en trace.png --correlation-id "$correlation"
shoot review reviewer-2 de review-de.png
shoot review reviewer-2 fr review-fr.png
