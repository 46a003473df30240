#!/usr/bin/env bash
# The automation seam (issue 15, docs/gui.md "Automation seam"): --run-action runs registered
# actions in order after the first frame, as the menu would; an unknown id is reported, not
# ignored; --dump toolbar=FILE writes the toolbar even in a screenshot run.
source "$(dirname "$0")/common.bash"
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
[ -f "$CASE" ] || CASE=$(ls "$SRC"/assets/cases/*.regie.json | head -1)
start_xvfb
run() {  # run NAME ARGS...: a screenshot after 12 frames with these automation options
    local name=$1
    shift
    "$EXE" "$CASE" --lang en --screenshot "$WORK/$name.png" --frames 12 \
        --recovery-dir "$WORK/recovery" "$@" >"$WORK/$name.log" 2>&1 || fail "$name: exit code $?"
    [ -f "$WORK/$name.png" ] || fail "$name: no screenshot"
}
run base
run no_legend --run-action legend
run legend_again --run-action legend --run-action legend
# The legend (a box of swatches and text on the canvas) goes and comes back: two runs of the
# toggle undo each other, so the order and the count of the actions matter.
[ "$(diff_pixels base no_legend)" -gt 500 ] || fail "--run-action legend changed nothing"
[ "$(diff_pixels no_legend legend_again)" -gt 500 ] || fail "a second legend toggle changed nothing"

run unknown --run-action no_such_action --dump "toolbar=$WORK/toolbar.txt"
grep -q -- "--run-action no_such_action: no such action" "$WORK/unknown.log" ||
    fail "an unknown action was not reported: $(cat "$WORK/unknown.log")"
grep -q "^compare " "$WORK/toolbar.txt" || fail "--dump toolbar wrote no compare button"

# A wrong view name is refused at the start with the choices named.
if "$EXE" "$CASE" --dump "canvas=$WORK/x.txt" >"$WORK/bad.log" 2>&1; then
    fail "--dump canvas=... was accepted"
fi
grep -q "compare, toolbar" "$WORK/bad.log" || fail "the error does not name the views: $(cat "$WORK/bad.log")"
echo "ok: automation seam"
