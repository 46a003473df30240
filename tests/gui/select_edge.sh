#!/usr/bin/env bash
# Clicking a relation (an edge, away from any actor) selects it: the edge is drawn thicker in
# the selection colour and the inspector shows the relation; clicking empty canvas clears it.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"
start_app "$CASE" --positions-out "$WORK/positions.txt"
wait_for_file "$WORK/positions.txt"
xdotool mousemove 5 790  # park the pointer on the status bar: no hover effects
shot before

# A point to click: on the only relation between its two actors (no parallel edge beside
# it), in the middle part of the edge, in the canvas right of the legend, far from every
# actor and its label, and clear of every other relation.
jq -r '.scenarios[0].relations[] | "\(.id) \(.source) \(.target)"' "$CASE" >"$WORK/relations.txt"
read -r rel mx my <<<"$(python3 - "$WORK/positions.txt" "$WORK/relations.txt" <<'EOF'
import math, sys
pos = {}
for line in open(sys.argv[1]):
    i, x, y = line.split()
    pos[i] = (float(x), float(y))
rels = [l.split() for l in open(sys.argv[2])]
rels = [r for r in rels if r[1] in pos and r[2] in pos]
pairs = {}
for r in rels:
    key = frozenset(r[1:3])
    pairs[key] = pairs.get(key, 0) + 1
def seg_dist(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    l2 = dx * dx + dy * dy
    t = 0 if l2 == 0 else max(0, min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)
best = None
for r in rels:
    if pairs[frozenset(r[1:3])] != 1:
        continue
    a, b = pos[r[1]], pos[r[2]]
    for k in range(4, 17):  # points along the middle of the edge
        t = k / 20
        m = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        if not (490 <= m[0] <= 920 and 40 <= m[1] <= 580):
            continue
        near_node = min(math.hypot(m[0] - p[0], m[1] - p[1]) for p in pos.values())
        under_label = any(abs(m[0] - p[0]) < 70 and -12 < m[1] - p[1] < 38 for p in pos.values())
        near_edge = min((seg_dist(m, pos[o[1]], pos[o[2]]) for o in rels if o is not r), default=99)
        if near_node < 30 or under_label or near_edge < 10:
            continue
        if best is None or near_node + near_edge > best[0]:
            best = (near_node + near_edge, r[0], m)
if best:
    print(best[1], round(best[2][0]), round(best[2][1]))
EOF
)"
[ -n "${rel:-}" ] || fail "no relation with a free stretch on screen"
echo "clicking relation $rel at $mx,$my"

xdotool mousemove "$mx" "$my" click 1
xdotool mousemove 5 790
shot selected
region="24x24+$((mx - 12))+$((my - 12))"
edge=$(diff_pixels before selected "$region")
[ "$edge" -gt 15 ] || fail "the clicked relation is not highlighted ($edge pixels changed)"
# The selection colour (light theme: rgb(0,100,230)) appears along the edge.
selection_coloured() {
    convert "$WORK/$1.png" -crop "$region" +repage -fuzz 12% -fill magenta -opaque "rgb(0,100,230)" \
        -fuzz 0 -fill black +opaque magenta -fill white -opaque magenta -format "%[fx:round(mean*w*h)]" info:
}
blue=$(selection_coloured selected)
before_blue=$(selection_coloured before)
[ "$blue" -gt $((before_blue + 10)) ] || fail "no selection colour on the edge ($before_blue -> $blue pixels)"
inspector=$(diff_pixels before selected "300x300+960+40")
[ "$inspector" -gt 500 ] || fail "the inspector did not show the relation ($inspector pixels changed)"

# Empty canvas: the selection is cleared and the edge looks as before.
xdotool mousemove 700 560 click 1
xdotool mousemove 5 790
shot cleared
back=$(diff_pixels before cleared "$region")
[ "$back" -lt 5 ] || fail "relation still highlighted after clearing ($back pixels)"
echo "ok: relation $rel selected ($edge px at the edge, $before_blue -> $blue selection-coloured, $inspector px in the inspector) and cleared"
