# Shared helpers for the reliability scripts (sourced, not a test itself).
# Every run goes through /usr/bin/time (wall seconds and peak RSS, which the kernel reports
# for the whole process tree under `timeout`) and `timeout` (a hang is exit 124).

fail() { echo "FAIL: $*" >&2; exit 1; }

# Names of the subcommands this build of regiekaart offers (from `regiekaart --help`).
# A GUI build opens a window for an unknown word, so never probe a command by running it.
rk_has_command() {  # rk_has_command EXE NAME
    "$1" --help 2>/dev/null | grep -qE "^  $2 "
}

# run_bounded LIMIT_S PREFIX CMD...: runs CMD with stdout/stderr in PREFIX.out/.err.
# Sets RB_RC (exit status), RB_SECS (wall seconds), RB_KB (peak RSS in KiB) and RB_CPU
# (user + system CPU seconds: on a loaded machine the wall time is mostly waiting).
run_bounded() {
    local limit=$1 prefix=$2 user sys
    shift 2
    /usr/bin/time -f "%e %M %U %S" -o "$prefix.time" timeout "$limit" "$@" >"$prefix.out" 2>"$prefix.err"
    RB_RC=$?
    RB_SECS=0 RB_KB=0 user=0 sys=0
    read -r RB_SECS RB_KB user sys < <(tail -n 1 "$prefix.time") || true
    RB_CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
}

# True when the last run crashed: killed by a signal, timed out, could not start, or a
# sanitizer spoke (the asan preset runs these scripts too).
rb_crashed() {  # rb_crashed PREFIX
    [ "$RB_RC" -ge 124 ] && return 0
    grep -qE "(Address|Undefined|Leak|Memory|Thread)Sanitizer|runtime error:" "$1.err" "$1.out" && return 0
    return 1
}

mb() { echo $(( $1 / 1024 )); }

# Sanitizer builds (the asan preset runs these scripts too) are several times slower and
# use about three times the memory; the scripts widen their bounds for them.
rk_sanitized() { ldd "$1" 2>/dev/null | grep -qE 'lib(asan|ubsan|tsan)\.'; }
