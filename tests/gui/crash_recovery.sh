#!/usr/bin/env bash
# kill -9 while editing loses nothing: the autosave holds the edit, and the next start
# offers to recover it, naming the file it recovers.
source "$(dirname "$0")/common.bash"
start_xvfb
cp "$SRC/assets/cases/jeugdzorg-keten.regie.json" "$WORK/keten.regie.json"
start_app "$WORK/keten.regie.json" --positions-out "$WORK/positions.txt" --autosave-seconds 1
wait_for_file "$WORK/positions.txt"
xdotool mousemove 5 790
shot clean
id=$(awk 'NR == 1 { print $1 }' "$WORK/positions.txt")
read -r x y <<<"$(actor_pos "$id")"
xdotool mousemove "$x" "$y" mousedown 1
sleep 0.4  # the press is seen before the pointer moves
for i in 1 2 3 4 5 6; do xdotool mousemove $((x + 12 * i)) $((y + 10 * i)); sleep 0.05; done
sleep 0.4
xdotool mouseup 1
xdotool mousemove 5 790
REC="$XDG_STATE_HOME/regiekaart/recovery"
for _ in $(seq 100); do
    if ls "$REC"/*.manifest.json >/dev/null 2>&1; then break; fi
    sleep 0.1
done
ls "$REC"/*.manifest.json >/dev/null 2>&1 || fail "no autosave after editing"
grep -q "keten.regie.json" "$REC"/*.manifest.json || fail "the manifest does not name the original file"
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
# The original file is untouched; the recovery copy holds the moved position.
cmp -s "$SRC/assets/cases/jeugdzorg-keten.regie.json" "$WORK/keten.regie.json" || fail "original file changed"
cmp -s "$WORK/keten.regie.json" "$REC"/*.regie.json && fail "the recovery copy lacks the edit"
start_app "$WORK/keten.regie.json"
xdotool mousemove 5 790
shot offered
grep -q "recovery available" "$WORK/app.log" || fail "no recovery offered at restart"
grep -q "keten.regie.json" "$WORK/app.log" || fail "the offer does not name the file"
# The modal dims the whole window behind it.
dimmed=$(diff_pixels clean offered)
[ "$dimmed" -gt 100000 ] || fail "no recovery dialog visible ($dimmed pixels differ)"
echo "ok: autosave written, kill -9 survived, recovery offered for keten.regie.json"
