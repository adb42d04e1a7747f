#!/usr/bin/env bash
# Installs the built .deb into a fresh Debian 12 (debootstrap, minbase) and checks that the
# installed keel signs in to the installed keel-platform --demo-tokens and renders a view.
# Usage (as root, needs network to the Debian mirror): scripts/check-clean-install.sh BUILD_DIR
set -euo pipefail
BUILD_DIR="$(cd "${1:-build}" && pwd)"
ROOT="$(mktemp -d)"
cleanup() {
  for p in /proc/[0-9]*; do [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] && kill "${p#/proc/}" 2>/dev/null || true; done
  umount "$ROOT/proc" 2>/dev/null || true
  rm -rf "$ROOT"
}
trap cleanup EXIT
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
DEB="$(ls "$BUILD_DIR"/keel_*_amd64.deb | head -1)"
debootstrap --variant=minbase bookworm "$ROOT" http://deb.debian.org/debian >/dev/null
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
mount --bind /proc "$ROOT/proc"
cp "$DEB" "$ROOT/tmp/keel.deb"
chroot "$ROOT" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/keel.deb >/dev/null'
chroot "$ROOT" sh -c '
  set -e
  mkdir -p /tmp/p
  keel-platform --listen 127.0.0.1:0 --data /tmp/p --demo-tokens --seed 42 --days 14 --requests-per-day 2000 >/tmp/p.url 2>/dev/null &
  for i in $(seq 1 100); do [ -s /tmp/p.url ] && break; sleep 0.1; done
  URL=$(head -1 /tmp/p.url)
  TOKEN=$(sed -n "s/.*\"council\": \"\([^\"]*\)\".*/\1/p" /tmp/p/demo-tokens.json)
  KEEL_TOKEN=$TOKEN QT_QPA_PLATFORM=offscreen keel snapshot --view slo --platform "$URL" --lang de --out /tmp/installed.png 2>/dev/null
  test -s /tmp/installed.png
  echo "installed keel rendered the German SLO view from the installed keel-platform"'
