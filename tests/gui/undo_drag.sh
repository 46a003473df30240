#!/usr/bin/env bash
# Dragging an actor moves it (one undo step); Ctrl+Z puts it back exactly; Ctrl+Y again.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
start_app "$CASE" --positions-out "$WORK/positions.txt"
wait_for_file "$WORK/positions.txt"
xdotool mousemove 5 790
shot before
read -r x y <<<"$(actor_pos vt-voorzitter)"
[ -n "${x:-}" ] || fail "actor vt-voorzitter not on screen"
# A drag in several steps, as a hand would do it.
xdotool mousemove "$x" "$y" mousedown 1
sleep 0.4  # the press is seen before the pointer moves
for i in 1 2 3 4 5 6 7 8; do xdotool mousemove $((x - 10 * i)) $((y + 8 * i)); sleep 0.05; done
sleep 0.4
xdotool mouseup 1
xdotool mousemove 5 790
shot dragged
read -r x2 y2 <<<"$(actor_pos vt-voorzitter)"
[ "$x2" -lt $((x - 50)) ] && [ "$y2" -gt $((y + 40)) ] || fail "actor did not move ($x,$y -> $x2,$y2)"
[ "$(diff_pixels before dragged)" -gt 300 ] || fail "the drag did not change the picture"
xdotool key ctrl+z
xdotool mousemove 5 790
shot undone
read -r x3 y3 <<<"$(actor_pos vt-voorzitter)"
[ "$x3 $y3" = "$x $y" ] || fail "undo did not restore the position ($x,$y vs $x3,$y3)"
xdotool mousemove 700 560 click 1  # clear the selection (the dragged actor is selected)
xdotool mousemove 5 790
shot undone_unselected
canvas_diff=$(diff_pixels before undone_unselected "660x560+230+25")
[ "$canvas_diff" -lt 50 ] || fail "canvas after undo differs from before ($canvas_diff pixels)"
xdotool key ctrl+y
xdotool mousemove 5 790
shot redone
read -r x4 y4 <<<"$(actor_pos vt-voorzitter)"
[ "$x4 $y4" = "$x2 $y2" ] || fail "redo did not move the actor again ($x2,$y2 vs $x4,$y4)"
echo "ok: drag $x,$y -> $x2,$y2; undo restored; redo re-applied"
