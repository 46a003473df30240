#!/usr/bin/env bash
# regiekaart validate: exit codes and the exact located messages.
# Usage: validate_cli.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
src="$2"
data="$src/tests/data/model"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A valid file: exit 0, one "ok" line.
"$exe" validate "$data/valid.regie.json" >"$tmp/out" 2>"$tmp/err" || fail "valid file rejected: $(cat "$tmp/err")"
grep -qx "$data/valid.regie.json: ok (2 scenarios, 3 actors, 1 relation)" "$tmp/out" || fail "unexpected output: $(cat "$tmp/out")"
[ ! -s "$tmp/err" ] || fail "stderr not empty for a valid file"

# Every shipped sample case is valid.
for f in "$src"/assets/cases/*.regie.json; do
  [ -e "$f" ] || continue
  "$exe" validate -q "$f" 2>"$tmp/err" || fail "sample case $f rejected: $(cat "$tmp/err")"
done

# A broken file: exit 1 and all three errors, located.
"$exe" validate "$data/broken.regie.json" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "broken file: exit $rc, expected 1"
b="$data/broken.regie.json"
grep -qF "$b:10:29: error: unknown value \"ministerie\" for \"type\"; expected one of: unknown, ministry," "$tmp/err" || fail "enum error missing: $(cat "$tmp/err")"
grep -qF "$b:11:9: error: duplicate actor id \"a\" (first defined at line 10, column 9) (at /scenarios/0/actors/1)" "$tmp/err" || fail "duplicate id error missing"
grep -qF "$b:14:47: error: relation target \"nobody\" is not an actor id of scenario \"s1\" (at /scenarios/0/relations/0/target)" "$tmp/err" || fail "dangling reference error missing"
[ "$(wc -l <"$tmp/err")" -eq 3 ] || fail "expected exactly 3 error lines, got: $(cat "$tmp/err")"

# Invalid UTF-8: line, column and byte offset.
"$exe" validate "$data/invalid_utf8.regie.json" 2>"$tmp/err" >/dev/null && fail "invalid UTF-8 accepted"
grep -qF "invalid_utf8.regie.json:3:11: error: invalid UTF-8 byte 0xFF at byte offset 43" "$tmp/err" || fail "UTF-8 error: $(cat "$tmp/err")"

# Several files: the valid one passes, the summary counts the broken ones, exit 1.
"$exe" validate "$data/valid.regie.json" "$b" "$tmp/missing.regie.json" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] || fail "mixed files should exit 1"
grep -qF "2 of 3 files are not valid" "$tmp/err" || fail "summary missing: $(cat "$tmp/err")"
grep -qF "$tmp/missing.regie.json: error: cannot read" "$tmp/err" || fail "missing file message: $(cat "$tmp/err")"

# Usage errors: exit 2.
"$exe" validate >/dev/null 2>&1
[ $? -eq 2 ] || fail "no arguments should exit 2"
"$exe" validate --no-such-option "$data/valid.regie.json" >/dev/null 2>&1
[ $? -eq 2 ] || fail "unknown option should exit 2"
"$exe" validate --help | grep -q "usage: regiekaart validate FILE" || fail "--help"
echo "validate_cli: ok"
