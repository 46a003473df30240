#!/usr/bin/env bash
# Side panels (issue 19): while nothing is selected the inspector is a thin strip and opens
# when an actor is clicked; dragging the left panel's edge widens it; F8 collapses the bottom
# panel; after Ctrl+Q and a new start the panels come back as they were left (settings.json).
# The program reports the panels' extents in its --test-log ("panels left 195 open right 29
# strip bottom 156 open"), written whenever they change.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
LOG="$WORK/test.log"
last_panels() { grep '^panels ' "$LOG" | tail -1; }
wait_panels() {  # wait_panels REGEX: until the last panels line matches
    for _ in $(seq 50); do
        if last_panels | grep -Eq "$1"; then return 0; fi
        sleep 0.2
    done
    fail "panels never matched '$1' (last: $(last_panels))"
}

start_app "$CASE" --lang en --test-log "$LOG" --positions-out "$WORK/positions.txt"
wait_for_file "$WORK/positions.txt"
wait_panels '^panels left [0-9]+ open right [0-9]+ strip bottom [0-9]+ open$'
read -r _ _ left _ _ strip _ _ bottom _ <<<"$(last_panels)"
[ "$strip" -lt 40 ] || fail "the inspector strip is $strip pixels wide"
xdotool mousemove 640 790  # the status bar: no hover on the canvas
sleep 0.5
shot strip

# Clicking an actor opens the inspector.
read -r x y <<<"$(actor_pos gem-leiden)"
[ -n "${x:-}" ] || fail "actor gem-leiden not on screen"
xdotool mousemove "$x" "$y" click 1
wait_panels 'right [0-9]+ open'
read -r _ _ _ _ _ right _ _ _ _ <<<"$(last_panels)"
[ "$right" -gt 200 ] || fail "the opened inspector is only $right pixels wide"

# Drag the left panel's edge 80 pixels to the right (at mid height, beside the canvas).
xdotool mousemove "$left" 400
sleep 0.3
xdotool mousedown 1
sleep 0.4  # a frame with the press where it was: ImGui 1.86 reads one mouse state per frame
for dx in 20 40 60 80; do xdotool mousemove $((left + dx)) 400; sleep 0.3; done
xdotool mouseup 1
wanted=$((left + 80))
wait_panels "^panels left ($((wanted - 2))|$((wanted - 1))|$wanted|$((wanted + 1))|$((wanted + 2))) open"
read -r _ _ left2 _ <<<"$(last_panels)"
# The drag was the edge's, not the canvas's: the selection and so the inspector stay.
last_panels | grep -Eq 'right [0-9]+ open' || fail "dragging the edge cleared the selection: $(last_panels)"

xdotool key F8  # collapse the bottom panel
wait_panels 'bottom [0-9]+ strip$'
xdotool key ctrl+q
for _ in $(seq 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
kill -0 "$APP_PID" 2>/dev/null && fail "Ctrl+Q did not quit"
APP_PID=
settings=$(cat "$XDG_CONFIG_HOME/regiekaart/settings.json")
[[ $settings == *"\"left\": $left2"* ]] || fail "left panel width not saved: $settings"
[[ $settings == *'"bottom_collapsed": true'* ]] || fail "collapsed bottom panel not saved: $settings"

# A new start: the same widths and states, nothing selected so the inspector is a strip.
: >"$LOG"
start_app "$CASE" --lang en --test-log "$LOG"
wait_panels "^panels left $left2 open right [0-9]+ strip bottom [0-9]+ strip$"
echo "ok: strip $strip px, inspector $right px, left panel $left -> $left2 px, kept after restart"
