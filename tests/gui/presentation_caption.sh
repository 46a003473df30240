#!/usr/bin/env bash
# Presentation mode shows what the analysis means (issue 13): on the youth-care sample,
# PageDown steps through the flagged findings; the step for "tussen wal en schip" (tasks
# and hand-overs nobody owns) puts a large caption at the top of the screen and draws its
# cause. Asserted on the app's test log and on the pixels of the caption area.
source "$(dirname "$0")/common.bash"
start_xvfb
LOG="$WORK/test.log"
start_app "$SRC/assets/cases/jeugdzorg-keten.regie.json" --size 1000x640 --test-log "$LOG"
for _ in $(seq 100); do grep -q '^analysis ' "$LOG" 2>/dev/null && break; sleep 0.1; done
grep -q '^analysis ' "$LOG" || fail "no analysis reported"
flagged=$(grep '^analysis ' "$LOG" | tail -1 | awk '{ print $NF }')
[ "$flagged" -gt 0 ] || fail "the sample has no flagged findings"
xdotool mousemove 2 2
xdotool key F11
sleep 1
shot presenting
steps=0
until grep -q '^presentation step .* tussen_wal_en_schip ' "$LOG" 2>/dev/null; do
    [ $steps -lt "$flagged" ] || fail "no 'tussen wal en schip' step in $flagged PageDowns: $(cat "$LOG")"
    xdotool key Next
    steps=$((steps + 1))
    sleep 0.4
done
line=$(grep '^presentation step .* tussen_wal_en_schip ' "$LOG")
echo "$line" | grep -q "Tussen wal en schip" || fail "log line without the title: $line"
shot caption
# The caption band (top of the full-screen canvas) changed, and it holds the pink accent
# bar at its left edge and dark title text on a white panel.
band=$(diff_pixels presenting caption "1200x110+40+14")
[ "$band" -gt 3000 ] || fail "the caption area hardly changed ($band pixels)"
accent=$(stat caption '%[pixel:p{34,40}]')
case "$accent" in
    *"255,60,160"* | *"rgb(255,60,160)"* | *"(100%,23.5294%,62.7451%)"*) ;;
    *) fail "no accent bar at the caption's edge (pixel $accent)" ;;
esac
echo "ok: step $steps of $flagged is tussen wal en schip ($line); caption area changed $band px"
