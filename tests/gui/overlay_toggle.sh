#!/usr/bin/env bash
# The regie overlay shortcut (O) hides and shows the `directs` layer: the canvas changes,
# and pressing it again brings back the same picture.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
start_app "$CASE" --positions-out "$WORK/positions.txt"
wait_for_file "$WORK/positions.txt"
xdotool mousemove 5 790
shot with_overlay
CANVAS="660x560+230+25"
# Pixels of the regie colours (rijksregie red, coordinerende regie orange) on the canvas.
red_before=$(stat with_overlay '%[fx:int(1000000*mean)]' "$CANVAS")
xdotool key o
shot without_overlay
changed=$(diff_pixels with_overlay without_overlay "$CANVAS")
[ "$changed" -gt 800 ] || fail "toggling the overlay barely changed the canvas ($changed pixels)"
xdotool key o
shot again
back=$(diff_pixels with_overlay again "$CANVAS")
[ "$back" -lt 50 ] || fail "toggling twice did not restore the picture ($back pixels differ)"
echo "ok: overlay toggle changed $changed canvas pixels and restored ($back) [mean $red_before]"
