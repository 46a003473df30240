#!/usr/bin/env bash
# Clicking an actor selects it: a ring appears around it on the canvas and the inspector
# shows its attributes; clicking empty canvas clears the selection again.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
start_app "$CASE" --positions-out "$WORK/positions.txt"
wait_for_file "$WORK/positions.txt"
xdotool mousemove 5 790  # park the pointer on the status bar: no hover effects
shot before
read -r x y <<<"$(actor_pos prov-zh)"
[ -n "${x:-}" ] || fail "actor prov-zh not on screen"
xdotool mousemove "$x" "$y" click 1
xdotool mousemove 5 790
shot selected
ring=$(diff_pixels before selected "60x60+$((x - 30))+$((y - 30))")
[ "$ring" -gt 40 ] || fail "no visible selection around the actor ($ring pixels changed)"
inspector=$(diff_pixels before selected "300x300+960+40")
[ "$inspector" -gt 500 ] || fail "the inspector did not show the actor ($inspector pixels changed)"
# Click on an empty spot of the canvas: selection cleared, picture as before.
xdotool mousemove 700 560 click 1
xdotool mousemove 5 790
shot cleared
back=$(diff_pixels before cleared "60x60+$((x - 30))+$((y - 30))")
[ "$back" -lt 10 ] || fail "selection ring still visible after clearing ($back pixels)"
echo "ok: selection visible ($ring px at the actor, $inspector px in the inspector) and cleared"
