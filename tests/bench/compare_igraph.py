#!/usr/bin/python3
"""Times `regiekaart analyze` against python-igraph on Barabasi-Albert graphs (m = 3).

    /usr/bin/python3 tests/bench/compare_igraph.py BUILD/app/regiekaart [--sizes 10000,100000]
                                                   [--threads 2] [--repeat 1]

Both run on the same machine in the same invocation, one after the other. For each size the
script writes the graph as an edge list (`u v` per line, string ids), then times
  - regiekaart: the whole command (read the file, analyse, write JSON), once per metric and
    once for all three: `analyze FILE --metrics M --format json -o OUT --threads T`;
  - igraph 0.10 (C core, one thread): the call alone on a graph already in memory
    (Graph.betweenness(), Graph.closeness(), Graph.pagerank(damping=0.85)).
It prints seconds and two ratios regiekaart / igraph (time over time: below 1, regiekaart is
faster; issue 18 states its goals this way):
  - engine: regiekaart's engine time (`--timing`: analysis only, which also computes the
    network basics: components, F, articulation points, bridges) against the igraph call;
  - command: the whole regiekaart command (read, analyse, write JSON) against igraph
    reading the same file (Graph.Read_Ncol) plus the call. Each row ends with the goal for
    this ratio (GOALS below, BA n=10k) and whether it is met, and the load average when the
    row was measured (the machine is shared: repeat with --repeat to see how stable it is).
With --repeat N each side's time is its best of N: the fastest whole command and, separately,
the fastest engine time for regiekaart; the fastest Read_Ncol and the fastest call for igraph.
It also checks that the values agree (betweenness, closeness on the connected BA graph,
pagerank).

Loading and import rows (issue 18), ratio = regiekaart / peer (below 1: regiekaart is faster):
  - load: `regiekaart info` of the 50,000-actor, 250,000-relation case written by
    tests/reliability/make_large_case.py, against Python's json.load of the same file, both
    as whole processes under /usr/bin/time (wall seconds and peak memory); goal: time ratio
    <= 1.0 and our peak memory <= 4x the file;
  - import: the whole `analyze FILE --metrics pagerank` on the BA n=10,000 graph written as
    an edge list, as GraphML and as the CSV pair (relations + actors), against igraph reading
    the same file (Read_Ncol, Read_GraphML, csv module + Graph.DictList) plus its PageRank,
    in this process; goal: ratio <= 1.5.
  Each of these rows runs both sides --repeat times, interleaved (ours, peer, ours, ...), so
  both see the same machine; it prints the median of each side, every run, and the range
  of the 1-minute load average over the row. Skip them with --no-load-rows, run only them with --only-load-rows; --load-case FILE
  reuses a generated case.
"""
import argparse
import csv
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

import igraph as ig


# Goals of issue 18 for the whole command against igraph read + call (ratio = our time /
# igraph's time), on BA n=10k, m=3, 2 threads.
GOALS = {"betweenness": 0.25, "closeness": 0.35, "pagerank": 1.0}


def load():
    return os.getloadavg()[0]


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def run_regiekaart(exe, path, metrics, threads, out):
    """Returns (whole command in s, engine only in s from --timing)."""
    cmd = [exe, "analyze", path, "--metrics", metrics, "--format", "json", "-o", out,
           "--threads", str(threads), "--timing"]
    seconds, proc = timed(lambda: subprocess.run(cmd, capture_output=True, text=True))
    if proc.returncode != 0:
        sys.exit(f"regiekaart failed ({proc.returncode}): {proc.stderr}")
    engine = float(re.search(r"analysis: ([0-9.e+-]+) s", proc.stderr).group(1))
    return seconds, engine


