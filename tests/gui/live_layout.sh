#!/usr/bin/env bash
# Live layout: Space starts the animated ForceAtlas2 and the picture keeps changing while it
# runs (Shift+Space pauses it, so each screenshot can settle); a dragged actor follows the
# pointer; Space stops it and leaves the positions as they were drawn; one Ctrl+Z puts every
# actor back where it was before, Ctrl+Y brings the live layout back.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
start_app "$CASE" --positions-out "$WORK/positions.txt"
wait_for_file "$WORK/positions.txt"
xdotool mousemove 5 790
CANVAS="660x560+230+25"

# positions NAME: keeps the actors' current screen positions as $WORK/NAME.pos.
positions() { cp "$WORK/positions.txt" "$WORK/$1.pos"; }
# moved A B: how many actors are on different pixels in A and B.
moved() {
    awk 'NR == FNR { p[$1] = $2 " " $3; next } ($1 in p) && p[$1] != $2 " " $3 { n++ } END { print n + 0 }' \
        "$WORK/$1.pos" "$WORK/$2.pos"
}
# run_for SECONDS: lets the live layout run, then pauses it for a settled screenshot.
run_for() {
    xdotool key shift+space  # resume
    sleep "$1"
    xdotool key shift+space
}

shot before
positions before
actors=$(wc -l <"$WORK/before.pos")
[ "$actors" -gt 20 ] || fail "only $actors actors on screen"

xdotool key space  # start
sleep 0.6
xdotool key shift+space  # pause
shot running1
positions running1
run_for 0.6
shot running2
positions running2
grep -q . "$WORK/running2.pos" || fail "no positions written while live"

n1=$(moved before running1)
n2=$(moved running1 running2)
[ "$n1" -gt $((actors / 2)) ] || fail "live layout moved only $n1 of $actors actors"
[ "$n2" -gt 5 ] || fail "the layout did not keep moving while running ($n2 actors moved)"
[ "$(diff_pixels before running1 "$CANVAS")" -gt 500 ] || fail "the picture did not change"
[ "$(diff_pixels running1 running2 "$CANVAS")" -gt 100 ] || fail "the picture froze while running"

# Drag an actor during the live layout (paused, so it is still when grabbed): it lands under
# the pointer; the drag is folded into the one undo step of the live layout.
read -r id x y <<<"$(awk '$2 > 560 && $2 < 880 && $3 > 60 && $3 < 290 { print; exit }' "$WORK/running2.pos")"
[ -n "${id:-}" ] || fail "no actor to drag in the upper right of the canvas"
xdotool mousemove "$x" "$y" mousedown 1
sleep 0.4
for i in 1 2 3 4 5 6; do xdotool mousemove $((x - 10 * i)) $((y + 13 * i)); sleep 0.05; done
sleep 0.4
xdotool mouseup 1
xdotool mousemove 5 790
shot dragged
positions dragged
read -r x2 y2 <<<"$(actor_pos "$id")"
[ $((x2 - x)) -le -50 ] && [ $((y2 - y)) -ge 70 ] || fail "$id did not follow the drag ($x,$y -> $x2,$y2)"
[ "$(moved running2 dragged)" -eq 1 ] || fail "a paused drag moved $(moved running2 dragged) actors"

xdotool key space  # stop: the positions become one undo step
shot stopped
positions stopped
[ "$(moved dragged stopped)" -eq 0 ] || fail "stopping moved actors ($(moved dragged stopped))"

xdotool key ctrl+z
xdotool mousemove 700 560 click 1  # clear the selection (the dragged actor is selected)
xdotool mousemove 5 790
shot undone
positions undone
[ "$(moved before undone)" -eq 0 ] || fail "Ctrl+Z left $(moved before undone) actors moved"
[ "$(diff_pixels before undone "$CANVAS")" -lt 50 ] || fail "the canvas after Ctrl+Z differs"

xdotool key ctrl+y
shot redone
positions redone
[ "$(moved stopped redone)" -eq 0 ] || fail "Ctrl+Y did not bring the live layout back"

# Ctrl+Z while the layout runs stops it, commits it and undoes that: the picture from before.
xdotool key ctrl+z  # back to before
xdotool key space
sleep 0.6
xdotool key ctrl+z
xdotool mousemove 700 560 click 1
xdotool mousemove 5 790
shot undone_running
positions undone_running
[ "$(moved before undone_running)" -eq 0 ] || fail "Ctrl+Z while running left $(moved before undone_running) actors moved"
[ "$(diff_pixels before undone_running "$CANVAS")" -lt 50 ] || fail "the canvas after Ctrl+Z while running differs"
echo "ok: $actors actors; live moved $n1 then $n2; dragged $id $x,$y -> $x2,$y2; stop kept them; Ctrl+Z restored; Ctrl+Y re-applied; Ctrl+Z while running restored"
