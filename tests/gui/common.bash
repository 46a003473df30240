# Shared helpers for the GUI smoke tests (sourced; not a test itself: its name has no .sh).
# Each test gets $1 = regiekaart executable, $2 = source dir. It starts its own Xvfb on a
# free display (-displayfd), uses Mesa's software OpenGL, drives the real program with
# xdotool and asserts on screenshot pixels with ImageMagick (identify/compare).
set -euo pipefail

EXE=$(realpath "$1")
SRC=$(realpath "$2")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rk-gui-test.XXXXXX")
export HOME=$WORK/home XDG_STATE_HOME=$WORK/state XDG_CONFIG_HOME=$WORK/config
mkdir -p "$HOME"
export LIBGL_ALWAYS_SOFTWARE=1
APP_PID=
XVFB_PID=

cleanup() {
    if [ -n "$APP_PID" ]; then kill -9 "$APP_PID" 2>/dev/null || true; fi
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
    if [ "${KEEP_WORK:-0}" = 1 ]; then echo "work dir kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    if [ -f "$WORK/app.log" ]; then echo "--- app log ---" >&2; tail -20 "$WORK/app.log" >&2; fi
    exit 1
}

# -noreset: by default Xvfb resets when its last client disconnects, and a program started
# during that reset fails with "Failed to open display" (seen when a test restarts the app).
start_xvfb() {
    exec 3>"$WORK/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do
        if [ -s "$WORK/display" ]; then break; fi
        sleep 0.1
    done
    [ -s "$WORK/display" ] || fail "Xvfb did not start"
    export DISPLAY=":$(head -1 "$WORK/display")"
}

# start_app ARGS...: runs the program in the background and waits for its window.
start_app() {
    "$EXE" "$@" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 300); do
        if xdotool search --name '^Regiekaart' >/dev/null 2>&1; then return 0; fi
        kill -0 "$APP_PID" 2>/dev/null || fail "the program exited early"
        sleep 0.1
    done
    fail "no window appeared"
}

stop_app() {
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi
}

# shot NAME: a settled screenshot of the screen (two identical grabs in a row).
shot() {
    local out="$WORK/$1.png" prev="$WORK/.prev.png"
    import -window root "$prev"
    for _ in $(seq 40); do
        sleep 0.3
        import -window root "$out"
        if [ "$(compare -metric AE "$prev" "$out" null: 2>&1 || true)" = "0" ]; then return 0; fi
        cp "$out" "$prev"
    done
    echo "warning: screen did not settle for $1" >&2
}

# diff_pixels A B [WxH+X+Y]: number of pixels that differ (fuzz 2%), optionally in a region.
diff_pixels() {
    local region=${3:-} n
    if [ -n "$region" ]; then
        n=$(compare -metric AE -fuzz 2% "$WORK/$1.png[$region]" "$WORK/$2.png[$region]" null: 2>&1 || true)
    else
        n=$(compare -metric AE -fuzz 2% "$WORK/$1.png" "$WORK/$2.png" null: 2>&1 || true)
    fi
    awk -v n="$n" 'BEGIN { printf "%d\n", n + 0 }'  # compare may print 1.2e+06
}

# stat NAME FORMAT [REGION]: identify -format on the image or a region of it.
stat() {
    local region=${3:-}
    identify -format "$2" "$WORK/$1.png${region:+[$region]}"
}

# actor_pos ID: "x y" of the actor on screen, from the program's --positions-out file.
actor_pos() {
    awk -v id="$1" '$1 == id { print $2, $3 }' "$WORK/positions.txt"
}

wait_for_file() {
    for _ in $(seq 100); do
        if [ -s "$1" ]; then return 0; fi
        sleep 0.1
    done
    fail "file $1 did not appear"
}