def best_runs(runs):
    """(fastest whole command, fastest engine) over runs of (command s, engine s)."""
    return min(r[0] for r in runs), min(r[1] for r in runs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("regiekaart")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs per timing")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--quadratic-max", type=int, default=20000,
                    help="above this many nodes, skip betweenness and closeness (O(n m): on a "
                         "loaded 2-core machine igraph needs hours at 100k); 0 = never skip")
    ap.add_argument("--no-load-rows", action="store_true",
                    help="skip the loading and import rows")
    ap.add_argument("--load-case", help="the 50k case to load (default: generate it)")
    ap.add_argument("--only-load-rows", action="store_true",
                    help="only the loading and import rows")
    args = ap.parse_args()
    if args.only_load_rows:
        tmp = tempfile.mkdtemp(prefix="rk_compare_")
        print(f"machine: {os.cpu_count()} logical CPUs, load average {os.getloadavg()[0]:.1f}; "
              f"igraph {ig.__version__}")
        load_rows(args, tmp)
        import_rows(args, tmp)
        return
    tmp = tempfile.mkdtemp(prefix="rk_compare_")
    print(f"machine: {os.cpu_count()} logical CPUs, load average {os.getloadavg()[0]:.1f}; "
          f"regiekaart --threads {args.threads}; igraph {ig.__version__} (one thread)")
    for n in (int(s) for s in args.sizes.split(",")):
        random.seed(args.seed)  # python-igraph draws from Python's random module
        g = ig.Graph.Barabasi(n, 3)
        path = os.path.join(tmp, f"ba_{n}.edges")
        with open(path, "w") as f:
            for u, v in g.get_edgelist():
                f.write(f"n{u} n{v}\n")
        out = os.path.join(tmp, f"ba_{n}.json")
        print(f"\nBarabasi-Albert n={n}, m=3: {g.ecount()} edges")
        # Best of --repeat on both sides: our command and engine times below are minima too.
        read_s = min(timed(lambda: ig.Graph.Read_Ncol(path, directed=False))[0]
                     for _ in range(args.repeat))
        print(f"igraph Read_Ncol of the edge list: {read_s:.3f} s (best of {args.repeat})")
        print(f"{'metric':<12} {'rk engine s':>12} {'igraph s':>10} {'rk/ig':>7}   "
              f"{'rk command s':>13} {'igraph+read s':>14} {'rk/ig':>7} {'goal':>6}  "
              f"{'met':<4} {'load':>5}")

        def row(label, ours, best):
            (cmd_s, eng_s) = ours
            ratio = cmd_s / (best + read_s)
            goal = GOALS.get(label)
            verdict = "" if goal is None else ("yes" if ratio <= goal else "NO")
            goal_text = "" if goal is None else f"{goal:.2f}"
            print(f"{label:<12} {eng_s:12.3f} {best:10.3f} {eng_s / best:7.3f}   "
                  f"{cmd_s:13.3f} {best + read_s:14.3f} {ratio:7.3f} {goal_text:>6}  "
                  f"{verdict:<4} {load():5.1f}", flush=True)
        igraph_calls = {
            "betweenness": lambda: g.betweenness(),
            "closeness": lambda: g.closeness(),
            "pagerank": lambda: g.pagerank(damping=0.85),
        }
        if args.quadratic_max and n > args.quadratic_max:
            print(f"(betweenness and closeness skipped above --quadratic-max "
                  f"{args.quadratic_max}: O(n m) each)")
            del igraph_calls["betweenness"], igraph_calls["closeness"]
        igraph_values, total_ig = {}, 0.0
        for metric, call in igraph_calls.items():
            ours = best_runs([run_regiekaart(args.regiekaart, path, metric, args.threads, out)
                              for _ in range(args.repeat)])
            best = None
            for _ in range(args.repeat):
                seconds, values = timed(call)
                best = seconds if best is None else min(best, seconds)
            igraph_values[metric] = values
            total_ig += best
            row(metric, ours, best)
        metrics = ",".join(igraph_calls)
        ours_all = best_runs([run_regiekaart(args.regiekaart, path, metrics, args.threads, out)
                              for _ in range(args.repeat)])
        if len(igraph_calls) > 1:
            row("all three", ours_all, total_ig)
        with open(out) as f:
            actors = {a["id"]: a for a in json.load(f)["actors"]}
        worst = 0.0
        for metric, values in igraph_values.items():
            for v, expected in enumerate(values):
                got = actors[f"n{v}"][metric]
                worst = max(worst, abs(got - expected) / max(1.0, abs(expected)))
        print(f"largest relative difference from igraph: {worst:.2e}")
    if not args.no_load_rows:
        load_rows(args, tmp)
        import_rows(args, tmp)


def time_process(cmd):
    """Runs cmd under /usr/bin/time -v: (wall seconds, peak resident memory in bytes)."""
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([0-9.]+)",
                     proc.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    return seconds, peak_kb * 1024


