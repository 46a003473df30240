#!/usr/bin/env bash
# Runs every fuzz_* binary found in BUILD_DIR for SECONDS each, seeded from tests/data (and
# workbooks made at run time, below), and
# prints executions and crashes per target. Builds nothing (build with the `fuzz` preset:
#   cmake --preset fuzz && cmake --build build/fuzz --target fuzz_graphml ...).
# Usage: tests/fuzz/run_fuzz.sh BUILD_DIR [SECONDS=30] [WORK_DIR]
# Exit status: 0 no crash, 1 a target crashed (artifacts under WORK_DIR/artifacts), 2 usage.
set -u
if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [SECONDS] [WORK_DIR]" >&2
  exit 2
fi
build=$1
seconds=${2:-30}
src=$(cd "$(dirname "$0")/../.." && pwd)
work=${3:-$(mktemp -d /tmp/rk_fuzz.XXXXXX)}
mkdir -p "$work/artifacts"

# Seed files for a target: tests/data files whose extension fits the reader.
extensions() {
  case $1 in
    fuzz_edgelist) echo "edges el txt" ;;
    fuzz_graphml | fuzz_roundtrip) echo "graphml" ;;
    fuzz_gexf) echo "gexf" ;;
    fuzz_pajek) echo "net" ;;
    fuzz_csv) echo "csv" ;;
    fuzz_dot) echo "gv dot" ;;
    fuzz_case_json) echo "json" ;;
    *) echo "${1#fuzz_}" ;;
  esac
}

# Workbooks are zip files, so none is committed: the seeds of fuzz_xlsx and fuzz_ods are
# made here, by the test generator of workbook_test.cpp (openpyxl, xlsxwriter and odfpy
# in Debian's /usr/bin/python3) and, where a regiekaart executable is found
# ($REGIEKAART, BUILD_DIR/app, build/release/app or $PATH), by exporting the sample cases
# and the empty template as .xlsx.
seeds="$work/seeds"
mkdir -p "$seeds"
if /usr/bin/python3 "$src/tests/unit/io/make_workbooks.py" "$seeds" >/dev/null 2>&1; then :; else
  echo "note: no workbook seeds from make_workbooks.py (needs python3-openpyxl, -xlsxwriter, -odf)" >&2
fi
exe=${REGIEKAART:-}
for candidate in "$build/app/regiekaart" "$src/build/release/app/regiekaart" "$(command -v regiekaart)"; do
  [ -z "$exe" ] && [ -n "$candidate" ] && [ -x "$candidate" ] && exe=$candidate
done
if [ -n "$exe" ]; then
  "$exe" export --template -o "$seeds/template.xlsx" >/dev/null 2>&1
  for case_file in "$src"/assets/cases/*.regie.json; do
    [ -e "$case_file" ] || continue
    "$exe" export "$case_file" -o "$seeds/$(basename "$case_file" .regie.json).xlsx" >/dev/null 2>&1
  done
fi

mapfile -t targets < <(find "$build" -type f -name 'fuzz_*' -perm -u+x | sort)
if [ ${#targets[@]} -eq 0 ]; then
  echo "no fuzz_* executables under $build" >&2
  exit 2
fi
status=0
printf '%-20s %12s %8s %s\n' target executions crashes corpus
for bin in "${targets[@]}"; do
  name=$(basename "$bin")
  corpus="$work/corpus/$name"
  mkdir -p "$corpus"
  # A committed corpus next to the target (tests/fuzz/corpus_<reader>) comes first.
  if [ -d "$src/tests/fuzz/corpus_${name#fuzz_}" ]; then
    cp "$src/tests/fuzz/corpus_${name#fuzz_}"/* "$corpus/" 2>/dev/null
  fi
  for ext in $(extensions "$name"); do
    find "$src/tests/data" "$seeds" -type f -name "*.$ext" -size -1024k -exec cp {} "$corpus/" \; 2>/dev/null
  done
  log="$work/$name.log"
  "$bin" "$corpus" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$name-" >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  crashes=$(ls "$work/artifacts" | grep -c "^$name-" || true)
  printf '%-20s %12s %8s %s\n' "$name" "${execs:-?}" "$crashes" "$(ls "$corpus" | wc -l) files"
  if [ $rc -ne 0 ] || [ "$crashes" -gt 0 ]; then
    status=1
    echo "  $name exited with $rc; log: $log" >&2
    grep -m3 -E 'ERROR|SUMMARY' "$log" | sed 's/^/  /' >&2
  fi
done
echo "work directory: $work"
exit $status
