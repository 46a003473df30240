#!/usr/bin/env bash
# Input limits, end to end through the real executable (issue 9): hostile and oversized
# inputs are refused with exit 1 and a located message naming the limit, in bounded time
# and memory, by every reader and the case loader, through validate, info, analyze (and
# convert when this build has it). The readers' unit tests (tests/unit/io, tests/unit/model)
# check the exact messages on small inputs; this script checks the big ones, the process
# (no signal, no sanitizer report, no hang) and its peak memory.
#
# Inputs, generated into a temporary folder: a gzip bomb renamed to every extension (16 GiB
# when decompressed; must never be decompressed), files over the 512 MiB size limit
# (sparse), a 200 MB label in every format, 10,000-deep nesting (JSON, GraphML, GEXF),
# entity expansion and external entities (GraphML, GEXF), binary garbage, empty files and
# a million-row CSV (accepted: the documented limits are 1,000,000 actors and 5,000,000
# relations; it must finish within 120 s).
#
# Usage: input_limits_test.sh REGIEKAART SOURCE_DIR
# Prints one line per run and a "[figures] input limits:" summary (read by figures.sh).
set -u
exe="$1"
src="$2"
. "$src/tests/reliability/common.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rk-input-limits.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

GIB=$((1024 * 1024))          # in KiB, the unit of /usr/bin/time %M
RSS_BIG=$((3 * GIB / 2))      # 1.5 GiB: bound for inputs of 200 MB (issue: size x small factor)
RSS_SMALL=$((256 * 1024))     # 256 MiB: bound for inputs that must be refused early
LIMIT_S=120                   # a run longer than this is a hang
GEXF_LIMIT_S=420              # see the 200 MB GEXF attribute below
sanitized=0
if rk_sanitized "$exe"; then  # ASan/UBSan: ~3x memory, several times slower
    sanitized=1 RSS_BIG=$((RSS_BIG * 3)) RSS_SMALL=$((RSS_SMALL * 2)) LIMIT_S=$((LIMIT_S * 4))
fi

commands=(validate info analyze)
rk_has_command "$exe" convert && commands+=(convert)

inputs=0 runs=0 refused=0 accepted=0 crashes=0 hangs=0
max_kb=0 max_kb_what="" max_secs=0 max_secs_what=""

ere_escape() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'; }

# run_cmd CMD FILE PREFIX: one run of a subcommand on FILE.
run_cmd() {
    local cmd=$1 file=$2 prefix=$3 limit=${4:-$LIMIT_S}
    rm -f "$tmp/converted.regie.json"
    case "$cmd" in
        validate) run_bounded "$limit" "$prefix" "$exe" validate "$file" ;;
        info) run_bounded "$limit" "$prefix" "$exe" info "$file" ;;
        analyze) run_bounded "$limit" "$prefix" "$exe" analyze "$file" --metrics degree ;;
        convert) run_bounded "$limit" "$prefix" "$exe" convert "$file" "$tmp/converted.regie.json" ;;
    esac
    runs=$((runs + 1))
    if [ "$RB_RC" -eq 124 ]; then
        hangs=$((hangs + 1))
        fail "$cmd $(basename "$file"): no answer within ${limit} s (hang)"
    fi
    if rb_crashed "$prefix"; then
        crashes=$((crashes + 1))
        fail "$cmd $(basename "$file"): crashed (exit $RB_RC): $(head -c 2000 "$prefix.err")"
    fi
    if [ "$RB_KB" -gt "$max_kb" ]; then max_kb=$RB_KB max_kb_what="$cmd $(basename "$file")"; fi
    if awk -v a="$RB_SECS" -v b="$max_secs" 'BEGIN{exit !(a > b)}'; then
        max_secs=$RB_SECS max_secs_what="$cmd $(basename "$file")"
    fi
}

report() {  # report CMD FILE VERDICT PREFIX
    printf '  %-8s %-26s %-8s %7.2f s %7.2f s CPU %5d MB  %s\n' "$1" "$(basename "$2")" "$3" "$RB_SECS" "$RB_CPU" \
        "$(mb "$RB_KB")" "$( (grep -m1 ': error' "$4.err" || head -n1 "$4.out") | sed "s|$tmp/||" | cut -c1-110)"
}

