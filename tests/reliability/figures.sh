#!/usr/bin/env bash
# Prints the figures of issue 9, each labelled with where it comes from: inputs tried,
# fuzz executions, crashes, hangs, bytes lost, seconds of work lost on crash, peak memory.
# Runs (nothing is built here):
#   BUILD/tests/test_reliability             SIGKILL-during-save and fault-injection figures
#   tests/reliability/input_limits_test.sh   hostile and oversized inputs through the CLI
#   tests/reliability/scale_test.sh          50,000 actors / 250,000 relations
#   tests/gui/crash_recovery.sh              kill -9 while editing (GUI builds only)
#   tests/fuzz/run_fuzz.sh FUZZ_BUILD        when a fuzz build is given (RK_FUZZ_SECONDS each,
#                                            default 20)
# Usage: tests/reliability/figures.sh BUILD_DIR [FUZZ_BUILD_DIR]
#   e.g. tests/reliability/figures.sh build/release build/fuzz
# Exit status: 0 when every part that ran passed, 1 otherwise (the figures print anyway).
set -u
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 BUILD_DIR [FUZZ_BUILD_DIR]" >&2
    exit 2
fi
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
fuzz_build=${2:-}
exe="$build/app/regiekaart"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rk-figures.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
status=0
[ -x "$exe" ] || { echo "no executable $exe (build it first)" >&2; exit 2; }

# figure LABEL VALUE SOURCE
figure() { printf '%-34s %s\n%-34s   (source: %s)\n' "$1:" "$2" "" "$3"; }
# figures_of LOG: the "[figures] ..." lines a test printed, without the tag.
figures_of() { grep -h '^\[figures\]' "$@" 2>/dev/null | sed 's/^\[figures\] //'; }

echo "Regiekaart reliability figures, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "load $(cut -d' ' -f1-3 /proc/loadavg), $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
echo "build: $build (commit $(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo

# --- Save under faults (C++: tests/reliability/save_*_test.cpp) --------------------------
echo "== save under faults: $build/tests/test_reliability"
if [ -x "$build/tests/test_reliability" ]; then
    (cd "$tmp" && "$build/tests/test_reliability") >"$tmp/rel.log" 2>&1
    rel_rc=$?
    [ $rel_rc -eq 0 ] || status=1
    figures_of "$tmp/rel.log" | sed 's/^/  /'
    echo "  gtest: $(grep -E '^\[  (PASSED|FAILED)  \]' "$tmp/rel.log" | tr '\n' ' ') (exit $rel_rc)"
    kill_line=$(figures_of "$tmp/rel.log" | grep -m1 '^SIGKILL test:')
    fault_line=$(figures_of "$tmp/rel.log" | grep -m1 '^save fault injection:')
else
    echo "  not built (target test_reliability)"
    kill_line="" fault_line=""
fi
echo

# --- Input limits -----------------------------------------------------------------------
echo "== input limits: tests/reliability/input_limits_test.sh"
bash "$src/tests/reliability/input_limits_test.sh" "$exe" "$src" >"$tmp/limits.log" 2>&1
limits_rc=$?
[ $limits_rc -eq 0 ] || { status=1; tail -5 "$tmp/limits.log" | sed 's/^/  /'; }
limits_line=$(figures_of "$tmp/limits.log")
echo "  ${limits_line:-no figures printed} (exit $limits_rc)"
echo

# --- Scale ------------------------------------------------------------------------------
echo "== scale: tests/reliability/scale_test.sh"
bash "$src/tests/reliability/scale_test.sh" "$exe" "$src" >"$tmp/scale.log" 2>&1
scale_rc=$?
[ $scale_rc -eq 0 ] || status=1
grep -E '^  ' "$tmp/scale.log"
[ $scale_rc -eq 0 ] || tail -3 "$tmp/scale.log" | sed 's/^/  /'
scale_line=$(figures_of "$tmp/scale.log")
echo "  (exit $scale_rc)"
echo

# --- Crash recovery in the GUI ------------------------------------------------------------
echo "== crash recovery: tests/gui/crash_recovery.sh"
recovery="not run"
if [ ! -f "$src/tests/gui/crash_recovery.sh" ]; then
    recovery="tests/gui/crash_recovery.sh does not exist"
elif ! "$exe" gui --help 2>/dev/null | grep -q -- --screenshot; then
    recovery="not run: $build has no GUI"