def load_rows(args, tmp):
    """Loading the native format: our `info` against Python's json.load, whole processes."""
    path = args.load_case
    if not path:
        path = os.path.join(tmp, "large.regie.json")
        maker = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reliability",
                             "make_large_case.py")
        subprocess.run([sys.executable, maker, path], check=True)
    size = os.path.getsize(path)
    loader = "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"
    # Interleaved: each repeat runs ours and then the peer, so both see the same load.
    ours, peer, load_seen = [], [], [load()]
    for _ in range(args.repeat):
        ours.append(time_process([args.regiekaart, "info", path]))
        peer.append(time_process([sys.executable, "-c", loader, path]))
        load_seen.append(load())
    ours_s, peer_s = median(t for t, _ in ours), median(t for t, _ in peer)
    ours_mem, peer_mem = median(m for _, m in ours), median(m for _, m in peer)
    mb = 1024 * 1024
    print(f"\nLoading {os.path.basename(path)}: {size / mb:.1f} MiB; median of {args.repeat} "
          f"interleaved runs per side")
    print(f"{'what':<28} {'rk s':>7} {'peer s':>7} {'ratio':>6} {'goal':>6}   "
          f"{'rk MiB':>7} {'peer MiB':>8} {'rk/file':>7} {'goal':>5}  {'met':<7} {'load':>9}")
    met = "/".join("yes" if ok else "NO" for ok in (ours_s <= peer_s, ours_mem <= 4 * size))
    print(f"{'info vs json.load':<28} {ours_s:7.3f} {peer_s:7.3f} {ours_s / peer_s:6.2f} "
          f"{'<=1.0':>6}   {ours_mem / mb:7.1f} {peer_mem / mb:8.1f} {ours_mem / size:7.2f} "
          f"{'<=4':>5}  {met:<7} {load_range(load_seen):>9}")
    print(f"  each run, rk s / peer s: {spread(ours, peer)}; rk peak/file: "
          f"{', '.join(f'{m / size:.2f}' for _, m in ours)}")


def median(values):
    return statistics.median(list(values))


def load_range(seen):
    """The 1-minute load average over a row, as low-high."""
    return f"{min(seen):.1f}-{max(seen):.1f}"


def spread(ours, peer):
    return ", ".join(f"{o[0]:.3f}/{p[0]:.3f}" for o, p in zip(ours, peer))


def write_graph_files(g, tmp):
    """The BA graph as GraphML and as the CSV pair (relations.csv + relations.actors.csv)."""
    g.vs["name"] = [f"n{v}" for v in range(g.vcount())]
    graphml = os.path.join(tmp, "ba.graphml")
    g.write_graphml(graphml)
    relations = os.path.join(tmp, "relations.csv")
    with open(relations, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target"])
        for u, v in g.get_edgelist():
            w.writerow([f"n{u}", f"n{v}"])
    with open(os.path.join(tmp, "relations.actors.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name"])
        for v in range(g.vcount()):
            w.writerow([f"n{v}", f"Organisatie {v}"])
    return graphml, relations


def igraph_read_csv(relations):
    actors = relations[:-len(".csv")] + ".actors.csv"
    with open(actors, newline="") as f:
        vertices = [dict(row, name=row["id"]) for row in csv.DictReader(f)]
    with open(relations, newline="") as f:
        edges = list(csv.DictReader(f))
    return ig.Graph.DictList(vertices, edges, directed=False, vertex_name_attr="name",
                             edge_foreign_keys=("source", "target"))


def import_rows(args, tmp):
    """Whole `analyze --metrics pagerank` against igraph's read plus PageRank."""
    n = 10000
    random.seed(args.seed)
    g = ig.Graph.Barabasi(n, 3)
    edges = os.path.join(tmp, f"ba_{n}.edges")
    with open(edges, "w") as f:
        for u, v in g.get_edgelist():
            f.write(f"n{u} n{v}\n")
    graphml, relations = write_graph_files(g, tmp)
    out = os.path.join(tmp, "import.json")
    readers = [
        ("edge list", edges, lambda: ig.Graph.Read_Ncol(edges, directed=False)),
        ("GraphML", graphml, lambda: ig.Graph.Read_GraphML(graphml)),
        ("CSV pair", relations, lambda: igraph_read_csv(relations)),
    ]
    print(f"\nImport, Barabasi-Albert n={n}, m=3: whole `analyze --metrics pagerank` against "
          f"igraph read + pagerank; median of {args.repeat} interleaved runs per side")
    print(f"{'format':<12} {'rk command s':>13} {'igraph s':>9} {'ratio':>6} {'goal':>6}  "
          f"{'met':<4} {'load':>9}  each run (rk/igraph)")
    for label, path, read in readers:
        ours, peer, load_seen = [], [], [load()]
        for _ in range(args.repeat):
            ours.append(run_regiekaart(args.regiekaart, path, "pagerank", args.threads, out)[0])
            peer.append(timed(lambda: read().pagerank(damping=0.85))[0])
            load_seen.append(load())
        ratio = median(ours) / median(peer)
        runs = ", ".join(f"{o:.3f}/{p:.3f}" for o, p in zip(ours, peer))
        print(f"{label:<12} {median(ours):13.3f} {median(peer):9.3f} {ratio:6.2f} {'<=1.5':>6}  "
              f"{'yes' if ratio <= 1.5 else 'NO':<4} {load_range(load_seen):>9}  {runs}",
              flush=True)

if __name__ == "__main__":
    main()
