#!/usr/bin/env bash
# The dilemma portfolio (issue 20): Ctrl+Shift+D opens the "Dilemmas across cases" window on
# the open case (a large part of the screen changes), a second press leaves it as it is, and
# the program keeps running throughout. Its content is the engine's portfolio, tested by
# tests/integration/dilemmas_cli.sh.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
start_app "$CASE" --size 1280x800 --positions-out "$WORK/positions.txt"
wait_for_file "$WORK/positions.txt"
xdotool mousemove 5 790
shot before
xdotool key ctrl+shift+d
shot opened
kill -0 "$APP_PID" 2>/dev/null || fail "the program ended when the portfolio opened"
opened=$(diff_pixels before opened)
[ "$opened" -gt 5000 ] || fail "Ctrl+Shift+D did not open a window ($opened pixels changed)"
# A second Ctrl+Shift+D leaves the window as it is (no second window, no reload).
xdotool key ctrl+shift+d
shot again
same=$(diff_pixels opened again)
[ "$same" -lt 200 ] || fail "a second Ctrl+Shift+D changed the picture ($same pixels)"
kill -0 "$APP_PID" 2>/dev/null || fail "the program ended"
echo "ok: the portfolio window changed $opened pixels and stays put ($same)"