else
    timeout 300 bash "$src/tests/gui/crash_recovery.sh" "$exe" "$src" >"$tmp/recovery.log" 2>&1
    rec_rc=$?
    [ $rec_rc -eq 0 ] || status=1
    sed 's/^/  /' "$tmp/recovery.log" | tail -5
    rec_fig=$(figures_of "$tmp/recovery.log")
    if [ -n "$rec_fig" ]; then
        recovery="$rec_fig (exit $rec_rc)"
    else
        if [ $rec_rc -eq 0 ]; then
            recovery="0 s: the drag made before kill -9 was in the recovery copy and offered at restart (the test prints no seconds figure; bound: its autosave interval, 1 s)"
        else
            recovery="crash recovery test FAILED (exit $rec_rc): $(tail -1 "$tmp/recovery.log")"
        fi
    fi
fi
echo "  $recovery"
echo

# --- Fuzzing --------------------------------------------------------------------------------
echo "== fuzzing: tests/fuzz/run_fuzz.sh"
fuzz_execs="fuzz build not given" fuzz_crashes="fuzz build not given" fuzz_hangs="fuzz build not given"
if [ -n "$fuzz_build" ]; then
    fdir="$fuzz_build/tests/fuzz"
    [ -d "$fdir" ] || fdir="$fuzz_build"
    bash "$src/tests/fuzz/run_fuzz.sh" "$fdir" "${RK_FUZZ_SECONDS:-20}" "$tmp/fuzz" >"$tmp/fuzz.log" 2>&1
    fuzz_rc=$?
    [ $fuzz_rc -eq 0 ] || status=1
    sed 's/^/  /' "$tmp/fuzz.log"
    # The table: target executions crashes corpus.
    fuzz_execs=$(awk '$1 ~ /^fuzz_/ && $2 ~ /^[0-9]+$/ { s += $2; n++ } END { printf "%d executions over %d targets, %s s each", s, n, ENVIRON["RK_FUZZ_SECONDS"] ? ENVIRON["RK_FUZZ_SECONDS"] : 20 }' "$tmp/fuzz.log")
    arts=$(ls "$tmp/fuzz/artifacts" 2>/dev/null)
    fuzz_crashes=$(printf '%s\n' "$arts" | grep -cE -- '-(crash|leak|oom)-' || true)
    fuzz_hangs=$(printf '%s\n' "$arts" | grep -cE -- '-(timeout|slow-unit)-' || true)
    [ $fuzz_rc -ne 2 ] || fuzz_execs="run_fuzz.sh refused: $(head -1 "$tmp/fuzz.log")"
else
    echo "  fuzz build not given (second argument; build it with: cmake --preset fuzz && cmake --build --preset fuzz)"
fi
echo

# --- Summary ------------------------------------------------------------------------------
data_files=$(find "$src/tests/data" -type f | wc -l)
reader_files=$(find "$src/tests/data/io" "$src/tests/data/model" -type f 2>/dev/null | wc -l)
seed_files=$(find "$src"/tests/fuzz/corpus_* -type f 2>/dev/null | wc -l)
generated=$(sed -nE 's/^input limits: ([0-9]+) generated inputs.*/\1/p' <<<"$limits_line")
limit_crashes=$(sed -nE 's/.*crashes ([0-9]+).*/\1/p' <<<"$limits_line")
limit_hangs=$(sed -nE 's/.*hangs ([0-9]+).*/\1/p' <<<"$limits_line")
echo "================ figures (issue 9) ================"
figure "inputs tried" "$data_files test data files ($reader_files reader/loader corpus files, valid and malformed) + ${generated:-?} generated hostile inputs + $seed_files committed fuzz seeds" \
    "find tests/data, tests/fuzz/corpus_*; input_limits_test.sh"
figure "fuzz executions" "$fuzz_execs" "tests/fuzz/run_fuzz.sh"
figure "crashes" "input limits: ${limit_crashes:-?}; fuzzing: $fuzz_crashes" \
    "input_limits_test.sh (exit >= 128 or sanitizer report); fuzz artifacts crash-/leak-/oom-"
figure "hangs" "input limits: ${limit_hangs:-?} (limit 120 s per run, 420 s for the 200 MB GEXF attribute); fuzzing: $fuzz_hangs" \
    "input_limits_test.sh (timeout); fuzz artifacts timeout-/slow-unit- (-timeout=20)"
figure "bytes lost (SIGKILL during save)" "${kill_line:-test_reliability not run}" "test_reliability SaveKill.FileIsAlwaysExactlyOldOrNew"
figure "bytes lost (fault injection)" "${fault_line:-test_reliability not run}" "test_reliability SaveFaults"
figure "seconds of work lost on crash" "$recovery" "tests/gui/crash_recovery.sh"
figure "peak memory" "${scale_line:-scale test printed no figures}" "scale_test.sh"
figure "peak memory (hostile inputs)" "$(sed -nE 's/.*(peak RSS [0-9]+ MB \([^)]*\)).*/\1/p' <<<"$limits_line")" "input_limits_test.sh"
exit $status
