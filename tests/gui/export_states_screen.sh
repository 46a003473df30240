#!/usr/bin/env bash
# Issue 15: an export from the GUI states the numbers, thresholds and partition on screen.
# The test chooses the partition "sector" in the side panel (Indeling (verkokering)) and sets
# the eilandenrijk threshold to 0.35 in the diagnostics panel's Drempels popup (Ctrl+click on
# the slider, type the value), then opens the export dialog (Ctrl+E), which writes the file
# the automation seam names (--export-to, --export-on-open: it waits for that). Once as a PDF
# report, once as a CSV table; both must state partition sector and threshold 0.35, the
# values the screen shows, and the PDF the diagnostic "Verkokering (sector)" the screen
# lists. Widget positions are those of the 1280x800 window (see the screenshot below, kept
# in SHOTS_DIR when set), measured on this machine.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
PARTITION_COMBO=(110 286)  # side panel: Indeling (verkokering)
SECTOR_ITEM=(40 331)       # its second item, "sector"
THRESHOLDS=(593 637)       # diagnostics panel: Drempels…
EILANDENRIJK=(677 653)     # the popup's first slider: eilandenrijk: fragmentatie ≥
EMPTY_CANVAS=(900 100)
POPUP_AREA="370x170+598+620"    # where the popup opens, over the panel's rows
COMBO_LIST_AREA="200x110+5+300"  # the partition combo's list, over the overlay toggles

analyses() {  # how many analysis results the app has logged
    local n
    n=$(grep -c '^analysis ' "$WORK/test.log" 2>/dev/null || true)
    echo "${n:-0}"
}
wait_for_analyses() {  # wait_for_analyses N: the app logged at least N analysis results
    for _ in $(seq 300); do
        if [ "$(analyses)" -ge "$1" ]; then return 0; fi
        kill -0 "$APP_PID" 2>/dev/null || fail "the program exited"
        sleep 0.1
    done
    fail "no analysis number $1 (log: $(cat "$WORK/test.log" 2>/dev/null))"
}

# click_until_shown X Y AREA WHAT: clicks at X,Y until AREA of the screen changes (a combo's
# list or a popup opened); a loaded machine may drop or delay a click.
click_until_shown() {
    xdotool mousemove "$1" "$2"
    sleep 0.3
    shot before_click
    for _ in 1 2 3; do
        xdotool click 1
        for _ in $(seq 10); do
            sleep 0.5
            import -window root "$WORK/after_click.png"
            if [ "$(diff_pixels before_click after_click "$3")" -gt 1500 ]; then return 0; fi
        done
    done
    fail "$4 did not open"
}

# set_eilandenrijk_threshold VALUE: Ctrl+click turns the slider into a text field; type the
# value and Enter. Done when the analysis reruns (the threshold changed); typing too soon on a
# loaded machine is lost, so it is tried again.
set_eilandenrijk_threshold() {
    for _ in 1 2 3; do
        xdotool mousemove "${EILANDENRIJK[@]}" keydown ctrl click 1 keyup ctrl
        sleep 1
        xdotool key ctrl+a
        sleep 0.3
        xdotool type --delay 120 "$1"
        sleep 0.3
        xdotool key Return
        for _ in $(seq 80); do
            if [ "$(analyses)" -ge 3 ]; then return 0; fi
            sleep 0.1
        done
    done
    fail "the threshold did not change (log: $(cat "$WORK/test.log"))"
}

# export_after_changes FILE FORMAT: start, change partition and threshold, export with Ctrl+E.
export_after_changes() {
    rm -f "$WORK/test.log"
    start_app "$CASE" --recovery-dir "$WORK/recovery-$1" --test-log "$WORK/test.log" \
        --positions-out "$WORK/positions.txt" \
        --export-to "$WORK/$1" --export-format "$2" --export-on-open
    wait_for_analyses 1
    click_until_shown "${PARTITION_COMBO[@]}" "$COMBO_LIST_AREA" "the partition list"
    xdotool mousemove "${SECTOR_ITEM[@]}" click 1
    wait_for_analyses 2  # the view changed: the analysis reruns with the new partition
    click_until_shown "${THRESHOLDS[@]}" "$POPUP_AREA" "the thresholds popup"
    set_eilandenrijk_threshold 0.35
    shot "screen-$1"
    xdotool mousemove "${EMPTY_CANVAS[@]}" click 1
    sleep 0.3
    xdotool key ctrl+e
    for i in $(seq 600); do
        if [ -s "$WORK/$1" ]; then break; fi
        if [ $((i % 100)) = 0 ]; then xdotool key ctrl+e; fi  # a dropped key on a loaded machine
        kill -0 "$APP_PID" 2>/dev/null || fail "the program exited during export"
        sleep 0.1
    done
    [ -s "$WORK/$1" ] || fail "the export did not write $1"
    sleep 0.5  # the write is atomic (rename), but let the job finish its message
    stop_app
    if [ -n "${SHOTS_DIR:-}" ]; then cp "$WORK/screen-$1.png" "$SHOTS_DIR"/; fi
}

export_after_changes report.pdf 6
pdftotext -enc UTF-8 "$WORK/report.pdf" "$WORK/report.txt" || fail "pdftotext failed"
tr -s ' \n\f' ' ' <"$WORK/report.txt" >"$WORK/report.flat"
grep -q "Indeling (verkokering): sector" "$WORK/report.flat" \
    || fail "the PDF does not state the partition sector: $(head -c 600 "$WORK/report.flat")"
grep -q "eilandenrijk_fragmentation 0.35 " "$WORK/report.flat" \
    || fail "the PDF does not state the threshold 0.35"
grep -q "Verkokering (sector)" "$WORK/report.flat" \
    || fail "the PDF lacks the diagnostic for the partition on screen"

export_after_changes metrics.csv 4
grep -q "^# indeling (verkokering): sector" "$WORK/metrics.csv" \
    || fail "the CSV does not state the partition sector: $(head -5 "$WORK/metrics.csv")"
grep -q "^# eilandenrijk_fragmentation: 0.35" "$WORK/metrics.csv" \
    || fail "the CSV does not state the threshold 0.35: $(head -12 "$WORK/metrics.csv")"
grep -q "^# permutaties (E-I-toets): 499" "$WORK/metrics.csv" \
    || fail "the CSV does not state the GUI's permutation count (499)"
echo "ok: PDF report and CSV state partition sector and eilandenrijk threshold 0.35 as on screen"
