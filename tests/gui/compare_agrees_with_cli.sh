#!/usr/bin/env bash
# CLI and GUI agree on the numbers (issue 7): `regiekaart compare --format json` and the
# comparison window on the VTH sample case give the same index, distance and rank rows. The
# window writes its tables as it shows them, plus the values behind them at full precision,
# through --dump compare=FILE; every shared row must agree in both.
source "$(dirname "$0")/common.bash"
CASE="$SRC/assets/cases/vth-stelsel.regie.json"
[ -f "$CASE" ] || fail "no VTH sample"

"$EXE" compare "$CASE" --before voor-2020 --after ibp-2022 --format json >"$WORK/cli.json" \
    2>"$WORK/cli.err" || fail "regiekaart compare: $(cat "$WORK/cli.err")"

start_xvfb
start_app "$CASE" --lang en --run-action compare --dump "compare=$WORK/gui.tsv" \
    --recovery-dir "$WORK/recovery"
# The comparison is a background job (999 QAP permutations, two analyses): up to two minutes
# on a loaded machine.
for _ in $(seq 1200); do
    if [ -s "$WORK/gui.tsv" ]; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || fail "the program exited before the comparison"
    sleep 0.1
done
[ -s "$WORK/gui.tsv" ] || fail "the window wrote no table"
stop_app

/usr/bin/python3 - "$WORK/cli.json" "$WORK/gui.tsv" <<'PY' || fail "CLI and GUI disagree"
import json, math, sys

cli = json.load(open(sys.argv[1]))
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[2], encoding="utf-8")]


def shown(v):  # the window's number_text(): %.3g, undefined as n/a
    return "n/a" if v is None else "%.3g" % v


def same(raw, v):  # full-precision value behind a cell; JSON null is NaN
    x = float(raw)
    return math.isnan(x) if v is None else x == v


gui_index = {r[1]: r for r in rows if r[0] == "index"}
cli_index = {r["key"]: r for r in cli["indices"]}
assert len(cli_index) > 50, len(cli_index)
assert gui_index.keys() == cli_index.keys(), set(gui_index) ^ set(cli_index)
changed = 0
for key, c in cli_index.items():
    g = gui_index[key]
    for i, field in enumerate(("before", "after", "delta")):
        assert g[2 + i] == shown(c[field]), (key, field, g[2 + i], c[field])
        assert same(g[5 + i], c[field]), (key, field, g[5 + i], c[field])
    changed += c["delta"] not in (None, 0)
assert changed >= 10, f"only {changed} rows changed: the comparison looks empty"

gui_dist = {r[1]: r for r in rows if r[0] == "distance"}
assert gui_dist.keys() == {d["scope"] for d in cli["distances"]}
for c in cli["distances"]:
    g = gui_dist[c["scope"]]
    counts = [str(c[f]) for f in ("before_ties", "after_ties", "added", "removed", "internalised")]
    assert g[2:7] == counts, (c["scope"], g[2:7], counts)
    assert g[7] == shown(c["jaccard"]) and g[8] == str(c["hamming"]), (c["scope"], g)
    assert g[9] == f"{shown(c['qap_r'])} ({shown(c['qap_p'])})", (c["scope"], g[9])
    for raw, field in zip(g[10:13], ("jaccard", "qap_r", "qap_p")):
        assert same(raw, c[field]), (c["scope"], field, raw, c[field])

rank_text = lambda v: "-" if v is None else str(v)
gui_ranks = [(r[1], r[2], r[3], r[4]) for r in rows if r[0] == "rank"]
cli_ranks = [(c["class"], c["label"], rank_text(c["before_rank"]), rank_text(c["after_rank"]))
             for c in cli["ranks"]]
assert cli_ranks and gui_ranks == cli_ranks, (gui_ranks, cli_ranks)
print(f"agree: {len(cli_index)} index rows ({changed} changed), "
      f"{len(gui_dist)} distance rows, {len(gui_ranks)} rank rows")
PY
echo "ok: the comparison window shows the numbers of regiekaart compare"
