#!/usr/bin/env bash
# Issue 8: "what is exported must look exactly like what they arranged on screen". The GUI's
# screenshot of the canvas and the PNG that the export dialog writes of the current view (at
# 72 dpi: one point per screen pixel) are compared pixel by pixel, in two robust ways:
#  1. each actor's colour at its screen position (from --positions-out): the mean colour of
#     the 5x5 pixels at the centre of its mark, equal within a distance of 40 (RGB, 0..255)
#     for at least 90 % of the actors (labels, badges or the legend may cover a few);
#  2. both images averaged over a coarse grid of 24 x 24-pixel cells: over the cells where
#     either image has a drawing, the median of the mean absolute colour difference per cell
#     stays under 10 (0..255), so antialiasing and font rasterisation differences do not
#     count but a different drawing does (measured on this machine: about 6 when aligned,
#     about 14 for a 30-pixel shift).
# Self-check: the same comparison against the export shifted by 30 pixels must fail.
source "$(dirname "$0")/common.bash"
start_xvfb
CASE="$SRC/assets/cases/woondeal-holland-rijnland.regie.json"

# The screen: a screenshot of the window with every actor's position in window pixels.
"$EXE" "$CASE" --screenshot "$WORK/screen.png" --frames 12 --positions-out "$WORK/positions.txt" \
    --recovery-dir "$WORK/recovery" >"$WORK/app.log" 2>&1 || fail "screenshot failed"
[ -s "$WORK/positions.txt" ] || fail "no actor positions written"

# The file: the same window size, exported from the dialog (test hook, same code path as the
# Export button) as the current view at 72 dpi; the program says where the canvas is.
start_app "$CASE" --recovery-dir "$WORK/recovery" \
    --export-to "$WORK/view.png" --export-view 3 --export-dpi 72
for _ in $(seq 900); do
    if [ -s "$WORK/view.png" ]; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || fail "the program exited during export"
    sleep 0.1
done
[ -s "$WORK/view.png" ] || fail "the export did not write the file"
stop_app
read -r ox oy w h < <(sed -n 's/^export: current view at \([0-9]*\),\([0-9]*\) size \([0-9]*\)x\([0-9]*\)$/\1 \2 \3 \4/p' "$WORK/app.log")
[ -n "${h:-}" ] || fail "the program did not report the exported window"
[ "$(identify -format '%wx%h' "$WORK/view.png")" = "${w}x${h}" ] \
    || fail "export is $(identify -format '%wx%h' "$WORK/view.png"), the canvas ${w}x${h}"

convert "$WORK/screen.png" -crop "${w}x${h}+${ox}+${oy}" +repage -depth 8 "$WORK/screen.ppm"
convert "$WORK/view.png" -background white -flatten -depth 8 "$WORK/view.ppm"
convert "$WORK/view.png" -background white -flatten -roll +30+0 -depth 8 "$WORK/shifted.ppm"
if [ -n "${SHOTS_DIR:-}" ]; then cp "$WORK/screen.png" "$WORK/view.png" "$SHOTS_DIR"/; fi

compare_images() {  # compare_images SCREEN EXPORT: prints the two measures, exit 1 if off
    /usr/bin/python3 - "$1" "$2" "$WORK/positions.txt" "$ox" "$oy" <<'PY'
import sys

def read_ppm(path):
    data = open(path, "rb").read()
    parts, pos = [], 0
    while len(parts) < 4:  # magic, width, height, maxval (no comments from ImageMagick)
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        parts.append(data[pos:end])
        pos = end
    assert parts[0] == b"P6" and parts[3] == b"255", parts
    w, h = int(parts[1]), int(parts[2])
    return w, h, data[pos + 1:]

screen_path, export_path, positions, ox, oy = sys.argv[1:6]
w, h, a = read_ppm(screen_path)
w2, h2, b = read_ppm(export_path)
assert (w, h) == (w2, h2), ((w, h), (w2, h2))

def mean_rgb(img, x0, y0, x1, y1):
    s, n = [0, 0, 0], 0
    for y in range(y0, y1):
        row = (y * w) * 3
        for x in range(x0, x1):
            i = row + x * 3
            s[0] += img[i]; s[1] += img[i + 1]; s[2] += img[i + 2]
            n += 1
    return [v / n for v in s]

# 1. Actor colours at their screen positions.
matched = total = 0
for line in open(positions):
    parts = line.split()
    if len(parts) != 3:
        continue
    x, y = round(float(parts[1])) - int(ox), round(float(parts[2])) - int(oy)
    if not (8 <= x < w - 8 and 8 <= y < h - 8):
        continue
    total += 1
    ca = mean_rgb(a, x - 2, y - 2, x + 3, y + 3)
    cb = mean_rgb(b, x - 2, y - 2, x + 3, y + 3)
    if sum((p - q) ** 2 for p, q in zip(ca, cb)) ** 0.5 <= 40:
        matched += 1

# 2. Coarse grid: cells with a drawing in either image (not plain background), and how much
# their mean colours differ.
background = mean_rgb(a, 2, h // 2, 6, h // 2 + 4)
cell, diffs = 24, []
for cy in range(0, h - cell + 1, cell):
    for cx in range(0, w - cell + 1, cell):
        ma = mean_rgb(a, cx, cy, cx + cell, cy + cell)
        mb = mean_rgb(b, cx, cy, cx + cell, cy + cell)
        if max(abs(p - q) for p, q in zip(ma + mb, background + background)) < 3:
            continue  # empty canvas in both
        diffs.append(sum(abs(p - q) for p, q in zip(ma, mb)) / 3)
# The median: the legend's layout and the title (only in the file) are a minority of cells.
grid = sorted(diffs)[len(diffs) // 2] if diffs else 255
share = matched / total if total else 0
print(f"actors matching in colour: {matched}/{total} ({share:.0%}); "
      f"median difference of {len(diffs)} drawn cells {grid:.1f}")
sys.exit(0 if total >= 10 and share >= 0.9 and len(diffs) > 50 and grid < 10 else 1)
PY
}

echo -n "export vs screen: "
compare_images "$WORK/screen.ppm" "$WORK/view.ppm" || fail "the exported current view does not match the screen"
echo -n "shifted export vs screen (must not match): "
if compare_images "$WORK/screen.ppm" "$WORK/shifted.ppm"; then
    fail "the comparison does not notice a 30-pixel shift"
fi
echo "ok: the exported current view matches the screen"
