#!/usr/bin/env bash
# regiekaart info: title, scenarios, counts per layer; exit codes.
# Usage: info_cli.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
src="$2"
data="$src/tests/data/model"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$exe" info "$data/valid.regie.json" >"$tmp/out" 2>"$tmp/err" || fail "info failed: $(cat "$tmp/err")"
grep -qx "Title:      VTH-stelsel" "$tmp/out" || fail "title: $(cat "$tmp/out")"
grep -qx "Scenarios:  2" "$tmp/out" || fail "scenario count"
grep -qx "  2020  Voor het programma  (2020)" "$tmp/out" || fail "scenario line: $(cat "$tmp/out")"
grep -qx "    actors:           2" "$tmp/out" || fail "actor count"
grep -qx "      funding           1" "$tmp/out" || fail "relations per layer: $(cat "$tmp/out")"
grep -qx "Lineage links: 1" "$tmp/out" || fail "lineage count"

"$exe" info --json "$data/valid.regie.json" >"$tmp/json" || fail "info --json failed"
/usr/bin/python3 - "$tmp/json" <<'PY' || fail "info --json content"
import json, sys
j = json.load(open(sys.argv[1]))
assert j["title"] == "VTH-stelsel", j
assert [s["actors"] for s in j["scenarios"]] == [2, 1], j
assert j["scenarios"][0]["relations_per_layer"]["funding"] == 1, j
assert j["scenarios"][0]["relations_per_layer"]["directs"] == 0, j
PY

"$exe" info "$data/broken.regie.json" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] || fail "broken file should exit 1"
grep -qF "broken.regie.json:14:47: error: relation target" "$tmp/err" || fail "located error: $(cat "$tmp/err")"

"$exe" info >/dev/null 2>&1
[ $? -eq 2 ] || fail "no arguments should exit 2"
"$exe" info a b >/dev/null 2>&1
[ $? -eq 2 ] || fail "two files should exit 2"
echo "info_cli: ok"
