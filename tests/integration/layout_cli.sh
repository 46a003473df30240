#!/usr/bin/env bash
# `regiekaart layout` end to end: every engine writes positions for every actor into a valid
# case, the same seed gives the same file, anchoring keeps shared actors in place, and bad
# input or usage gives exit 1 or 2.
set -u
exe=${1:?regiekaart executable}
src=${2:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
vth="$src/assets/cases/vth-stelsel.regie.json"

# Number of positions stored for scenario $2 in case file $1.
positions() {
    /usr/bin/python3 -c 'import json,sys; c=json.load(open(sys.argv[1]));
s=[x for x in c["scenarios"] if x["id"]==sys.argv[2]][0]
print(len(s.get("positions",{})), len(s["actors"]))' "$1" "$2"
}

for engine in dot neato sfdp fdp circo twopi forceatlas2 stress swimlanes power-interest; do
    out="$tmp/$engine.regie.json"
    "$exe" layout "$vth" --engine "$engine" --scenario ibp-2022 -o "$out" >"$tmp/log" 2>&1 ||
        fail "engine $engine exited $?: $(cat "$tmp/log")"
    "$exe" validate "$out" >/dev/null 2>&1 || fail "engine $engine wrote an invalid case"
    read -r npos nactors < <(positions "$out" ibp-2022)
    [ "$npos" = "$nactors" ] || fail "engine $engine stored $npos positions for $nactors actors"
done

"$exe" layout "$vth" --engine forceatlas2 --seed 7 -o "$tmp/a.regie.json" >/dev/null 2>&1
"$exe" layout "$vth" --engine forceatlas2 --seed 7 -o "$tmp/b.regie.json" >/dev/null 2>&1
cmp -s "$tmp/a.regie.json" "$tmp/b.regie.json" || fail "the same seed gave different files"

# Anchored to the 2020 scenario, actors present in both move little relative to the drawing.
"$exe" layout "$vth" --engine stress --scenario voor-2020 -o "$tmp/before.regie.json" >/dev/null 2>&1 ||
    fail "laying out voor-2020 failed"
"$exe" layout "$tmp/before.regie.json" --engine stress --scenario ibp-2022 --anchor-scenario voor-2020 \
    -o "$tmp/anchored.regie.json" >/dev/null 2>&1 || fail "anchored layout failed"
/usr/bin/python3 - "$tmp/anchored.regie.json" <<'PY' || fail "anchored actors moved too far"
import json, math, sys
c = json.load(open(sys.argv[1]))
pos = {s["id"]: s["positions"] for s in c["scenarios"]}
before, after = pos["voor-2020"], pos["ibp-2022"]
shared = [a for a in before if a in after]
xs = [p["x"] for p in before.values()]; ys = [p["y"] for p in before.values()]
span = max(max(xs) - min(xs), max(ys) - min(ys))
moves = [math.dist((before[a]["x"], before[a]["y"]), (after[a]["x"], after[a]["y"])) for a in shared]
print(f"{len(shared)} shared actors, median move {sorted(moves)[len(moves)//2]:.1f} of span {span:.1f}")
sys.exit(0 if shared and sorted(moves)[len(moves) // 2] < 0.25 * span else 1)
PY

"$exe" layout "$vth" --engine nonsense >/dev/null 2>&1
[ $? = 2 ] || fail "an unknown engine should be a usage error (2)"
"$exe" layout "$tmp/missing.regie.json" --engine stress >/dev/null 2>&1
[ $? = 1 ] || fail "a missing file should exit 1"
echo "ok: layout CLI"