# refuse FILE REGEX RSS_BOUND_KB [CMD...]: every command exits 1 with a message
# "FILE:LINE:COL: error: ..." (or "FILE: error: ..." when NOLINE=1) matching REGEX, within
# the memory bound; convert writes nothing.
refuse() {
    local file=$1 regex=$2 bound=$3
    shift 3
    local cmds=("$@")
    [ ${#cmds[@]} -gt 0 ] || cmds=("${commands[@]}")
    local loc=':[0-9]+:[0-9]+: error: '
    [ "${NOLINE:-0}" = 1 ] && loc='(:[0-9]+:[0-9]+)?: error: '
    local cmd p
    for cmd in "${cmds[@]}"; do
        p="$tmp/run"
        run_cmd "$cmd" "$file" "$p"
        [ "$RB_RC" -eq 1 ] || fail "$cmd $(basename "$file"): exit $RB_RC, expected 1: $(head -c 1000 "$p.err")"
        grep -qE "^$(ere_escape "$file")${loc}.*${regex}" "$p.err" ||
            fail "$cmd $(basename "$file"): no located message matching '$regex': $(head -c 1000 "$p.err")"
        [ "$RB_KB" -lt "$bound" ] ||
            fail "$cmd $(basename "$file"): peak RSS $(mb "$RB_KB") MB, bound $(mb "$bound") MB"
        [ ! -e "$tmp/converted.regie.json" ] || fail "convert wrote output for a refused input"
        refused=$((refused + 1))
        report "$cmd" "$file" refused "$p"
    done
}

new_input() { inputs=$((inputs + 1)); }

# Doubles a file N times by concatenation (fast: no process per copy).
double_file() {  # double_file FILE N
    local i
    for ((i = 0; i < $2; i++)); do cat "$1" "$1" >"$1.2" && mv "$1.2" "$1"; done
}

big_x() { head -c 200000000 /dev/zero | tr '\0' x; }  # a 200 MB label

echo "input limits through: ${commands[*]} ($exe$([ $sanitized = 1 ] && echo ', sanitizer build'))"

# --- gzip bomb: 1,024 gzip members of 16 MiB of spaces each = 16 GiB decompressed, 16 MB
# on disk. Readers must refuse it as not UTF-8 / not the format without inflating it.
echo "gzip bomb (16 GiB decompressed, renamed to each extension):"
head -c $((16 << 20)) /dev/zero | tr '\0' ' ' | gzip -9 >"$tmp/member.gz"
cp "$tmp/member.gz" "$tmp/bomb.gz"
double_file "$tmp/bomb.gz" 10
[ "$(stat -c %s "$tmp/bomb.gz")" -eq $(( $(stat -c %s "$tmp/member.gz") * 1024 )) ] || fail "bomb not built"
for ext in regie.json graphml gexf csv net edges; do
    cp "$tmp/bomb.gz" "$tmp/bomb.$ext"
    new_input
    case $ext in
        regie.json) refuse "$tmp/bomb.$ext" 'invalid UTF-8 byte 0x8B .*the file must be UTF-8' "$RSS_SMALL" ;;
        graphml | gexf) refuse "$tmp/bomb.$ext" 'malformed XML' "$RSS_SMALL" ;;
        csv) refuse "$tmp/bomb.$ext" 'binary file' "$RSS_SMALL" ;;
        *) refuse "$tmp/bomb.$ext" 'invalid UTF-8 byte 0x8B' "$RSS_SMALL" ;;
    esac
    rm -f "$tmp/bomb.$ext"
done
mv "$tmp/bomb.gz" "$tmp/bomb.regie.json.gz"
new_input
NOLINE=1 refuse "$tmp/bomb.regie.json.gz" "unknown file type '\.gz'" "$RSS_SMALL"
rm -f "$tmp/bomb.regie.json.gz" "$tmp/member.gz"

# --- Over the 512 MiB file-size limit: refused before reading (sparse, costs no disk).
echo "600 MiB files (over the 512 MiB limit, refused before reading):"
for ext in regie.json graphml csv; do
    truncate -s 600M "$tmp/huge.$ext"
    new_input
    NOLINE=1 refuse "$tmp/huge.$ext" '629145600 bytes.*536870912' "$RSS_SMALL"
    rm -f "$tmp/huge.$ext"
