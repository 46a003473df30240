#!/usr/bin/env bash
# Building a map in a meeting (issue 13), with real X input: start on an empty case, make
# two actors by double-clicking and typing their names, draw a relation with R (click the
# source, click the target), paste three lines from the clipboard, undo and redo each step,
# save with Ctrl+S through the save dialog's typed path, and check the saved file.
source "$(dirname "$0")/common.bash"
start_xvfb
# double_click: each press and release held a moment. Dear ImGui 1.86 reads the button
# state once per frame, so xdotool's instant click followed by a second one inside one slow
# frame (software OpenGL) reads as one long press.
double_click() {
    xdotool mousedown 1; sleep 0.1; xdotool mouseup 1; sleep 0.1
    xdotool mousedown 1; sleep 0.1; xdotool mouseup 1
}
POS="$WORK/positions.txt"
LOG="$WORK/test.log"
SAVED="$WORK/kaart.regie.json"
start_app --new --lang en --positions-out "$POS" --test-log "$LOG"
# Ready when the first analysis (of the empty scenario) came back.
for _ in $(seq 150); do grep -q '^analysis ' "$LOG" 2>/dev/null && break; sleep 0.1; done
grep -q '^analysis ' "$LOG" || fail "the app never reported an analysis"

# The number of actors on screen, and the last history line the app logged.
actors_shown() { if [ -f "$POS" ]; then grep -c . "$POS" || true; else echo 0; fi; }
last_history() { grep '^history ' "$LOG" | tail -1; }
history_is() {  # history_is PATTERN [TENTHS]: the last history line matches within a while
    for _ in $(seq "${2:-60}"); do
        if last_history | grep -q -- "$1"; then return 0; fi
        sleep 0.1
    done
    return 1
}
wait_history() { history_is "$1" || fail "expected history '$1', last was '$(last_history)'"; }
# press KEYS PATTERN: a key press that must lead to PATTERN. Dear ImGui 1.86 sees one key
# change per frame, so a press and release inside one slow frame is lost: press again then.
press() {
    for _ in 1 2 3; do
        xdotool key "$1"
        history_is "$2" 40 && return 0
    done
    fail "$1 did not give '$2', last was '$(last_history)'"
}

# open_name_field X Y: double-click there and wait until the name field is drawn (software
# OpenGL on a loaded machine may take a while for a frame).
open_name_field() {
    shot before_field
    xdotool mousemove "$1" "$2"; double_click
    # Dear ImGui 1.86 sees one button change per frame: a double-click that falls inside
    # one slow frame counts as one click, so try again (at most three times).
    for _ in 1 2 3; do
        for _ in $(seq 8); do
            shot name_field
            if [ "$(diff_pixels before_field name_field "240x60+$(($1 - 120))+$(($2 + 10))")" -gt 200 ]; then
                sleep 0.5  # the field takes the keyboard a frame or two after it is drawn
                return 0
            fi
        done
        double_click
    done
    fail "no name field after a double-click at $1,$2"
}

# Two actors: double-click on empty canvas, type the name, Enter.
xdotool mousemove 420 260
open_name_field 420 260
cp "$WORK/name_field.png" "$WORK/editor_open.png"
xdotool type --delay 25 "Gemeente Leiden"
xdotool key Return
wait_history "^history 1/1 Add actor: Gemeente Leiden"
open_name_field 720 300
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
xdotool mousemove 600 450
shot before_r
for _ in 1 2 3; do
    xdotool key r
    shot relation_mode
    # The relation-mode hint appears across the top of the canvas.
    [ "$(diff_pixels before_r relation_mode "690x40+230+60")" -gt 500 ] && break
done
[ "$(diff_pixels before_r relation_mode "690x40+230+60")" -gt 500 ] || fail "R did not show relation mode"
# Click the source until it is marked (a ring and a rubber band to the pointer), then the
# target until the relation is made (a click inside one slow frame can be lost, see press).
xdotool mousemove "$x1" "$y1"
shot before_source
for _ in 1 2 3; do
    xdotool click 1
    xdotool mousemove "$x2" "$((y2 + 40))"
    shot source_chosen
    [ "$(diff_pixels before_source source_chosen "60x60+$((x1 - 30))+$((y1 - 30))")" -gt 60 ] && break
    xdotool mousemove "$x1" "$y1"
done
for _ in 1 2 3; do
    xdotool mousemove "$x2" "$y2" click 1
    history_is "^history 3/3 Draw relation" 40 && break
done
wait_history "^history 3/3 Draw relation"
sleep 0.3
shot relation_popup
xdotool key Escape
sleep 0.3

# Paste three lines at the pointer: three actors in a grid, all selected, one step.
printf 'GGD Hollands Midden\nVeilig Thuis\n\nGecertificeerde instelling\n' | xclip -selection clipboard
xdotool mousemove 560 470
press ctrl+v "^history 4/4 3 actors pasted"
for _ in $(seq 40); do [ "$(actors_shown)" = 5 ] && break; sleep 0.1; done
[ "$(actors_shown)" = 5 ] || fail "five actors expected after the paste, found $(actors_shown)"
xdotool mousemove 5 790
shot pasted

# Undo each step, then redo each: the history cursor walks 4 -> 0 -> 4.
for n in 3 2 1 0; do press ctrl+z "^history $n/4"; done
for _ in $(seq 40); do [ "$(actors_shown)" = 0 ] && break; sleep 0.1; done
[ "$(actors_shown)" = 0 ] || fail "undoing everything left $(actors_shown) actors"
for n in 1 2 3 4; do press ctrl+y "^history $n/4"; done
wait_history "^history 4/4 3 actors pasted"

# Save: Ctrl+S opens the save dialog for a never saved case; type the path, Enter. A key
# pressed and released inside one slow frame is lost (see press), so press again until the
# dialog is drawn, and Enter again until the file is written.
shot before_save
for _ in 1 2 3; do
    xdotool key ctrl+s
    shot save_dialog
    [ "$(diff_pixels before_save save_dialog)" -gt 5000 ] && break
done
[ "$(diff_pixels before_save save_dialog)" -gt 5000 ] || fail "Ctrl+S did not open the save dialog"
sleep 0.5  # the path field takes the keyboard a frame or two after it is drawn
xdotool key ctrl+a
# Ctrl is released to the program a frame later (gui_main defers key releases), and Dear
# ImGui drops characters typed while Ctrl is down: wait before typing the path.
sleep 0.5
xdotool type --delay 25 "$SAVED"
shot typed_path
for _ in 1 2 3; do
    xdotool key Return
    for _ in $(seq 50); do [ -s "$SAVED" ] && break 2; sleep 0.1; done
done
[ -s "$SAVED" ] || shot not_saved
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
