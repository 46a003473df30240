#!/usr/bin/env bash
# Presentation mode in a meeting: F11 goes full screen with the panels hidden (the network
# gets the whole screen), PageDown first highlights the flagged diagnostics one by one and
# then moves on to the next scenario, and F11 again brings back the window as it was.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/vth-stelsel.regie.json"
POS="$WORK/positions.txt"
start_app "$CASE" --size 1000x640 --positions-out "$POS"
wait_for_file "$POS"
xdotool mousemove 2 2
WID=$(xdotool search --name '^Regiekaart' | head -1)

window_size() { xdotool getwindowgeometry "$WID" | awk '/Geometry/ { print $2 }'; }
actor_ids() { cut -d' ' -f1 "$POS" | sort | tr '\n' ' '; }
# Width of the drawn network in window pixels (max x - min x over all actors).
network_width() { awk '{ if (NR == 1 || $2 < lo) lo = $2; if (NR == 1 || $2 > hi) hi = $2 } END { printf "%d\n", hi - lo }' "$POS"; }
# Waits until the positions file changes (the hook rewrites it whenever the picture moves).
wait_positions_change() {
    local before=$1
    for _ in $(seq 100); do
        if [ "$(cat "$POS")" != "$before" ]; then return 0; fi
        sleep 0.1
    done
    return 1
}

[ "$(window_size)" = "1000x640" ] || fail "window did not start at 1000x640 ($(window_size))"
first_scenario=$(actor_ids)
width_windowed=$(network_width)
shot windowed

before=$(cat "$POS")
xdotool key F11
wait_positions_change "$before" || fail "F11 did not change the picture"
sleep 0.5
[ "$(window_size)" = "1280x800" ] || fail "F11 did not go full screen ($(window_size))"
shot presenting
width_presenting=$(network_width)
# Panels hidden and a bigger window: the fitted network is much wider than before, also
# with every name kept whole inside the view (doc/label_fit.hpp).
[ "$width_presenting" -gt $((width_windowed * 13 / 10)) ] ||
    fail "full screen did not give the network more room ($width_windowed -> $width_presenting px)"

# First PageDown: the first flagged diagnostic is highlighted on the same scenario.
xdotool key Next
shot highlight1
changed=$(diff_pixels presenting highlight1)
[ "$changed" -gt 500 ] || fail "PageDown did not highlight anything ($changed pixels changed)"
[ "$(actor_ids)" = "$first_scenario" ] || fail "the first PageDown left the scenario instead of highlighting"

# Further PageDowns step through the remaining highlights and then to the next scenario.
steps=1
while [ "$(actor_ids)" = "$first_scenario" ] && [ $steps -lt 40 ]; do
    before=$(cat "$POS")
    xdotool key Next
    steps=$((steps + 1))
    wait_positions_change "$before" || true
done
[ "$(actor_ids)" != "$first_scenario" ] || fail "PageDown never reached the next scenario ($steps presses)"
shot next_scenario

# PageUp walks back: eventually the first scenario is shown again.
back=0
while [ "$(actor_ids)" != "$first_scenario" ] && [ $back -lt 40 ]; do
    before=$(cat "$POS")
    xdotool key Prior
    back=$((back + 1))
    wait_positions_change "$before" || true
done
[ "$(actor_ids)" = "$first_scenario" ] || fail "PageUp did not return to the first scenario"

xdotool key F11
for _ in $(seq 50); do
    [ "$(window_size)" = "1000x640" ] && break
    sleep 0.1
done
[ "$(window_size)" = "1000x640" ] || fail "F11 again did not restore the window ($(window_size))"
echo "ok: full screen widened the network $width_windowed -> $width_presenting px, highlight changed $changed px, next scenario after $steps PageDowns, back after $back PageUps"
