#!/usr/bin/env bash
# Remakes the pictures the README shows, from the demo file: the Översikt page as the window opens on it, and
# the first pages of the council report. Run it after a change to either; it writes
# resources/screenshots/*.png. Needs no screen: the window runs on a virtual one (Xvfb).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
build

out="$repo/resources/screenshots"
work=$(mktemp -d)
trap 'kill "${app:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$out"
program="$build_dir/bin/lofteskollen"
"$program" demo --scale sample --db "$work/demo.sqlite" --lang sv >/dev/null

# The window at 1280 × 800, the size a coordinator's laptop shows, in Swedish.
display=:$((90 + RANDOM % 50))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
HOME="$work" DISPLAY="$display" QT_QPA_PLATFORM=xcb "$program" --db "$work/demo.sqlite" --lang sv >/dev/null 2>&1 &
app=$!
sleep 4
DISPLAY="$display" import -window root "$out/oversikt.png"
kill "$app"

# The report's first two pages side by side, as they print.
"$program" report --db "$work/demo.sqlite" --period "2021–2022" --format pdf --out "$work/rapport.pdf" \
    --lang sv >/dev/null
pdftoppm -png -r 60 -f 1 -l 3 "$work/rapport.pdf" "$work/sida"
montage "$work"/sida-*.png -tile 3x1 -geometry +8+8 -background '#dddddd' "$out/rapport.png"
echo "Wrote $out/oversikt.png and $out/rapport.png"
