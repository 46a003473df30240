#!/usr/bin/env bash
# Open and Save as through the desktop's file chooser (issue 16): a private session bus with
# a stand-in FileChooser portal (fake_portal.py) answers, and the program opens the chosen
# file, saves to the chosen path, and shows nothing when the user cancels; it sends a
# filter per format, its window as parent, and the folder to start in.
source "$(dirname "$0")/common.bash"
BUS_PID= PORTAL_PID=
stop_bus() {
    if [ -n "$PORTAL_PID" ]; then kill "$PORTAL_PID" 2>/dev/null || true; fi
    if [ -n "$BUS_PID" ]; then kill "$BUS_PID" 2>/dev/null || true; fi
    cleanup
}
trap stop_bus EXIT
dbus-daemon --session --nofork --address="unix:path=$WORK/bus" --print-pid=3 3>"$WORK/bus.pid" \
    >"$WORK/bus.log" 2>&1 &
BUS_PID=$!
export DBUS_SESSION_BUS_ADDRESS="unix:path=$WORK/bus"
echo cancel >"$WORK/answer"
/usr/bin/python3 "$SRC/tests/gui/fake_portal.py" "$WORK/portal.log" "$WORK/answer" 2>"$WORK/portal.err" &
PORTAL_PID=$!
for _ in $(seq 50); do grep -q ready "$WORK/portal.log" 2>/dev/null && break; sleep 0.2; done
grep -q ready "$WORK/portal.log" 2>/dev/null || fail "fake portal did not start: $(cat "$WORK/portal.err")"

mkdir -p "$WORK/cases"
cp "$SRC/assets/cases/vth-stelsel.regie.json" "$WORK/cases/a.regie.json"
cp "$SRC/assets/cases/jeugdzorg-keten.regie.json" "$WORK/cases/b.regie.json"
start_xvfb
start_app "$WORK/cases/a.regie.json" --lang en --dump "compare=$WORK/compare.txt"
wait_title() {
    for _ in $(seq 50); do
        if xdotool search --name "$1" >/dev/null 2>&1; then return 0; fi
        sleep 0.2
    done
    fail "window title never showed '$1'"
}
calls() { grep -c '"method"' "$WORK/portal.log" || true; }
wait_calls() {
    for _ in $(seq 50); do [ "$(calls)" -ge "$1" ] && return 0; sleep 0.2; done
    fail "the portal was not asked (calls: $(calls))"
}
wait_title 'VTH-stelsel'
xdotool mousemove 640 790
sleep 1

# Cancel: nothing opens, and the built-in browser does not appear either.
xdotool key ctrl+o
wait_calls 1
sleep 1
shot cancelled
grep -q "built-in file browser" "$WORK/app.log" && fail "fell back to the browser after a cancel"
xdotool search --name 'VTH-stelsel' >/dev/null || fail "a cancel changed the document"

# Choose b.regie.json: it opens.
echo "$WORK/cases/b.regie.json" >"$WORK/answer"
xdotool key ctrl+o
wait_calls 2
wait_title 'Jeugdzorgketen'
open_call=$(grep '"OpenFile"' "$WORK/portal.log" | tail -1)
/usr/bin/python3 - "$open_call" "$WORK/cases" <<'PY' || fail "OpenFile request: $open_call"
import json, sys
c = json.loads(sys.argv[1])
names = [f[0] for f in c["filters"]]
globs = [g for f in c["filters"] for g in f[1]]
assert c["title"] == "Open case", c["title"]
assert names[0] == "All readable files" and "*.regie.json" in globs and "*.graphml" in globs, names
assert c["parent"].startswith("x11:"), c["parent"]
assert c["current_folder"] == sys.argv[2], c["current_folder"]
PY

# Save as: the chosen path gets the case, with .regie.json added.
echo "$WORK/saved" >"$WORK/answer"
xdotool key ctrl+shift+s
wait_calls 3
for _ in $(seq 50); do [ -s "$WORK/saved.regie.json" ] && break; sleep 0.2; done
[ -s "$WORK/saved.regie.json" ] || fail "Save as did not write the chosen file"
grep -q '"title": "Jeugdzorgketen' "$WORK/saved.regie.json" || fail "saved file is not the open case"
grep '"SaveFile"' "$WORK/portal.log" | grep -q '"current_name": "b.regie.json"' || fail "SaveFile without the name"
grep -q "built-in file browser" "$WORK/app.log" && fail "the browser appeared although the portal answered"
# Compare with file: the chosen case's first scenario joins this case and the comparison
# window compares it with the current scenario. The other file is this case with one actor
# more (a copy of the first under a new id), so there is a difference to report.
/usr/bin/python3 - "$WORK/saved.regie.json" "$WORK/cases/met-jeugdteam.regie.json" <<'PY'
import copy, json, sys
c = json.load(open(sys.argv[1]))
s = c["scenarios"][0]
extra = copy.deepcopy(s["actors"][0])
extra["id"], extra["name"] = "jeugdteam", "Jeugdteam"
extra.pop("short_name", None)
s["actors"].append(extra)
json.dump(c, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PY
echo "$WORK/cases/met-jeugdteam.regie.json" >"$WORK/answer"
xdotool mousemove 22 10 click 1
sleep 0.8
xdotool mousemove 75 131 click 1  # File > Compare with file…
wait_calls 4
grep '"OpenFile"' "$WORK/portal.log" | tail -1 | grep -q '"title": "Compare with file"' || fail "no Compare with file request"
wait_for_file "$WORK/compare.txt"
sleep 1
shot compared
# nodes before, after, delta: the case has 6 actors, the other file one more.
grep -qP "^index\tnodes\t6\t7\t1\t" "$WORK/compare.txt" || fail "comparison: $(head -2 "$WORK/compare.txt")"
echo "ok: portal cancel, open, save as and compare with file; filters, parent window and folder sent"
