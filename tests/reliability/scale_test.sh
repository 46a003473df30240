#!/usr/bin/env bash
# Load and scale (issue 9): a 50,000-actor, 250,000-relation case (make_large_case.py,
# deterministic) loads (validate, info), analyses (analyze with the metrics that are
# linear or near-linear at this size: degree, pagerank, regie, diagnostics; betweenness,
# closeness and key players are O(n m) and take far longer than this test may, see
# docs/reliability.md), renders (the desktop application's --screenshot under Xvfb with
# Mesa's software OpenGL, when this build has the GUI), saves and reloads identically
# (convert to .regie.json, load it back, save again: byte-identical, same counts; when this
# build has the convert command). Prints wall seconds and peak RSS per step, and a
# "[figures] scale:" line (read by figures.sh). Speed is measured, never asserted; only
# hangs (a generous timeout) and memory far beyond the input fail.
#
# Usage: scale_test.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
src="$2"
. "$src/tests/reliability/common.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rk-scale.XXXXXX")
XVFB_PID= APP_PID=
cleanup() {
    if [ -n "$APP_PID" ]; then kill -9 "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; fi
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null; wait "$XVFB_PID" 2>/dev/null; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

ACTORS=50000 RELATIONS=250000
RSS_BOUND=$((4 * 1024 * 1024))  # 4 GiB: ~100x the 41 MB file; a leak or blow-up trips it
peak_kb=0 peak_what="" total_secs=0 steps=""
slow=1
if rk_sanitized "$exe"; then slow=4 RSS_BOUND=$((RSS_BOUND * 3)); fi  # ASan/UBSan build

# step NAME LIMIT_S CMD...: runs one measured step; fails on crash, hang or memory blow-up.
step() {
    local name=$1 limit=$2
    shift 2
    run_bounded $((limit * slow)) "$tmp/step" "$@"
    [ "$RB_RC" -ne 124 ] || fail "$name: no answer within $limit s"
    ! rb_crashed "$tmp/step" || fail "$name: crashed (exit $RB_RC): $(head -c 2000 "$tmp/step.err")"
    [ "$RB_RC" -eq 0 ] || fail "$name: exit $RB_RC: $(head -c 2000 "$tmp/step.err")"
    [ "$RB_KB" -lt "$RSS_BOUND" ] || fail "$name: peak RSS $(mb "$RB_KB") MB"
    printf '  %-52s %7.2f s wall %7.2f s CPU %6d MB\n' "$name" "$RB_SECS" "$RB_CPU" "$(mb "$RB_KB")"
    if [ "$RB_KB" -gt "$peak_kb" ]; then peak_kb=$RB_KB peak_what=$name; fi
    total_secs=$(awk -v a="$total_secs" -v b="$RB_SECS" 'BEGIN { print a + b }')
    steps="$steps; $name $RB_SECS s ($RB_CPU s CPU) $(mb "$RB_KB") MB"
}

big="$tmp/big.regie.json"
echo "scale test: $ACTORS actors, $RELATIONS relations ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
step "generate (make_large_case.py)" 300 /usr/bin/python3 "$src/tests/reliability/make_large_case.py" "$big" "$ACTORS" "$RELATIONS"
echo "  file: $(stat -c %s "$big") bytes"

# Load.
expected_ok="$big: ok (1 scenario, $ACTORS actors, $RELATIONS relations)"
step "load: validate" 300 "$exe" validate "$big"
grep -qxF "$expected_ok" "$tmp/step.out" || fail "validate: $(cat "$tmp/step.out")"
step "load: info" 300 "$exe" info "$big"
grep -qE "^ +actors: +$ACTORS$" "$tmp/step.out" || fail "info actors: $(cat "$tmp/step.out")"
grep -qE "^ +relations: +$RELATIONS$" "$tmp/step.out" || fail "info relations: $(cat "$tmp/step.out")"
# The per-layer counts add up to the relation count.
layers=$(awk '/relations:/ { on = 1; next } on && NF == 2 && $2 ~ /^[0-9]+$/ { s += $2 } END { print s + 0 }' "$tmp/step.out")
[ "$layers" -eq "$RELATIONS" ] || fail "info: layer counts add up to $layers"

# Analyse: one row per actor in the CSV table.
step "analyze --metrics degree,pagerank,regie,diagnostics" 600 \
    "$exe" analyze "$big" --metrics degree,pagerank,regie,diagnostics --format csv -o "$tmp/metrics.csv"
rows=$(grep -cE '^a[0-9]+,' "$tmp/metrics.csv" || true)
[ "$rows" -eq "$ACTORS" ] || fail "analyze: $rows actor rows in the table, expected $ACTORS"

# Render: one frame of the real window under Xvfb, software OpenGL.
rendered="not run (no GUI in this build)"
[ $slow = 1 ] || rendered="not run (sanitizer build; the GUI tests are left out there too)"
if [ $slow = 1 ] && "$exe" gui --help 2>/dev/null | grep -q -- --screenshot && command -v Xvfb >/dev/null; then
    export LIBGL_ALWAYS_SOFTWARE=1 HOME="$tmp/home" XDG_STATE_HOME="$tmp/state" XDG_CONFIG_HOME="$tmp/config"
    mkdir -p "$HOME"
    exec 3>"$tmp/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
    [ -s "$tmp/display" ] || fail "Xvfb did not start"
    export DISPLAY=":$(head -1 "$tmp/display")"
    step "render: GUI --screenshot (1 frame, llvmpipe)" 400 "$exe" "$big" --screenshot "$tmp/big.png" --frames 1
    [ "$(identify -format '%w %h' "$tmp/big.png")" = "1280 800" ] || fail "render: wrong screenshot size"
    sd=$(identify -format '%[fx:int(1000*standard_deviation)]' "$tmp/big.png[600x400+300+60]")
    [ "$sd" -gt 20 ] || fail "render: the canvas looks empty (stddev $sd)"
    rendered="1280x800 screenshot, canvas stddev $sd/1000"
    kill "$XVFB_PID" 2>/dev/null; wait "$XVFB_PID" 2>/dev/null; XVFB_PID=
fi
echo "  render: $rendered"

# Save and reload: save -> load -> save is byte-identical, the counts stay.
saved="not run (no convert command in this build)"
if rk_has_command "$exe" convert; then
    step "save: convert big -> saved1.regie.json" 300 "$exe" convert "$big" "$tmp/saved1.regie.json"
    step "reload: validate saved1" 300 "$exe" validate "$tmp/saved1.regie.json"
    grep -qxF "$tmp/saved1.regie.json: ok (1 scenario, $ACTORS actors, $RELATIONS relations)" "$tmp/step.out" ||
        fail "reloaded counts: $(cat "$tmp/step.out")"
    step "save again: convert saved1 -> saved2.regie.json" 300 "$exe" convert "$tmp/saved1.regie.json" "$tmp/saved2.regie.json"
    cmp "$tmp/saved1.regie.json" "$tmp/saved2.regie.json" || fail "save -> load -> save is not byte-identical"
    saved="save -> load -> save byte-identical ($(stat -c %s "$tmp/saved1.regie.json") bytes), counts unchanged"
fi
echo "  save/reload: $saved"

echo "[figures] scale: $ACTORS actors / $RELATIONS relations, peak RSS $(mb "$peak_kb") MB ($peak_what), total $total_secs s${steps}; render: $rendered; save/reload: $saved"
echo "scale: ok"
