#!/usr/bin/env bash
# Installs what Rasad needs, builds it, makes a demo database from the bundled sample articles
# (resources/samples/) and opens the explorer on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
demo=build/demo.sqlite
rm -f "$demo" "$demo-wal" "$demo-shm"
build/app/rasad-cli --db "$demo" import resources/samples
exec build/app/gui/rasad --db "$demo" "$@"
