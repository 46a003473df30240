#!/usr/bin/env bash
# The comparison window (issue 7) and the export dialog (issue 8) on the VTH sample:
# side by side shows added relations in blue (after) and removed ones in orange dashed
# (before); the difference view shows both; an export started from the dialog writes a PNG
# of the difference view. Opened through --run-action compare / compare_diff and
# --export-to (the same code paths as the menu items).
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/vth-stelsel.regie.json"
[ -f "$CASE" ] || fail "no VTH sample"

# count NAME COLOUR [REGION]: pixels within 8% of COLOUR.
count() {
    convert "$WORK/$1.png${3:+[$3]}" -fuzz 8% -fill black +opaque "$2" -fill white -opaque "$2" \
        -format '%[fx:int(mean*w*h+0.5)]' info:
}
BLUE='#0072B2'
ORANGE='#E69F00'

start_app "$CASE"
shot plain
stop_app

# shot_when NAME COLOUR REGION: screenshots until the comparison (a background job) is drawn,
# i.e. COLOUR shows up in REGION; at most about a minute on a loaded machine.
shot_when() {
    for _ in $(seq 30); do
        shot "$1"
        if [ "$(count "$1" "$2" "$3")" -gt 100 ]; then return 0; fi
        sleep 1
    done
}
start_app "$CASE" --run-action compare
shot_when side $BLUE 390x560+430+120
stop_app

start_app "$CASE" --run-action compare_diff
shot_when diff $BLUE 780x560+40+120
stop_app

# The compare window covers the middle of the screen: before left, after right, tables right.
# Canvases: left 64 % of the window. Before: x 40..430, after: x 430..820 (1280 wide screen).
blue_plain=$(count plain $BLUE)
blue_after=$(count side $BLUE 390x560+430+120)
orange_before=$(count side $ORANGE 390x560+40+120)
blue_before=$(count side $BLUE 390x560+40+120)
blue_diff=$(count diff $BLUE 780x560+40+120)
orange_diff=$(count diff $ORANGE 780x560+40+120)
echo "blue: plain $blue_plain, side-by-side after $blue_after (before $blue_before); orange before $orange_before; diff blue $blue_diff orange $orange_diff"
[ "$blue_after" -gt 300 ] || fail "after drawing shows no added (blue) relations ($blue_after px)"
[ "$orange_before" -gt 150 ] || fail "before drawing shows no removed (orange) relations ($orange_before px)"
[ "$blue_after" -gt $((blue_before * 2)) ] || fail "added relations are not drawn in the after scenario only ($blue_after vs $blue_before)"
[ "$blue_diff" -gt 300 ] || fail "difference view shows no added relations ($blue_diff px)"
[ "$orange_diff" -gt 150 ] || fail "difference view shows no removed relations ($orange_diff px)"
[ "$(diff_pixels side diff)" -gt 5000 ] || fail "side by side and difference look the same"
# The delta table is there: the right part of the window is not empty.
sd=$(stat side '%[fx:int(1000*standard_deviation)]' 380x400+860+140)
[ "$sd" -gt 40 ] || fail "delta table area looks empty (stddev $sd)"

# Export from the dialog: the scenario and the difference view as PNG, written atomically.
export_png() {  # export_png NAME VIEW
    start_app "$CASE" --run-action compare --export-to "$WORK/$1.png" --export-view "$2"
    for _ in $(seq 1200); do
        if [ -s "$WORK/$1.png" ]; then break; fi
        kill -0 "$APP_PID" 2>/dev/null || fail "the program exited during export"
        sleep 0.1
    done
    [ -s "$WORK/$1.png" ] || fail "export $1 did not write the file"
    shot "exporting_$1"
    stop_app
    [ "$(identify -format '%m' "$WORK/$1.png")" = PNG ] || fail "export $1 is not a PNG"
    if ls "$WORK/$1".png.tmp* >/dev/null 2>&1; then fail "temporary file left behind"; fi
}
export_png exported_scenario 0
export_png exported_diff 2
# The difference view is a different picture (the bug this guards: the dialog fell back to
# the scenario before the comparison had finished) with the delta table under the diagram.
size_s=$(identify -format '%wx%h' "$WORK/exported_scenario.png")
size_d=$(identify -format '%wx%h' "$WORK/exported_diff.png")
echo "exported: scenario $size_s, difference $size_d"
[ "$size_s" != "$size_d" ] || [ "$(diff_pixels exported_scenario exported_diff)" -gt 10000 ] \
    || fail "the exported difference view looks like the scenario diagram"
blue_export=$(count exported_diff $BLUE)
[ "$blue_export" -gt 100 ] || fail "exported difference view has no blue ($blue_export px)"
if [ -n "${SHOTS_DIR:-}" ]; then cp "$WORK"/{plain,side,diff,exporting_exported_diff,exported_diff,exported_scenario}.png "$SHOTS_DIR"/; fi
echo "ok: comparison side by side and difference drawn, delta table shown, both exports written"
