#!/usr/bin/env bash
# Every sample case renders with --screenshot: a PNG of the window size that is not blank,
# in Dutch and English, light and dark theme.
source "$(dirname "$0")/common.bash"
start_xvfb
n=0
for f in "$SRC"/assets/cases/*.regie.json; do
    name=$(basename "$f" .regie.json)
    "$EXE" "$f" --screenshot "$WORK/$name.png" --frames 8 >"$WORK/app.log" 2>&1 || fail "$name: exit code $?"
    [ -f "$WORK/$name.png" ] || fail "$name: no screenshot"
    [ "$(stat "$name" '%w %h')" = "1280 800" ] || fail "$name: wrong size $(stat "$name" '%w %h')"
    colours=$(stat "$name" '%k')
    [ "$colours" -gt 200 ] || fail "$name: nearly blank ($colours colours)"
    # The canvas (middle of the window) shows a drawing, not a flat background.
    sd=$(stat "$name" '%[fx:int(1000*standard_deviation)]' 600x400+300+60)
    [ "$sd" -gt 40 ] || fail "$name: canvas looks empty (stddev $sd)"
    n=$((n + 1))
done
[ "$n" -ge 1 ] || fail "no sample cases found"
case1=$(ls "$SRC"/assets/cases/*.regie.json | head -1)
"$EXE" "$case1" --screenshot "$WORK/en.png" --frames 8 --lang en >"$WORK/app.log" 2>&1 || fail "--lang en"
"$EXE" "$case1" --screenshot "$WORK/nl.png" --frames 8 --lang nl >"$WORK/app.log" 2>&1 || fail "--lang nl"
"$EXE" "$case1" --screenshot "$WORK/dark.png" --frames 8 --theme dark >"$WORK/app.log" 2>&1 || fail "--theme dark"
[ "$(diff_pixels en nl)" -gt 500 ] || fail "English and Dutch look the same"
light=$(stat nl '%[fx:int(1000*mean)]')
dark=$(stat dark '%[fx:int(1000*mean)]')
[ "$dark" -lt $((light - 200)) ] || fail "dark theme is not darker ($dark vs $light)"
# A broken file gives a readable error, not a crash.
echo '{"format": "regiekaart-case", "format_version": 1, "scenarios": [' >"$WORK/broken.regie.json"
"$EXE" "$WORK/broken.regie.json" --screenshot "$WORK/broken.png" --frames 8 >"$WORK/app.log" 2>&1 || fail "broken file crashed the program"
grep -q "broken.regie.json" "$WORK/app.log" || fail "no message naming the broken file"
echo "ok: $n sample cases rendered; language, theme and broken-file checks passed"
