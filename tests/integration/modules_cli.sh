#!/usr/bin/env bash
# The executable loads its heavy libraries only through its modules (app/modules/,
# docs/install.md "What goes where"): it must not link cairo, pango, librsvg, liborcus, libzip,
# libxlsxwriter, GLFW, OpenGL, fontconfig, freetype or GIO, not even through another library
# (ldd lists the whole closure), so that every command starts without them. The commands
# that need a module work from the built executable (PDF report, .xlsx written and read
# back, .ods read), and a copy of the executable without its modules fails with exit 1 and
# a message naming the module it looked for, never a crash.
# Usage: modules_cli.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
src="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case_file="$src/assets/cases/jeugdzorg-keten.regie.json"

# 1. No heavy library in the executable's dependency closure.
heavy='libcairo|libpango|librsvg|liborcus|libzip|libxlsxwriter|libglfw|libGL|libOpenGL|libfontconfig|libfreetype|libgio|libgdk_pixbuf|libharfbuzz|libstb'
libs=$(ldd "$exe") || fail "ldd $exe failed"
if grep -E "$heavy" <<<"$libs"; then
    fail "the executable links a heavy library (above); load it from a module instead"
fi
# The modules exist next to the executable and export their entry only.
only_entry() {  # MODULE ENTRY: the module exports ENTRY and nothing else
    local exported
    exported=$(nm -D --defined-only "$1" | awk '{print $3}')
    [ "$exported" = "$2" ] || fail "$(basename "$1") exports more than $2: $exported"
}
formats="$(dirname "$exe")/regiekaart-formats.so"
[ -f "$formats" ] || fail "$formats missing"
only_entry "$formats" rk_formats_entry
gui="$(dirname "$exe")/regiekaart-gui.so"
[ ! -f "$gui" ] || only_entry "$gui" rk_gui_entry

# 2. Commands that need the formats module work.
"$exe" export "$case_file" --report -o "$tmp/report.pdf" 2>"$tmp/err" || fail "PDF report: $(cat "$tmp/err")"
[ "$(head -c 5 "$tmp/report.pdf")" = "%PDF-" ] || fail "report.pdf is not a PDF"
pdfinfo "$tmp/report.pdf" 2>/dev/null | grep -Eq '^Pages: +[2-9]' \
    || ! command -v pdfinfo >/dev/null || fail "the PDF report has fewer than 2 pages"
"$exe" convert "$case_file" "$tmp/case.xlsx" >/dev/null 2>"$tmp/err" || fail "convert to .xlsx: $(cat "$tmp/err")"
"$exe" info "$tmp/case.xlsx" >"$tmp/info" 2>"$tmp/err" || fail "info of the .xlsx: $(cat "$tmp/err")"
actors=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['scenarios'][0]['actors']))" "$case_file")
grep -q "$actors" "$tmp/info" || fail "info of the .xlsx does not show the case's $actors actors: $(cat "$tmp/info")"
/usr/bin/python3 - "$tmp/case.ods" <<'PY' || fail "writing the .ods sample"
import sys
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P
doc = OpenDocumentSpreadsheet()
def sheet(name, rows):
    t = Table(name=name)
    for r in rows:
        tr = TableRow()
        for v in r:
            c = TableCell(valuetype="string")
            c.addElement(P(text=v))
            tr.addElement(c)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
sheet("Actoren", [["id", "naam"], ["a", "Gemeente A"], ["b", "Provincie B"]])
sheet("Relaties", [["bron", "doel"], ["a", "b"]])
doc.save(sys.argv[1])
PY
"$exe" convert "$tmp/case.ods" "$tmp/from-ods.regie.json" >/dev/null 2>"$tmp/err" || fail ".ods: $(cat "$tmp/err")"
grep -q '"Provincie B"' "$tmp/from-ods.regie.json" || fail "the .ods actors did not arrive"

# 3. Without its modules: a clear error, exit 1, nothing written.
mkdir "$tmp/bare"
cp "$exe" "$tmp/bare/regiekaart"
"$tmp/bare/regiekaart" convert "$case_file" "$tmp/bare/out.xlsx" >/dev/null 2>"$tmp/err"
status=$?
[ "$status" -eq 1 ] || fail "convert without the formats module: exit $status, expected 1 ($(cat "$tmp/err"))"
grep -q "regiekaart-formats.so not found" "$tmp/err" || fail "no module named in: $(cat "$tmp/err")"
[ ! -e "$tmp/bare/out.xlsx" ] || fail "out.xlsx written without the module"
"$tmp/bare/regiekaart" export "$case_file" --report -o "$tmp/bare/r.pdf" 2>"$tmp/err"
status=$?
[ "$status" -eq 1 ] || fail "PDF report without the formats module: exit $status, expected 1"
grep -q "regiekaart-formats.so" "$tmp/err" || fail "no module named in: $(cat "$tmp/err")"
# Commands that need no module still work there.
"$tmp/bare/regiekaart" info "$case_file" >/dev/null 2>"$tmp/err" || fail "info without modules: $(cat "$tmp/err")"
if [ -f "$gui" ]; then
    "$tmp/bare/regiekaart" --lang en >/dev/null 2>"$tmp/err"
    status=$?
    [ "$status" -eq 1 ] || fail "GUI without its module: exit $status, expected 1"
    grep -q "regiekaart-gui.so not found" "$tmp/err" || fail "no module named in: $(cat "$tmp/err")"
fi
echo "modules: ok"
