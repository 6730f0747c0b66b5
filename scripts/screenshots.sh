#!/bin/sh
# Makes the README pictures: docs/screenshots/<view>-<lang>.png for the timeline, the selected
# contact's details, its source in the reader, the actor graph, the contacts table and an exported timeline, in Arabic
# and in English, from the demo database built from resources/samples.
#   BUILD_DIR=build scripts/screenshots.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
out=${OUT_DIR:-$root/docs/screenshots}
db=${RASAD_DB:-$build/demo.sqlite}
gui="$build/app/gui/rasad"
cli="$build/app/rasad-cli"

for tool in xvfb-run "$gui"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "screenshots.sh: $tool not found (build the rasad target; apt install xvfb)" >&2; exit 1; }
done
if [ ! -s "$db" ]; then
    echo "screenshots.sh: building the demo database $db from resources/samples"
    "$cli" --db "$db" import "$root/resources/samples"
fi
mkdir -p "$out"
# A throw-away settings folder, so the pictures never depend on (or change) the user's choices.
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
for lang in ar en; do
    XDG_CONFIG_HOME="$settings" xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$gui" --db "$db" --lang "$lang" --screenshots "$out"
done
ls -l "$out"
