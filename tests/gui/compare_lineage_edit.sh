#!/usr/bin/env bash
# Editing lineage in the comparison window (issue 7): adding IPO to the before side of the
# first link of the VTH sample (I&W -> I&W) makes I&W and IPO one lineage class, so the
# comparison recomputes with fewer classes (overall after-ties 24 -> 22: their memberships of
# the programme and their ties to the programme director merge); the editor shows
# the link's problems inline in red; Ctrl+Z undoes the edit and the numbers come back.
# Driven with xdotool at the window's fixed place on the 1280x800 screen; the tables are read
# through --dump compare=FILE (rewritten on every new result).
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/vth-stelsel.regie.json"
[ -f "$CASE" ] || fail "no VTH sample"
TABLE="$WORK/table.tsv"

overall_after_ties() { awk -F'\t' '$1 == "distance" && $2 == "overall" { print $4 }' "$TABLE"; }
# wait_for_ties N: until the window has written a table with N overall after-ties.
wait_for_ties() {
    for _ in $(seq 600); do
        if [ -s "$TABLE" ] && [ "$(overall_after_ties)" = "$1" ]; then return 0; fi
        kill -0 "$APP_PID" 2>/dev/null || fail "the program exited"
        sleep 0.2
    done
    fail "overall after-ties did not become $1 (is $(overall_after_ties))"
}
RED='#CC1A1A'
red_in_editor() {
    convert "$WORK/$1.png[400x250+815+470]" -fuzz 10% -fill black +opaque "$RED" -fill white \
        -opaque "$RED" -format '%[fx:int(mean*w*h+0.5)]' info:
}

start_app "$CASE" --lang en --recovery-dir "$WORK/recovery" \
    --run-action compare --dump "compare=$TABLE"
wait_for_ties 24
shot before_edit
xdotool mousemove 1004 507 click 1  # "+" on the before side of the first link
sleep 1
xdotool mousemove 1012 533 click 1  # IPO, the first actor the menu offers (BZK is not in voor-2020)
wait_for_ties 22
shot edited
xdotool mousemove 900 464 click 1  # focus the window on the editor's title, not a drawing
xdotool key ctrl+z
wait_for_ties 24
shot undone
stop_app

red_before=$(red_in_editor before_edit)
red_edited=$(red_in_editor edited)
red_undone=$(red_in_editor undone)
echo "red problem text in the editor: before $red_before, edited $red_edited, undone $red_undone"
[ "$red_before" -lt 20 ] || fail "problems shown for the sample's valid lineage"
[ "$red_edited" -gt 200 ] || fail "no inline problem for an identity link with two actors before"
[ "$red_undone" -lt 20 ] || fail "the problem stayed after undo"
if [ -n "${SHOTS_DIR:-}" ]; then cp "$WORK"/{before_edit,edited,undone}.png "$SHOTS_DIR"/; fi
echo "ok: a lineage edit recomputes the comparison, shows its problem inline and undoes"
