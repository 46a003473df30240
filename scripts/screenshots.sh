#!/usr/bin/env bash
# Screenshots of the first minute (issue 19): the start screen and the opened Woondeal sample
# at 1280x800 and 1920x1080, light and dark, Dutch and English, as a new user sees them (no
# saved settings). Runs the program under its own Xvfb with Mesa's software OpenGL.
#
#   scripts/screenshots.sh [BUILD_DIR [OUT_DIR]]   (defaults: build/release, screenshots/)
#   README=1 scripts/screenshots.sh ...             also refreshes docs/screenshot*.png
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
EXE=$(realpath "${1:-$SRC/build/release}")/app/regiekaart
OUT=${2:-$SRC/screenshots}
[ -x "$EXE" ] || { echo "no program at $EXE: build it first" >&2; exit 1; }
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rk-shots.XXXXXX")
# A fresh home: no recent files, no settings, no recovery offers.
export HOME=$WORK/home XDG_STATE_HOME=$WORK/state XDG_CONFIG_HOME=$WORK/config
mkdir -p "$HOME"
export LIBGL_ALWAYS_SOFTWARE=1
exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$WORK/display")"

CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
for size in 1280x800 1920x1080; do
    for theme in light dark; do
        for lang in nl en; do
            tag="$size-$theme-$lang"
            # Each start screen as on a first start: the sample opened before is no recent file.
            rm -rf "$HOME" "$XDG_STATE_HOME" "$XDG_CONFIG_HOME" && mkdir -p "$HOME"
            "$EXE" --size "$size" --theme "$theme" --lang "$lang" --frames 12 \
                --recovery-dir "$WORK/recovery" --screenshot "$OUT/start-$tag.png" \
                >"$WORK/log" 2>&1 || { cat "$WORK/log" >&2; exit 1; }
            "$EXE" "$CASE" --size "$size" --theme "$theme" --lang "$lang" --frames 12 \
                --recovery-dir "$WORK/recovery" --screenshot "$OUT/woondeal-$tag.png" \
                >"$WORK/log" 2>&1 || { cat "$WORK/log" >&2; exit 1; }
            echo "$OUT/start-$tag.png $OUT/woondeal-$tag.png"
        done
    done
done
if [ "${README:-0}" = 1 ]; then
    cp "$OUT/woondeal-1280x800-light-nl.png" "$SRC/docs/screenshot.png"
    cp "$OUT/start-1280x800-light-nl.png" "$SRC/docs/screenshot-start.png"
    echo "docs/screenshot.png and docs/screenshot-start.png refreshed"
fi
