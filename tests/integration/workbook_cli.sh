#!/usr/bin/env bash
# Workbooks through the real executable: every sample case exported as an .xlsx tables
# workbook reads back (convert, info) with the same actors and relations as the case; the
# sheets, numeric metric cells and frozen panes are checked with openpyxl; the template has
# its drop-down lists; openpyxl and odfpy workbooks convert; a bad cell fails with its
# FILE:SHEET!CELL location and exit status 1.
# Usage: workbook_cli.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
src="$2"
py=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for case in "$src"/assets/cases/*.regie.json; do
    name=$(basename "$case" .regie.json)
    "$exe" export "$case" -o "$tmp/$name.xlsx" 2>"$tmp/err" || fail "$name.xlsx: $(cat "$tmp/err")"
    "$exe" convert "$tmp/$name.xlsx" "$tmp/$name-back.regie.json" >/dev/null 2>"$tmp/err" \
        || fail "$name.xlsx does not read back: $(cat "$tmp/err")"
    # The same actors and relations, every field but provenance (which a workbook cannot
    # hold; convert warns), and the same positions as the first scenario.
    $py - "$case" "$tmp/$name-back.regie.json" "$tmp/$name.xlsx" <<'PY' || fail "$name round trip"
import json, sys, openpyxl
a = json.load(open(sys.argv[1]))["scenarios"][0]
b = json.load(open(sys.argv[2]))["scenarios"][0]
def fields(items):
    return {x["id"]: {k: v for k, v in x.items() if k != "provenance"} for x in items}
assert fields(a["actors"]) == fields(b["actors"]), "actors differ"
assert fields(a.get("relations", [])) == fields(b.get("relations", [])), "relations differ"
assert a.get("positions") == b.get("positions"), "positions differ"
wb = openpyxl.load_workbook(sys.argv[3])
assert wb.sheetnames[:5] == ["Actoren", "Relaties", "Metrieken", "Netwerkindices", "Diagnoses"], wb.sheetnames
m = wb["Metrieken"]
assert m.freeze_panes == "A2", m.freeze_panes
header = [c.value for c in m[1]]
numeric = [c.value for c in m[2][4:] if c.value is not None]
assert numeric and all(isinstance(v, (int, float)) for v in numeric), numeric
assert len(list(m.rows)) == len(a["actors"]) + 1
PY
    "$exe" info "$tmp/$name.xlsx" >"$tmp/info" 2>&1 || fail "info $name.xlsx: $(cat "$tmp/info")"
done

# The template: Dutch headers, drop-down lists on soort, bestuurslaag and laag.
"$exe" export --template -o "$tmp/leeg.xlsx" || fail "template"
$py - "$tmp/leeg.xlsx" <<'PY' || fail "template content"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
a, r = wb["Actoren"], wb["Relaties"]
assert [c.value for c in a[1]][:4] == ["naam", "korte naam", "soort", "bestuurslaag"]
assert [c.value for c in r[1]][:4] == ["van", "naar", "laag", "gericht"]
ranges = sorted(str(v.sqref) for v in a.data_validations.dataValidation)
assert ranges == ["C2:C1048576", "D2:D1048576"], ranges
assert [str(v.sqref) for v in r.data_validations.dataValidation] == ["C2:C1048576"]
assert wb["Lijsten"].sheet_state == "hidden"
PY
"$exe" export "$src/assets/cases/vth-stelsel.regie.json" --template -o "$tmp/x.xlsx" 2>/dev/null
[ $? -eq 2 ] || fail "--template with a CASE is not a usage error"

# Files from other tools, and a located error.
$py "$src/tests/unit/io/make_workbooks.py" "$tmp/wb" || fail "make_workbooks.py"
"$exe" convert "$tmp/wb/inline.xlsx" "$tmp/inline.regie.json" >"$tmp/out" 2>"$tmp/err" \
    || fail "inline.xlsx: $(cat "$tmp/err")"
grep -q "(6 actors, 4 relations)" "$tmp/out" || fail "inline.xlsx counts: $(cat "$tmp/out")"
"$exe" convert "$tmp/wb/leden.ods" "$tmp/leden.regie.json" >"$tmp/out" 2>"$tmp/err" \
    || fail "leden.ods: $(cat "$tmp/err")"
grep -q "(3 actors, 2 relations)" "$tmp/out" || fail "leden.ods counts: $(cat "$tmp/out")"
"$exe" convert "$tmp/wb/dutch.xlsx" "$tmp/dutch.regie.json" --actors-sheet Leden \
    --relations-sheet samenwerking >"$tmp/out" 2>"$tmp/err" || fail "dutch.xlsx: $(cat "$tmp/err")"
"$exe" convert "$tmp/wb/bad.xlsx" "$tmp/bad.regie.json" 2>"$tmp/err"
[ $? -eq 1 ] || fail "bad.xlsx did not fail with status 1"
grep -qF "$tmp/wb/bad.xlsx:Relaties!C7: error: expected a layer (collaboration, directs," "$tmp/err" \
    || fail "bad.xlsx message: $(cat "$tmp/err")"
[ ! -e "$tmp/bad.regie.json" ] || fail "bad.xlsx wrote output"
"$exe" analyze "$tmp/wb/shared.xlsx" --format csv >/dev/null 2>"$tmp/err" \
    || fail "analyze shared.xlsx: $(cat "$tmp/err")"
echo "workbook_cli: ok"
