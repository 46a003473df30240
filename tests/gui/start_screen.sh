#!/usr/bin/env bash
# The start screen (issue 19): started without a file, the program shows the start screen
# (title "Regiekaart", no canvas drawn, five sample miniatures); the keyboard alone opens a
# sample (Down moves from "New case" past "Open" to the samples, Enter opens) and, on the
# next start, the file it just opened from the recent files (Tab to the first recent entry);
# then Open… and a typed path in the built-in file browser.
source "$(dirname "$0")/common.bash"
start_xvfb
press() {  # one key at a time, each seen by its own frames
    xdotool key "$1"
    sleep 0.6
}
wait_title() {
    for _ in $(seq 50); do
        if xdotool search --name "$1" >/dev/null 2>&1; then return 0; fi
        sleep 0.2
    done
    fail "window title never showed '$1' (now: $(xdotool search --name '^Regiekaart' getwindowname))"
}

start_app --lang en --positions-out "$WORK/positions.txt"
wait_title '^Regiekaart$'
xdotool mousemove 5 795  # the pointer hovers no entry
shot start
# The canvas is not drawn behind the start screen: it would write the positions file.
[ ! -e "$WORK/positions.txt" ] || fail "the canvas was drawn under the start screen"
# The sample column holds five miniatures: coloured actors (the light theme's panels are grey).
colours=$(stat start '%k' 170x560+480+140)
[ "$colours" -gt 60 ] || fail "no sample miniatures on the start screen ($colours colours)"

# Entries in keyboard order: New case, Open, Woondeal, VTH, NPVI, City Deal, Jeugdzorg.
press Down
press Down
press Down  # VTH-stelsel
press Return
wait_title 'VTH-stelsel'
wait_for_file "$WORK/positions.txt"
[ -n "$(actor_pos min-ienw)" ] || fail "the VTH case is not on the canvas: $(head -3 "$WORK/positions.txt")"
shot opened
[ "$(diff_pixels start opened)" -gt 100000 ] || fail "the screen did not change after opening"
stop_app

# Next start: the case is among the recent files, after New, Open and the five samples.
rm -f "$WORK/positions.txt"
start_app --lang en --positions-out "$WORK/positions.txt"
wait_title '^Regiekaart$'
for _ in 1 2 3 4 5 6 7; do press Tab; done
press Return
wait_title 'VTH-stelsel'
wait_for_file "$WORK/positions.txt"
stop_app

# "Open…" from the start screen with the keyboard: the built-in file browser (no session bus,
# so no desktop portal) takes a typed path; its Enter opens that file, not the start
# screen's focused entry.
unset DBUS_SESSION_BUS_ADDRESS
export XDG_RUNTIME_DIR=$WORK/run
mkdir -p "$XDG_RUNTIME_DIR"
start_app --lang en
wait_title '^Regiekaart$'
press Down  # Open…
press Return
sleep 1
xdotool type --delay 40 "$SRC/assets/cases/jeugdzorg-keten.regie.json"
sleep 0.5
press Return
wait_title 'Jeugdzorg'
echo "ok: start screen shown without a file; a sample opened with Down/Enter; the recent file with Tab/Enter; Open… with a typed path"
