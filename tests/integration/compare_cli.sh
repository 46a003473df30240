#!/usr/bin/env bash
# regiekaart compare: one case with lineage (hand-made merge/split pair with known answers),
# two files with proposed matching, every output format, exit codes.
# Usage: compare_cli.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
src="$2"
data="$src/tests/data/compare"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# JSON: the hand-computed numbers of tests/unit/compare/distances_test.cpp.
"$exe" compare "$data/merge-split.regie.json" --before before --after after --format json \
    --permutations 99 >"$tmp/out.json" 2>"$tmp/err" || fail "compare json: $(cat "$tmp/err")"
/usr/bin/python3 - "$tmp/out.json" <<'PY' || fail "json content"
import json, sys
j = json.load(open(sys.argv[1]))
d = {row["scope"]: row for row in j["distances"]}
assert d["collaboration"]["jaccard"] == 0.4, d["collaboration"]
assert d["collaboration"]["hamming"] == 2
assert d["collaboration"]["internalised"] == 1
assert abs(d["collaboration"]["qap_r"] - 0.25) < 1e-12
assert abs(d["overall"]["jaccard"] - (1 - 4 / 7)) < 1e-12
assert d["overall"]["hamming"] == 3
kinds = {c["id"]: c["kind"] for c in j["classes"]}
assert kinds == {"A": "identity", "B": "identity", "CD": "merge", "E": "split"}, kinds
assert j["lineage_proposed"] is False
assert any(r["key"] == "nodes" for r in j["indices"])
assert j["ranks"][0]["label"] == "Gamma + Delta -> Gamma-Delta", j["ranks"]
PY

# Default scenarios are the first two; table, csv (with BOM), markdown; -o writes a file.
"$exe" compare "$data/merge-split.regie.json" --lang nl >"$tmp/out.txt" || fail "table"
grep -q "Gamma + Delta -> Gamma-Delta" "$tmp/out.txt" || fail "table lacks the merger"
grep -q "samenwerking" "$tmp/out.txt" || fail "table not in Dutch"
"$exe" compare "$data/merge-split.regie.json" --format csv --bom -o "$tmp/out.csv" || fail "csv"
head -c 3 "$tmp/out.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "csv without BOM"
grep -q "^distances,collaboration,4,4,3,1,1,1,0.4,2," "$tmp/out.csv" || fail "csv row: $(cat "$tmp/out.csv")"
"$exe" compare "$data/merge-split.regie.json" --format markdown >"$tmp/out.md" || fail "markdown"
grep -q "^| Gamma + Delta -> Gamma-Delta |" "$tmp/out.md" || fail "markdown row"

# Two files without lineage: matched by id, then by name (B was renamed to B-new).
"$exe" compare "$data/before.regie.json" "$data/after.regie.json" --format json \
    >"$tmp/two.json" 2>"$tmp/err" || fail "two files: $(cat "$tmp/err")"
grep -q "proposed, not approved" "$tmp/err" || fail "no note about the proposed matching"
/usr/bin/python3 - "$tmp/two.json" <<'PY' || fail "two-file json"
import json, sys
j = json.load(open(sys.argv[1]))
assert j["lineage_proposed"] is True
basis = {tuple(l["from"]): l["basis"] for l in j["lineage"] if l["from"]}
assert basis[("A",)] == "id" and basis[("B",)] == "name", basis
PY

# The VTH sample case compares with its lineage.
"$exe" compare "$src/assets/cases/vth-stelsel.regie.json" --before voor-2020 --after ibp-2022 \
    --permutations 99 >"$tmp/vth.txt" 2>"$tmp/err" || fail "vth: $(cat "$tmp/err")"
grep -q "Differences per layer" "$tmp/vth.txt" || fail "vth output"

# Exit codes: bad input 1, usage 2.
"$exe" compare "$data/merge-split.regie.json" --before nope >/dev/null 2>&1
[ $? -eq 1 ] || fail "unknown scenario should exit 1"
"$exe" compare "$tmp/missing.regie.json" >/dev/null 2>&1
[ $? -eq 1 ] || fail "missing file should exit 1"
"$exe" compare "$data/merge-split.regie.json" --format xml >/dev/null 2>&1
[ $? -eq 2 ] || fail "bad format should exit 2"
"$exe" compare >/dev/null 2>&1
[ $? -eq 2 ] || fail "no arguments should exit 2"
echo "compare_cli: ok"
