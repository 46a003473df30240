#!/usr/bin/env bash
# The toolbar (issue 19) on the VTH sample: its buttons are icons from fonts-fork-awesome,
# the compare button opens the comparison window (the same action as Ctrl+D), hovering a
# button shows its tooltip; with the icon font missing the program still starts and the
# buttons are text. Button places come from --dump toolbar=FILE.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/vth-stelsel.regie.json"
[ -f "$CASE" ] || fail "no VTH sample"
[ -f /usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf ] || fail "fonts-fork-awesome is not installed (scripts/dev)"
# centre ID: "x y" of the button's centre.
centre() { awk -v id="$1" '$1 == id { print int($2 + $4 / 2), int($3 + $5 / 2) }' "$WORK/toolbar.txt"; }

start_app "$CASE" --lang en --dump "toolbar=$WORK/toolbar.txt"
wait_for_file "$WORK/toolbar.txt"
for id in open save undo redo new_actor live_layout compare export present; do
    grep -q "^$id .* icon$" "$WORK/toolbar.txt" || fail "no icon button for $id: $(cat "$WORK/toolbar.txt")"
done
xdotool mousemove 5 795
sleep 1
shot plain
read -r x y <<<"$(centre save)"
xdotool mousemove "$x" "$y"
sleep 1.5  # the tooltip appears after a short hover
shot hover
[ "$(diff_pixels plain hover 400x120+$((x - 40))+$((y + 5)))" -gt 300 ] || fail "no tooltip under the save button"
read -r x y <<<"$(centre compare)"
xdotool mousemove "$x" "$y"
sleep 0.5
xdotool mousedown 1  # held over a few frames: ImGui samples the button once per frame
sleep 0.3
xdotool mouseup 1
xdotool mousemove 5 795
sleep 3
shot compare
[ "$(diff_pixels plain compare)" -gt 200000 ] || fail "the compare button did not open the comparison window"
stop_app

# Without the icon font: text buttons, no crash.
rm -f "$WORK/toolbar.txt"
start_app "$CASE" --lang en --icon-font "$WORK/missing.ttf" --dump "toolbar=$WORK/toolbar.txt"
wait_for_file "$WORK/toolbar.txt"
grep -q "^compare .* text$" "$WORK/toolbar.txt" || fail "no text button without the icon font: $(cat "$WORK/toolbar.txt")"
grep -q "missing.ttf not found" "$WORK/app.log" || fail "the missing icon font was not reported"
kill -0 "$APP_PID" || fail "the program ended without the icon font"
echo "ok: icon buttons, tooltip, compare from the toolbar; text buttons without the icon font"
