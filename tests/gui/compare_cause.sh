#!/usr/bin/env bash
# A row of the comparison tables highlights its exact cause (issue 7), in vermillion rings
# around the actors concerned: nothing before a row is chosen; for "actors" (8 -> 11 on the
# VTH sample) the dissolved advisory committee in the before drawing and the four new
# actors (BZK, J&V, the programme and its director) in the after drawing; for "components"
# (2 -> 1) more actors; and the same cause in the difference view. Rows are chosen through
# the automation option --select-row compare=ROW (the code path of a click); the lineage editor is
# on screen.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/vth-stelsel.regie.json"
[ -f "$CASE" ] || fail "no VTH sample"

HIGHLIGHT='#D55E00'
BLUE='#0072B2'
BEFORE=360x600+55+95
AFTER=360x600+435+95
BOTH=750x600+55+95
count() {  # count NAME COLOUR REGION: pixels within 8% of COLOUR
    convert "$WORK/$1.png[$3]" -fuzz 8% -fill black +opaque "$2" -fill white -opaque "$2" \
        -format '%[fx:int(mean*w*h+0.5)]' info:
}
# run NAME SELECT MODE COLOUR: starts the window, screenshots until COLOUR shows in the
# drawings (the comparison is a background job), stops it.
run() {
    local select=()
    if [ -n "$2" ]; then select=(--select-row "compare=$2"); fi
    start_app "$CASE" --lang en --recovery-dir "$WORK/recovery" --run-action "$3" "${select[@]}"
    for _ in $(seq 40); do
        shot "$1"
        if [ "$(count "$1" "$4" $BOTH)" -gt 100 ]; then break; fi
        sleep 1
    done
    stop_app
}

run none "" compare $BLUE
run nodes index:nodes compare $HIGHLIGHT
run components index:components compare $HIGHLIGHT
run diff index:nodes compare_diff $HIGHLIGHT

none=$(count none $HIGHLIGHT $BOTH)
nodes_before=$(count nodes $HIGHLIGHT $BEFORE)
nodes_after=$(count nodes $HIGHLIGHT $AFTER)
components_after=$(count components $HIGHLIGHT $AFTER)
diff=$(count diff $HIGHLIGHT $BOTH)
echo "highlight px: none $none; actors before $nodes_before after $nodes_after;" \
    "components after $components_after; difference view $diff"
[ "$(count none $BLUE $AFTER)" -gt 300 ] || fail "the comparison was not drawn"
[ "$none" -lt 20 ] || fail "highlight without a chosen row ($none px)"
[ "$nodes_before" -gt 60 ] || fail "the dissolved committee is not highlighted before ($nodes_before px)"
[ "$nodes_after" -gt $((nodes_before * 3 / 2)) ] \
    || fail "the new actors are not highlighted after ($nodes_after vs $nodes_before px)"
[ "$components_after" -gt $((nodes_after * 2)) ] \
    || fail "components does not highlight the actors whose component changed ($components_after px)"
[ "$diff" -gt 60 ] || fail "the difference view shows no cause ($diff px)"
# The lineage editor lists the case's links: its panel (right, lower half) is not empty.
sd=$(stat nodes '%[fx:int(1000*standard_deviation)]' 400x220+815+470)
[ "$sd" -gt 40 ] || fail "lineage editor area looks empty (stddev $sd)"
if [ -n "${SHOTS_DIR:-}" ]; then cp "$WORK"/{none,nodes,components,diff}.png "$SHOTS_DIR"/; fi
echo "ok: each row highlights its own cause in both views"
