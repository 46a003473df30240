#!/usr/bin/env bash
# Building a map in a meeting (issue 13), with real X input: start on an empty case, make
# two actors by double-clicking and typing their names, draw a relation with R (click the
# source, click the target), paste three lines from the clipboard, undo and redo each step,
# save with Ctrl+S through the save dialog's typed path, and check the saved file.
source "$(dirname "$0")/common.bash"
start_xvfb
POS="$WORK/positions.txt"
LOG="$WORK/test.log"
SAVED="$WORK/kaart.regie.json"
start_app --new --lang en --positions-out "$POS" --test-log "$LOG"
sleep 1

# The number of actors on screen, and the last history line the app logged.
actors_shown() { if [ -f "$POS" ]; then grep -c . "$POS" || true; else echo 0; fi; }
last_history() { grep '^history ' "$LOG" | tail -1; }
wait_history() {  # wait_history PATTERN: until the last history line matches
    for _ in $(seq 60); do
        if last_history | grep -q -- "$1"; then return 0; fi
        sleep 0.1
    done
    fail "expected history '$1', last was '$(last_history)'"
}

# Two actors: double-click on empty canvas, type the name, Enter.
xdotool mousemove 420 260 click --repeat 2 --delay 60 1
sleep 0.5
shot editor_open
xdotool type --delay 25 "Gemeente Leiden"
xdotool key Return
wait_history "^history 1/1 Add actor: Gemeente Leiden"
xdotool mousemove 720 300 click --repeat 2 --delay 60 1
sleep 0.5
xdotool type --delay 25 "Jeugdteam"
xdotool key Return
wait_history "^history 2/2 Add actor: Jeugdteam"
wait_for_file "$POS"
for _ in $(seq 40); do [ "$(actors_shown)" = 2 ] && break; sleep 0.1; done
[ "$(actors_shown)" = 2 ] || fail "two actors expected on screen, found $(actors_shown)"
read -r x1 y1 <<<"$(actor_pos gemeente-leiden)"
read -r x2 y2 <<<"$(actor_pos jeugdteam)"
[ -n "${x1:-}" ] && [ -n "${x2:-}" ] || fail "the new actors are not on screen: $(cat "$POS")"
# Each actor landed where it was double-clicked (within a few pixels).
[ $(( (x1 - 420) * (x1 - 420) + (y1 - 260) * (y1 - 260) )) -lt 25 ] || fail "Gemeente Leiden at $x1,$y1, not at 420,260"
shot two_actors

# A relation: R, click the source, click the target; the popup closes with Escape.
xdotool mousemove 600 450 key r
sleep 0.3
shot relation_mode
xdotool mousemove "$x1" "$y1" click 1
sleep 0.2
xdotool mousemove "$x2" "$y2" click 1
wait_history "^history 3/3 Draw relation"
sleep 0.3
shot relation_popup
xdotool key Escape
sleep 0.3

# Paste three lines at the pointer: three actors in a grid, all selected, one step.
printf 'GGD Hollands Midden\nVeilig Thuis\n\nGecertificeerde instelling\n' | xclip -selection clipboard
xdotool mousemove 560 470 key ctrl+v
wait_history "^history 4/4 3 actors pasted"
for _ in $(seq 40); do [ "$(actors_shown)" = 5 ] && break; sleep 0.1; done
[ "$(actors_shown)" = 5 ] || fail "five actors expected after the paste, found $(actors_shown)"
xdotool mousemove 5 790
shot pasted

# Undo each step, then redo each: the history cursor walks 4 -> 0 -> 4.
for n in 3 2 1 0; do
    xdotool key ctrl+z
    wait_history "^history $n/4"
done
for _ in $(seq 40); do [ "$(actors_shown)" = 0 ] && break; sleep 0.1; done
[ "$(actors_shown)" = 0 ] || fail "undoing everything left $(actors_shown) actors"
for n in 1 2 3 4; do
    xdotool key ctrl+y
    wait_history "^history $n/4"
done
wait_history "^history 4/4 3 actors pasted"

# Save: Ctrl+S opens the save dialog for a never saved case; type the path, Enter.
xdotool key ctrl+s
sleep 0.6
xdotool key ctrl+a
xdotool type --delay 10 "$SAVED"
xdotool key Return
wait_for_file "$SAVED"
/usr/bin/python3 - "$SAVED" <<'PY' || fail "the saved case is not what was drawn"
import json, sys
case = json.load(open(sys.argv[1]))
s = case["scenarios"][0]
names = sorted(a["name"] for a in s["actors"])
expected = sorted(["Gemeente Leiden", "Jeugdteam", "GGD Hollands Midden", "Veilig Thuis",
                   "Gecertificeerde instelling"])
assert names == expected, names
rels = s["relations"]
assert len(rels) == 1, rels
r = rels[0]
assert (r["source"], r["target"], r["layer"]) == ("gemeente-leiden", "jeugdteam", "collaboration"), r
pos = s["positions"]
# The pasted actors sit in a grid: 3 points, 2 columns: two share a row, two a column.
p = [pos[a["id"]] for a in s["actors"][2:]]
assert p[0]["y"] == p[1]["y"] and p[0]["x"] == p[2]["x"], p
print("saved:", names, r["source"], "->", r["target"], r["layer"])
PY
echo "ok: two typed actors, a drawn relation, three pasted actors; undo/redo 4 steps; saved and checked"