done

# --- A 200 MB label in every format: refused by the 16 MiB string limit, message naming it.
echo "200 MB label (limit: 16,777,216 bytes per string):"
{ printf '{"format":"regiekaart-case","format_version":1,"id":"c","scenarios":[{"id":"s","actors":[{"id":"a","name":"'; big_x; printf '"}]}]}\n'; } >"$tmp/label.regie.json"
new_input
refuse "$tmp/label.regie.json" 'string longer than 16777216 bytes' "$RSS_BIG"
rm -f "$tmp/label.regie.json"
{ printf '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected"><node id="a"><data key="l">'; big_x; printf '</data></node></graph></graphml>\n'; } >"$tmp/label.graphml"
new_input
refuse "$tmp/label.graphml" 'more than 16777216 bytes' "$RSS_BIG" validate
rm -f "$tmp/label.graphml"
{ printf 'source,target\n"'; big_x; printf '",b\n'; } >"$tmp/label.csv"
new_input
refuse "$tmp/label.csv" 'field of more than 16777216 bytes' "$RSS_BIG" validate
rm -f "$tmp/label.csv"
{ printf '*Vertices 1\n1 "'; big_x; printf '"\n'; } >"$tmp/label.net"
new_input
refuse "$tmp/label.net" 'over the limit of 16777216' "$RSS_BIG" validate
rm -f "$tmp/label.net"
{ big_x; printf ' b\n'; } >"$tmp/label.edges"
new_input
refuse "$tmp/label.edges" 'over the limit of 16777216' "$RSS_BIG" validate
rm -f "$tmp/label.edges"
# GEXF keeps labels in attributes. The XML reader feeds expat 1 MiB at a time, and expat
# rescans an unfinished start tag on every chunk, so a 200 MB attribute costs minutes
# (quadratic; measured ~135 s on the loaded 2-core box). Bounded, so tested with a wider
# time limit and reported; see docs/reliability.md.
# Too slow for a sanitizer build: there it is left to the fuzz targets and unit tests.
if [ $sanitized = 0 ]; then
    { printf '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="'; big_x; printf '"/></nodes></graph></gexf>\n'; } >"$tmp/label.gexf"
    new_input
    LIMIT_S=$GEXF_LIMIT_S refuse "$tmp/label.gexf" 'attribute value of 200000000 bytes is over the limit of 16777216' "$RSS_BIG" validate
    rm -f "$tmp/label.gexf"
else
    echo "  (200 MB GEXF attribute skipped in a sanitizer build: minutes of expat rescanning)"
fi

# --- 10,000-deep nesting: refused at the 64-level limit without overflowing the stack.
echo "10,000-deep nesting (limit: 64 levels):"
/usr/bin/python3 - "$tmp" <<'EOF'
import sys
d, n = sys.argv[1], 10000
open(f"{d}/deep.regie.json", "w").write(
    '{"format":"regiekaart-case","format_version":1,"id":"c","attributes":{"x":'
    + "[" * n + "]" * n + "}}\n")
open(f"{d}/deep-object.regie.json", "w").write('{"a":' * n + "1" + "}" * n + "\n")
open(f"{d}/deep.graphml", "w").write(
    '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
    '<graph edgedefault="undirected">' + "<x>" * n + "</x>" * n + "</graph></graphml>\n")
open(f"{d}/deep.gexf", "w").write(
    '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>'
    + "<node>" * n + "</node>" * n + "</nodes></graph></gexf>\n")
EOF
for f in deep.regie.json deep-object.regie.json; do
    new_input
    refuse "$tmp/$f" 'nesting deeper than 64 levels' "$RSS_SMALL"
done
for f in deep.graphml deep.gexf; do
    new_input
    refuse "$tmp/$f" 'elements nested deeper than 64 levels' "$RSS_SMALL"
done

