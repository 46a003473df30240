#!/usr/bin/env bash
# Escape closes the topmost floating window (issue 19). On the VTH sample: F1 opens the
# shortcuts window, Ctrl+D the comparison window above it; the first Escape closes the
# comparison window only (the screen is the one with the shortcuts window again), the
# second closes the shortcuts window (the screen is the plain one again). Escape also closes
# the list of problems with a damaged file (its OK).
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/vth-stelsel.regie.json"
[ -f "$CASE" ] || fail "no VTH sample"
press() {  # one key at a time, each seen by its own frames
    xdotool key "$1"
    sleep 0.6
}
start_app "$CASE" --lang en
xdotool mousemove 5 795  # on the status bar: no hover effects on the canvas
sleep 2
shot plain
press F1
shot help
[ "$(diff_pixels plain help)" -gt 20000 ] || fail "F1 did not open the shortcuts window"
press ctrl+d
sleep 3  # the comparison runs in the background
shot compare
[ "$(diff_pixels help compare)" -gt 200000 ] || fail "Ctrl+D did not open the comparison window"
press Escape
shot after_first
n=$(diff_pixels help after_first)
[ "$n" -lt 2000 ] || fail "the first Escape did not leave exactly the shortcuts window ($n pixels differ)"
press Escape
shot after_second
n=$(diff_pixels plain after_second)
[ "$n" -lt 2000 ] || fail "the second Escape did not close the shortcuts window ($n pixels differ)"
stop_app

# A dialog too: the list of problems with a damaged file closes on Escape (its OK).
echo '{"format": "regiekaart-case", "format_version": 1, "scenarios": [' >"$WORK/broken.regie.json"
start_app "$WORK/broken.regie.json" --lang en
xdotool mousemove 5 795
sleep 2
shot problems
press Escape
shot no_problems
n=$(diff_pixels problems no_problems)
[ "$n" -gt 20000 ] || fail "Escape did not close the list of file problems ($n pixels differ)"
press Escape  # nothing left to close: no crash
kill -0 "$APP_PID" || fail "the program ended"
echo "ok: Escape closed the comparison window, then the shortcuts window under it, then a dialog"
