#!/usr/bin/env bash
# The loader and the -o writer every command shares (app/cli/case_input.*, output.*):
# `-o -` is standard output, a device (/dev/null) is written in place, a regular file is
# replaced atomically, workbook sheet options work beyond convert, errors stay located.
# Usage: cli_output.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
src="$2"
case_file="$src/assets/cases/vth-stelsel.regie.json"
data="$src/tests/data/model"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# `-o -` and no -o give the same bytes on standard output, for every text command.
for cmd in "analyze $case_file -f csv" "compare $case_file -f json --permutations 0" \
           "dilemmas $case_file -f csv"; do
  $exe $cmd >"$tmp/plain" 2>"$tmp/err" || fail "$cmd: $(cat "$tmp/err")"
  $exe $cmd -o - >"$tmp/dash" 2>"$tmp/err" || fail "$cmd -o -: $(cat "$tmp/err")"
  [ -s "$tmp/plain" ] || fail "$cmd wrote nothing"
  cmp -s "$tmp/plain" "$tmp/dash" || fail "$cmd: -o - differs from standard output"
  [ ! -e ./- ] || fail "$cmd -o - created a file named '-'"
  # A regular file gets the same bytes.
  $exe $cmd -o "$tmp/file" 2>"$tmp/err" || fail "$cmd -o FILE: $(cat "$tmp/err")"
  cmp -s "$tmp/plain" "$tmp/file" || fail "$cmd: -o FILE differs from standard output"
  # A device: written in place, exit 0, /dev/null stays a character device.
  $exe $cmd -o /dev/null >"$tmp/out" 2>"$tmp/err" || fail "$cmd -o /dev/null: $(cat "$tmp/err")"
  [ ! -s "$tmp/out" ] || fail "$cmd -o /dev/null printed on standard output"
  [ -c /dev/null ] || fail "$cmd replaced /dev/null"
done

# export: -o - needs --format (no extension to go by); the bytes are those of a file.
"$exe" export "$case_file" -o "$tmp/d.svg" || fail "export svg"
"$exe" export "$case_file" -o - --format svg >"$tmp/stdout.svg" || fail "export -o - --format svg"
cmp -s "$tmp/d.svg" "$tmp/stdout.svg" || fail "export: -o - differs from the file"
"$exe" export "$case_file" -o - >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] || fail "export -o - without --format should be a usage error"
grep -qF -- "--format" "$tmp/err" || fail "export -o - without --format: $(cat "$tmp/err")"
"$exe" export "$case_file" -o /dev/null --format png || fail "export to /dev/null"
[ -c /dev/null ] || fail "export replaced /dev/null"
"$exe" export "$case_file" -o - --format xlsx >"$tmp/stdout.xlsx" || fail "export xlsx to stdout"
cp "$tmp/stdout.xlsx" "$tmp/back.xlsx"
"$exe" info "$tmp/back.xlsx" | grep -q "actors:" || fail "the workbook from standard output does not read back"

# convert: OUT - with --to; a device; a regular file atomically (no temporary left).
"$exe" convert "$case_file" - --to graphml >"$tmp/g.graphml" 2>"$tmp/err" || fail "convert to -: $(cat "$tmp/err")"
grep -q "<graphml" "$tmp/g.graphml" || fail "convert -: no GraphML on standard output"
grep -qF "wrote standard output" "$tmp/err" || fail "convert -: summary not on stderr"
"$exe" convert "$case_file" - >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] || fail "convert to - without --to should be a usage error"
"$exe" convert "$case_file" /dev/null --to gexf >/dev/null 2>&1 || fail "convert to /dev/null"
[ -c /dev/null ] || fail "convert replaced /dev/null"
"$exe" convert "$case_file" "$tmp/c.graphml" >/dev/null 2>&1 || fail "convert to a file"
cmp -s "$tmp/g.graphml" "$tmp/c.graphml" || fail "convert: standard output differs from the file"
[ -z "$(ls "$tmp" | grep -F '.tmp-')" ] || fail "a temporary file was left: $(ls "$tmp")"

# layout -o -: the case on standard output, the summary on standard error, FILE untouched.
cp "$case_file" "$tmp/l.regie.json"
"$exe" layout "$tmp/l.regie.json" --seed 3 -o - >"$tmp/laid.json" 2>"$tmp/err" || fail "layout -o -: $(cat "$tmp/err")"
cmp -s "$case_file" "$tmp/l.regie.json" || fail "layout -o - changed FILE"
grep -qF "written to standard output" "$tmp/err" || fail "layout -o - summary: $(cat "$tmp/err")"
cp "$tmp/laid.json" "$tmp/laid.regie.json"
"$exe" validate -q "$tmp/laid.regie.json" 2>"$tmp/err" || fail "layout -o - output is no valid case: $(cat "$tmp/err")"

# Errors of the shared loader: located, exit 1, for every command.
for cmd in analyze info export layout compare; do
  extra=""
  [ "$cmd" = export ] && extra="-o $tmp/x.svg"
  "$exe" $cmd "$data/broken.regie.json" $extra >/dev/null 2>"$tmp/err"
  rc=$?
  [ $rc -eq 1 ] || fail "$cmd on a broken file: exit $rc"
  grep -qF "$data/broken.regie.json:10:29: error: unknown value" "$tmp/err" || fail "$cmd: error not located: $(cat "$tmp/err")"
done
"$exe" analyze "$case_file" --scenario nope >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] || fail "unknown scenario should exit 1"
grep -qF "$case_file: error: no scenario 'nope'; the case has:" "$tmp/err" || fail "scenario error: $(cat "$tmp/err")"
# A write that fails: exit 1, the command and the file named.
mkdir "$tmp/folder"
"$exe" analyze "$case_file" -o "$tmp/folder" 2>"$tmp/err"
[ $? -eq 1 ] || fail "writing onto a folder should exit 1"
grep -qF "regiekaart analyze: cannot save '$tmp/folder'" "$tmp/err" || fail "write error: $(cat "$tmp/err")"

# Workbook sheet options on commands other than convert.
"$exe" export "$case_file" -o "$tmp/w.xlsx" || fail "export xlsx"
for cmd in info analyze validate; do
  "$exe" $cmd "$tmp/w.xlsx" --relations-sheet Nergens >/dev/null 2>"$tmp/err"
  [ $? -eq 1 ] || fail "$cmd --relations-sheet Nergens should fail"
  grep -qF "no sheet 'Nergens'" "$tmp/err" || fail "$cmd: sheet option ignored: $(cat "$tmp/err")"
  "$exe" $cmd "$tmp/w.xlsx" --relations-sheet relaties --actors-sheet ACTOREN >/dev/null 2>"$tmp/err" ||
    fail "$cmd with named sheets: $(cat "$tmp/err")"
done

# validate --help names the schema this copy finds, and it exists.
schema=$("$exe" validate --help | sed -n 's/^JSON Schema: //p')
[ -n "$schema" ] || fail "validate --help names no schema"
[ -f "$schema" ] || fail "validate --help names a schema that is not there: $schema"
cmp -s "$schema" "$src/assets/schema/regie-case.schema.json" || fail "validate --help: another schema ($schema)"
echo "cli_output: ok"