# --- Entity expansion (billion laughs) and external entities: never expanded or fetched.
echo "entity expansion and external entities:"
lol='<!DOCTYPE g [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
ext='<!DOCTYPE g [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
for kind in lol ext; do
    decl=$lol
    [ $kind = ext ] && decl=$ext
    printf '<?xml version="1.0"?>\n%s\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="&%s;"/></graph></graphml>\n' \
        "$decl" "$([ $kind = lol ] && echo lol9 || echo secret)" >"$tmp/$kind.graphml"
    printf '<?xml version="1.0"?>\n%s\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&%s;"/></nodes></graph></gexf>\n' \
        "$decl" "$([ $kind = lol ] && echo lol9 || echo secret)" >"$tmp/$kind.gexf"
    for f in "$tmp/$kind.graphml" "$tmp/$kind.gexf"; do
        new_input
        refuse "$f" "entity declaration '(lol|secret)' refused: entities are not expanded" "$RSS_SMALL"
        ! grep -q 'root:' "$tmp/run.out" "$tmp/run.err" || fail "$f: /etc/passwd leaked"
    done
done

# --- Binary garbage (deterministic) and NUL bytes in every format.
echo "binary garbage (1 MiB, seeded) and 1 MiB of NUL bytes:"
/usr/bin/python3 -c "
import random, sys
open(sys.argv[1], 'wb').write(random.Random(9).randbytes(1 << 20))
open(sys.argv[2], 'wb').write(bytes(1 << 20))" "$tmp/garbage.bin" "$tmp/nul.bin"
for base in garbage nul; do
    for ext in regie.json graphml gexf csv net edges; do
        cp "$tmp/$base.bin" "$tmp/$base.$ext"
        new_input
        refuse "$tmp/$base.$ext" '.' "$RSS_SMALL" validate
    done
done

# --- Empty files: refused with a message saying so, except an edge list, which is an
# empty network by definition (docs/interop.md).
echo "empty files:"
for ext in regie.json graphml gexf csv net; do
    : >"$tmp/empty.$ext"
    new_input
    refuse "$tmp/empty.$ext" '[Ee]mpty' "$RSS_SMALL" validate
done
: >"$tmp/empty.edges"
new_input
run_cmd validate "$tmp/empty.edges" "$tmp/run"
[ "$RB_RC" -eq 0 ] || fail "empty edge list: exit $RB_RC"
grep -qF "empty.edges: ok (1 scenario, 0 actors, 0 relations)" "$tmp/run.out" || fail "empty edge list: $(cat "$tmp/run.out")"
accepted=$((accepted + 1))
report validate "$tmp/empty.edges" accepted "$tmp/run"

# --- A million-row CSV: 1,000,000 distinct relations among 200,000 actors. Within the
# documented limits, so it must be read completely, in bounded time.
echo "million-row CSV (limits: 1,000,000 actors, 5,000,000 relations):"
awk 'BEGIN { print "source,target";
             for (i = 0; i < 1000000; i++) printf "a%d,a%d\n", i % 200000, (i + 1 + int(i / 200000) * 37) % 200000 }' >"$tmp/million.csv"
new_input
run_cmd validate "$tmp/million.csv" "$tmp/run"
if [ "$RB_RC" -eq 0 ]; then
    grep -qF "million.csv: ok (1 scenario, 200000 actors, 1000000 relations)" "$tmp/run.out" ||
        fail "million-row CSV: wrong counts: $(cat "$tmp/run.out")"
    accepted=$((accepted + 1))
    report validate "$tmp/million.csv" accepted "$tmp/run"
else
    [ "$RB_RC" -eq 1 ] && grep -qE 'million\.csv:[0-9]+:[0-9]+: error: more than [0-9]+ (rows|cells)' "$tmp/run.err" ||
        fail "million-row CSV: exit $RB_RC without a documented limit: $(head -c 1000 "$tmp/run.err")"
    refused=$((refused + 1))
    report validate "$tmp/million.csv" refused "$tmp/run"
fi
[ "$RB_KB" -lt "$RSS_BIG" ] || fail "million-row CSV: peak RSS $(mb "$RB_KB") MB"

echo "[figures] input limits: $inputs generated inputs, $runs runs ($refused refused with a located message, $accepted accepted), crashes $crashes, hangs $hangs; peak RSS $(mb "$max_kb") MB ($max_kb_what); slowest $max_secs s ($max_secs_what)"
echo "input_limits: ok"
