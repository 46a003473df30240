#!/usr/bin/env bash
# regiekaart export: every sample case to SVG, PDF, PNG, CSV, Markdown and HTML; PDF opens
# and renders with poppler; PNG has the pixel size of the DPI; anonymise removes names;
# exit codes.
# Usage: export_cli.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
src="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for case in "$src"/assets/cases/*.regie.json; do
    name=$(basename "$case" .regie.json)
    for ext in svg pdf png csv md html; do
        "$exe" export "$case" -o "$tmp/$name.$ext" 2>"$tmp/err" || fail "$name.$ext: $(cat "$tmp/err")"
        [ -s "$tmp/$name.$ext" ] || fail "$name.$ext is empty"
    done
    /usr/bin/python3 -c "import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])" \
        "$tmp/$name.svg" || fail "$name.svg does not parse"
    grep -q "<text[^>]*>Legenda</text>" "$tmp/$name.svg" || fail "$name.svg has no legend"
    pdfinfo "$tmp/$name.pdf" >"$tmp/info" || fail "$name.pdf does not open"
    grep -Eq "^Pages: +1$" "$tmp/info" || fail "$name.pdf pages: $(cat "$tmp/info")"
    pdftoppm -r 20 -png "$tmp/$name.pdf" "$tmp/$name-page" || fail "$name.pdf does not render"
    grep -q "<svg" "$tmp/$name.html" || fail "$name.html has no diagram"
    grep -q "<script" "$tmp/$name.html" && fail "$name.html has a script"
done

# PNG pixel size follows the DPI: doubling the DPI doubles the width (within rounding).
vth="$src/assets/cases/vth-stelsel.regie.json"
"$exe" export "$vth" -o "$tmp/a.png" --dpi 100 || fail "png 100"
"$exe" export "$vth" -o "$tmp/b.png" --dpi 200 || fail "png 200"
/usr/bin/python3 - "$tmp/a.png" "$tmp/b.png" <<'PY' || fail "png size does not follow the dpi"
import struct, sys
def size(p):
    b = open(p, "rb").read(24)
    assert b[1:4] == b"PNG"
    return struct.unpack(">II", b[16:24])
(w1, h1), (w2, h2) = size(sys.argv[1]), size(sys.argv[2])
assert abs(w2 / w1 - 2) < 0.02 and abs(h2 / h1 - 2) < 0.02, (w1, h1, w2, h2)
PY

# Comparison exports of the VTH case (lineage voor-2020 -> ibp-2022).
for style in side-by-side difference; do
    "$exe" export "$vth" --view compare --before voor-2020 --after ibp-2022 \
        --compare-style $style -o "$tmp/cmp-$style.svg" || fail "compare $style"
done
grep -q ">vervallen</text>" "$tmp/cmp-difference.svg" || fail "difference legend"
"$exe" export "$vth" --view compare -o "$tmp/cmp.html" || fail "compare html"
grep -q "Verschillen per laag" "$tmp/cmp.html" || fail "compare html tables"
"$exe" export "$vth" --view compare --bom -o "$tmp/cmp.csv" || fail "compare csv"
head -c 3 "$tmp/cmp.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "csv without BOM"
"$exe" export "$vth" --view diagnostics --lang en -o "$tmp/diag.md" || fail "diagnostics md"
grep -q "| diagnostic |" "$tmp/diag.md" || fail "diagnostics md header"

# Anonymise: no actor name or short name of the scenario is left in the SVG.
"$exe" export "$vth" --scenario ibp-2022 --anonymise -o "$tmp/anon.svg" || fail "anonymise"
/usr/bin/python3 - "$vth" "$tmp/anon.svg" <<'PY' || fail "anonymised svg still has names"
import json, sys
case = json.load(open(sys.argv[1]))
svg = open(sys.argv[2], encoding="utf-8").read()
import html
text = html.unescape(svg)
sc = [s for s in case["scenarios"] if s["id"] == "ibp-2022"][0]
for a in sc["actors"]:
    for n in (a.get("name", ""), a.get("short_name", "")):
        if len(n) >= 3 and n in text:
            raise SystemExit("still contains " + n)
PY

# Exit codes.
"$exe" export "$vth" -o "$tmp/x.docx" >/dev/null 2>&1
[ $? -eq 2 ] || fail "unknown extension should exit 2"
"$exe" export "$vth" >/dev/null 2>&1
[ $? -eq 2 ] || fail "missing -o should exit 2"
"$exe" export "$vth" --scenario nope -o "$tmp/x.svg" >/dev/null 2>&1
[ $? -eq 1 ] || fail "unknown scenario should exit 1"
"$exe" export "$vth" -o "$tmp/no/such/dir/x.svg" >/dev/null 2>&1
[ $? -eq 1 ] || fail "unwritable output should exit 1"
"$exe" export "$vth" -o "$tmp/x.png" --dpi abc >/dev/null 2>&1
[ $? -eq 2 ] || fail "bad dpi should exit 2"
echo "export_cli: ok"
