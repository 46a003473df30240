#!/usr/bin/env bash
# The comparison window (issue 7) and the export dialog (issue 8) on the VTH sample:
# side by side shows added relations in blue (after) and removed ones in orange dashed
# (before); the difference view shows both; an export started from the dialog writes a PNG
# of the difference view. Opened through the test hooks REGIEKAART_OPEN and
# REGIEKAART_EXPORT_TO (the same code paths as the menu items).
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

REGIEKAART_OPEN=compare start_app "$CASE"
shot side
stop_app

REGIEKAART_OPEN=compare-diff start_app "$CASE"
shot diff
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

# Export from the dialog: difference view as PNG, written atomically.
REGIEKAART_OPEN=compare REGIEKAART_EXPORT_TO="$WORK/export.png" REGIEKAART_EXPORT_VIEW=2 start_app "$CASE"
for _ in $(seq 1200); do
    if [ -s "$WORK/export.png" ]; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || fail "the program exited during export"
    sleep 0.1
done
[ -s "$WORK/export.png" ] || fail "export did not write the file"
shot exporting
stop_app
[ "$(identify -format '%m' "$WORK/export.png")" = PNG ] || fail "export is not a PNG"
ls "$WORK"/export.png.tmp* >/dev/null 2>&1 && fail "temporary file left behind"
cp "$WORK/export.png" "$WORK/exported.png"
blue_export=$(count exported $BLUE)
[ "$blue_export" -gt 100 ] || fail "exported difference view has no added (blue) relations ($blue_export px)"
[ -n "${SHOTS_DIR:-}" ] && cp "$WORK"/{plain,side,diff,exporting,exported}.png "$SHOTS_DIR"/
echo "ok: comparison side by side and difference drawn, delta table shown, export written ($blue_export blue px)"
