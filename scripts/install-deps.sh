#!/usr/bin/env bash
# Installs the Debian 12 packages Rasad builds, tests and runs with. Idempotent: does nothing
# when every package is already installed.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libicu-dev libsqlite3-dev
    fonts-noto-core python3 python3-networkx dpkg-dev file   # networkx: tst_exporters reads GEXF/GraphML with it
)
if [ "${1:-}" = "--gui-tools" ]; then
    packages+=(xvfb xauth imagemagick)   # for scripts/screenshots.sh
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
