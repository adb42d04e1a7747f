#!/usr/bin/env bash
# Installs every Debian 12 package Keel needs to build, test, package and run (as root or via sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git file
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev libvulkan-dev
  qt6-charts-dev libqt6svg6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-wayland
  libcurl4-openssl-dev libssl-dev nlohmann-json3-dev libsqlite3-dev sqlite3
  qtkeychain-qt6-dev gnome-keyring dbus dbus-x11 libsecret-tools
  libcpp-httplib-dev # the tests' HTTP test doubles
  libboost1.74-dev # keel-platform's HTTP engine (Boost.Beast + Asio, header-only)
  lld # the test build links with it (KEEL_FAST_BUILD)
  clang libclang-rt-14-dev # fuzz/ (scripts/fuzz-smoke.sh): libFuzzer is only a Recommends of clang
  prometheus victoria-metrics poppler-utils
  xvfb xauth fonts-dejavu-core fonts-noto-core
  appstream desktop-file-utils dpkg-dev fakeroot
  curl ca-certificates faketime
  python3-yaml python3-jsonschema
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "keel: installing ${#missing[@]} Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
