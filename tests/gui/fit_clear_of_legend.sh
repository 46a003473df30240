#!/usr/bin/env bash
# After "fit" no actor's mark or name lies under the legend or outside the view (issue 19).
# The program reports, once after each fit, the canvas size, the legend's rectangle and each
# node's rectangle (mark and the name under it) in canvas pixels in its --test-log:
#   fit view 1031 566 legend 10 307 248 556
#   fit actor 412 80 470 121 Holland Rijnland
# Every actor rectangle must lie inside the view and not meet the legend. Checked on every
# sample case at 1280x800, Dutch and English (the names differ in length), and at 1920x1080.
source "$(dirname "$0")/common.bash"
start_xvfb

check_fit() {  # check_fit LOG: exit status 1 and a message when a rectangle is off
    /usr/bin/python3 - "$1" <<'PY'
import sys
view = legend = None
actors = []
for line in open(sys.argv[1]):
    p = line.split()
    if p[:2] == ["fit", "view"]:
        view = (float(p[2]), float(p[3]))
        legend = tuple(float(v) for v in p[5:9])
        actors = []  # the last fit counts
    elif p[:2] == ["fit", "actor"]:
        actors.append((tuple(float(v) for v in p[2:6]), " ".join(p[6:])))
if view is None or len(actors) < 5:
    sys.exit(f"no fit reported ({len(actors)} actors)")
if legend[2] - legend[0] < 50:
    sys.exit(f"no legend reported: {legend}")
bad = []
for (x0, y0, x1, y1), name in actors:
    if x0 < 0 or y0 < 0 or x1 > view[0] or y1 > view[1]:
        bad.append(f"{name} outside the view {view}: {x0} {y0} {x1} {y1}")
    if x0 < legend[2] and x1 > legend[0] and y0 < legend[3] and y1 > legend[1]:
        bad.append(f"{name} under the legend {legend}: {x0} {y0} {x1} {y1}")
if bad:
    sys.exit("\n".join(bad))
print(f"{len(actors)} actors clear of the legend {legend} inside {view}")
PY
}

# Self-check: a rectangle under the legend is noticed.
printf 'fit view 1000 600 legend 10 300 250 590\n' >"$WORK/bad.log"
for i in 1 2 3 4; do printf 'fit actor %d 10 %d 40 A%d\n' $((300 + i * 40)) $((330 + i * 40)) "$i" >>"$WORK/bad.log"; done
printf 'fit actor 200 400 260 440 Under\n' >>"$WORK/bad.log"
if check_fit "$WORK/bad.log" 2>/dev/null; then fail "the check does not notice an actor under the legend"; fi

for CASE in "$SRC"/assets/cases/*.regie.json; do
    for lang in nl en; do
        : >"$WORK/test.log"
        "$EXE" "$CASE" --lang "$lang" --frames 8 --screenshot "$WORK/shot.png" \
            --test-log "$WORK/test.log" --recovery-dir "$WORK/recovery" >"$WORK/app.log" 2>&1 ||
            fail "$(basename "$CASE") did not start"
        echo -n "$(basename "$CASE") $lang: "
        check_fit "$WORK/test.log" || fail "$(basename "$CASE") ($lang): names under the legend or cut off"
    done
done
: >"$WORK/test.log"
"$EXE" "$SRC/assets/cases/woondeal-holland-rijnland.regie.json" --size 1920x1080 --frames 8 \
    --screenshot "$WORK/shot.png" --test-log "$WORK/test.log" --recovery-dir "$WORK/recovery" \
    >"$WORK/app.log" 2>&1 || fail "1920x1080 did not start"
echo -n "woondeal 1920x1080: "
check_fit "$WORK/test.log" || fail "1920x1080: names under the legend or cut off"
echo "ok: after a fit every name is whole and clear of the legend"
