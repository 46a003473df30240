#!/usr/bin/env bash
# regiekaart dilemmas: the eight dilemmas side by side across cases, in three formats that
# say the same; folders expand to their *.regie.json files; exit codes.
# Usage: dilemmas_cli.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
src="$2"
data="$src/tests/data/analytics/dilemmas"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# a.regie.json: scenarios s1 (dilemma 1 at -1, dilemma 7 at -0.5) and s2 (dilemma 1 at -0.5);
# b.regie.json: s1 (dilemma 1 at -1, dilemma 7 at +1, dilemma 5 recorded without position).
# Three columns. Dilemma 1: three times pole A, the same way. Dilemma 7: A once, B once, not
# recorded once: not the same way. Dilemma 5: one middle: not the same way. So 1 of 8.
"$exe" dilemmas "$data/a.regie.json" "$data/b.regie.json" --format json >"$tmp/json" 2>"$tmp/err" ||
    fail "json failed: $(cat "$tmp/err")"
/usr/bin/python3 - "$tmp/json" <<'PY' || fail "json content"
import json, sys
j = json.load(open(sys.argv[1]))
cols = [(c["case"], c["scenario"]) for c in j["columns"]]
assert cols == [("case-a", "s1"), ("case-a", "s2"), ("case-b", "s1")], cols
assert all(len(c["cells"]) == 8 for c in j["columns"])
first = j["columns"][0]["cells"][0]
assert first["dilemma"] == "eigen_doel_of_tussen_partijen", first
assert first["position"] == -1 and first["lean"] == "pole_a" and first["strategy"] == "kiezen", first
assert first["sources"] == "seeds/000.txt, 2.2", first
t = {x["dilemma"]: x for x in j["tally"]}
assert t["eigen_doel_of_tussen_partijen"]["pole_a"] == 3 and t["eigen_doel_of_tussen_partijen"]["same_way"]
assert t["formeel_of_informeel"]["pole_a"] == 1 and t["formeel_of_informeel"]["pole_b"] == 1
assert not t["formeel_of_informeel"]["same_way"]
assert t["vooraf_of_gaandeweg"]["middle"] == 1 and not t["vooraf_of_gaandeweg"]["same_way"]
assert j["columns"][2]["cells"][4]["position"] is None
assert j["dilemmas_same_way"] == 1, j["dilemmas_same_way"]
PY

# CSV: one header and one row per column and dilemma (3 x 8), quoting per RFC 4180.
"$exe" dilemmas "$data/a.regie.json" "$data/b.regie.json" --format csv >"$tmp/csv" || fail "csv failed"
[ "$(wc -l <"$tmp/csv")" -eq 25 ] || fail "csv rows: $(wc -l <"$tmp/csv")"
head -1 "$tmp/csv" | grep -q "^file,case,scenario,dilemma,pole_a,pole_b,position,lean,strategy,basis,evidence,sources" ||
    fail "csv header: $(head -1 "$tmp/csv")"
grep -qF '"Het ministerie stuurt vanuit het eigen doel, ""30.500 woningen"""' "$tmp/csv" ||
    fail "csv quoting: $(cat "$tmp/csv")"
/usr/bin/python3 - "$tmp/csv" "$tmp/json" <<'PY' || fail "csv and json disagree"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
j = json.load(open(sys.argv[2]))
cells = [(c["case"], c["scenario"], x) for c in j["columns"] for x in c["cells"]]
assert len(rows) == len(cells)
for r, (case, scenario, x) in zip(rows, cells):
    assert r["case"] == case and r["scenario"] == scenario
    assert r["lean"] == x["lean"] and r["evidence"] == x["evidence"]
    assert (r["position"] == "") == (x["position"] is None)
    if x["position"] is not None:
        assert float(r["position"]) == x["position"]
PY

# Table: one row per dilemma, the sum, and the evidence list; Dutch words with --lang nl.
"$exe" dilemmas "$data" --lang nl >"$tmp/table" || fail "table failed"
grep -q "case-a/s1" "$tmp/table" || fail "table columns: $(cat "$tmp/table")"
grep -q "^1\. regie vanuit eigen doel / regie tussen de partijen in .*zelfde kant (A)" "$tmp/table" ||
    fail "table row 1: $(cat "$tmp/table")"
grep -q "Zelfde kant in 1 van de 8" "$tmp/table" || fail "table sum: $(cat "$tmp/table")"
grep -q "onderbouwing: informeel gezag" "$tmp/table" || fail "table evidence: $(cat "$tmp/table")"
# The folder gives the same columns as naming both files.
"$exe" dilemmas "$data" --format json >"$tmp/json2" || fail "folder failed"
cmp -s <(sed 's#"file": "[^"]*/#"file": "#' "$tmp/json") <(sed 's#"file": "[^"]*/#"file": "#' "$tmp/json2") ||
    fail "folder differs from the files"

# The five samples: every scenario a column.
"$exe" dilemmas "$src/assets/cases" --format json >"$tmp/samples" || fail "samples failed"
/usr/bin/python3 - "$tmp/samples" "$src/assets/cases" <<'PY' || fail "samples columns"
import glob, json, sys
j = json.load(open(sys.argv[1]))
n = sum(len(json.load(open(f))["scenarios"]) for f in glob.glob(sys.argv[2] + "/*.regie.json"))
assert len(j["columns"]) == n, (len(j["columns"]), n)
PY

"$exe" dilemmas "$tmp/missing.regie.json" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] || fail "a missing file should exit 1"
grep -q "missing.regie.json" "$tmp/err" || fail "error names the file: $(cat "$tmp/err")"
mkdir "$tmp/empty"
"$exe" dilemmas "$tmp/empty" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] || fail "an empty folder should exit 1"
"$exe" dilemmas "$data" --format xml >/dev/null 2>&1
[ $? -eq 2 ] || fail "a bad format should exit 2"
"$exe" dilemmas >/dev/null 2>&1
[ $? -eq 2 ] || fail "no arguments should exit 2"
echo "dilemmas_cli: ok"
