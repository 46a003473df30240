#!/usr/bin/env bash
# regiekaart export: every sample case to SVG, PDF, PNG, CSV, Markdown and HTML, and the PDF
# report; PDF opens and renders with poppler; PNG has the pixel size of the DPI; comparisons
# within a case and of two files; anonymise removes names; exit codes.
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

# The PDF report of every sample case: several A4 pages, the title, every diagnostic title
# and every actor label of the diagram as text (pdftotext), page 1 renders with ink on it.
for case in "$src"/assets/cases/*.regie.json; do
    name=$(basename "$case" .regie.json)
    "$exe" export "$case" --report -o "$tmp/$name-report.pdf" 2>"$tmp/err" \
        || fail "$name report: $(cat "$tmp/err")"
    pdfinfo "$tmp/$name-report.pdf" >"$tmp/info" || fail "$name-report.pdf does not open"
    pages=$(awk '/^Pages:/ { print $2 }' "$tmp/info")
    [ "${pages:-0}" -ge 3 ] || fail "$name-report.pdf has ${pages:-no} pages"
    grep -q "A4" "$tmp/info" || fail "$name-report.pdf is not A4"
    pdftotext -enc UTF-8 "$tmp/$name-report.pdf" "$tmp/$name-report.txt" || fail "pdftotext $name"
    "$exe" analyze "$case" --format json >"$tmp/$name-analysis.json" || fail "analyze $name"
    /usr/bin/python3 - "$case" "$tmp/$name-analysis.json" "$tmp/$name-report.txt" <<'PY' \
        || fail "$name-report.pdf misses text"
import json, re, sys
case = json.load(open(sys.argv[1]))
analysis = json.load(open(sys.argv[2]))
text = re.sub(r"\s+", " ", open(sys.argv[3], encoding="utf-8").read())
squeezed = text.replace(" ", "")
missing = [] if case["title"] in text else [case["title"]]
for f in analysis["diagnostics"]:
    if f["title"]["nl"] not in text:
        missing.append("diagnostic " + f["title"]["nl"])
for a in case["scenarios"][0]["actors"]:
    label = a.get("short_name") or a.get("name") or a["id"]
    # Diagram labels wrap over lines: compare without spaces.
    if label.replace(" ", "") not in squeezed:
        missing.append("actor " + label)
if missing:
    raise SystemExit("missing: " + "; ".join(missing))
PY
    pdftoppm -r 30 -f 1 -l 1 -gray "$tmp/$name-report.pdf" "$tmp/$name-page1" || fail "render $name"
    ink=$(convert "$tmp/$name-page1"-*1.pgm -threshold 60% -negate -format '%[fx:int(mean*w*h)]' info:)
    [ "$ink" -gt 300 ] || fail "$name-report.pdf page 1 looks blank ($ink dark pixels)"
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

# Comparison of two separate files (as `regiekaart compare A B`): the VTH case split into one
# file per scenario, without lineage. Side by side, difference, delta table and PDF report.
/usr/bin/python3 - "$vth" "$tmp" <<'PY' || fail "cannot split the VTH case"
import json, sys
case = json.load(open(sys.argv[1]))
for i, name in ((0, "A"), (1, "B")):
    one = dict(case, scenarios=[case["scenarios"][i]])
    one.pop("lineage", None)
    json.dump(one, open(f"{sys.argv[2]}/{name}.regie.json", "w"), ensure_ascii=False)
PY
"$exe" export "$tmp/A.regie.json" --compare-with "$tmp/B.regie.json" -o "$tmp/two-sbs.svg" \
    2>"$tmp/err" || fail "compare-with side by side: $(cat "$tmp/err")"
grep -q "proposed" "$tmp/err" || fail "compare-with does not say the matching is proposed"
"$exe" export "$tmp/A.regie.json" --compare-with "$tmp/B.regie.json" --compare-style difference \
    -o "$tmp/two-diff.svg" 2>/dev/null || fail "compare-with difference"
/usr/bin/python3 - "$tmp/two-sbs.svg" "$tmp/two-diff.svg" <<'PY' || fail "compare-with drawings"
import html, re, sys
sbs, diff = (html.unescape(open(p, encoding="utf-8").read()) for p in sys.argv[1:3])
texts = lambda s: re.findall(r"<text[^>]*>([^<]*)</text>", s)
# Both panels with their headings, the delta table, the before-only and after-only actors.
for needle in ("Voor / na", "Adviescommissie", "IBP VTH"):
    assert any(needle in t for t in texts(sbs)), "side by side lacks " + needle
assert sum("Voor" in t for t in texts(sbs)) >= 2, "side by side has no before panel"
assert any("vervallen" in t for t in texts(diff)), "difference legend"
assert any("Voor / na" in t for t in texts(diff)), "difference delta table"
PY
"$exe" export "$tmp/A.regie.json" --compare-with "$tmp/B.regie.json" -o "$tmp/two.md" 2>/dev/null \
    || fail "compare-with table"
grep -q "Adviescommissie VTH" "$tmp/two.md" || fail "compare-with table lacks the lineage"
"$exe" export "$tmp/A.regie.json" --compare-with "$tmp/B.regie.json" --report -o "$tmp/two.pdf" \
    2>/dev/null || fail "compare-with pdf report"
pdftotext "$tmp/two.pdf" - | grep -q "Kerncijfers voor / na" || fail "comparison report table"
"$exe" export "$tmp/A.regie.json" --compare-with "$tmp/B.regie.json" --view metrics \
    -o "$tmp/x.csv" >/dev/null 2>&1
[ $? -eq 2 ] || fail "--compare-with with another view should exit 2"
"$exe" export "$tmp/A.regie.json" --compare-with "$tmp/missing.regie.json" -o "$tmp/x.svg" \
    >/dev/null 2>&1
[ $? -eq 1 ] || fail "--compare-with a missing file should exit 1"

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
