#!/usr/bin/python3
"""Compare Regiekaart's own layouts with Graphviz sfdp and neato: stress and time.

Runs the Google Benchmark binary `bench_layout` (tests/bench/bench_layout.cpp), which lays
out the same seeded 1k, 10k and 100k node graphs with the own stress layout, ForceAtlas2,
and Graphviz sfdp/neato through the C API in one process, and measures normalised stress
(sampled from 64 BFS sources beyond 2000 nodes). Prints a table with ratios own/sfdp and
own/neato (below 1 = own is better or faster), and ForceAtlas2 iterations per second at
100k nodes (the live layout's frame budget).

Usage: tests/bench/compare_graphviz_layout.py [--bench PATH] [--quick]
  --quick  leaves out the 100k graphs (sfdp alone takes minutes there on 2 cores)
Times are wall-clock and CPU seconds of the whole layout call; on a shared machine the CPU
column is the fairer comparison for single-threaded engines (Graphviz, stress).
"""
import argparse
import glob
import json
import os
import subprocess
import sys


def find_bench(root):
    for pattern in ("build/*/tests/bench_layout", "build/tests/bench_layout"):
        hits = sorted(glob.glob(os.path.join(root, pattern)), key=os.path.getmtime, reverse=True)
        if hits:
            return hits[0]
    return None


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", help="path to bench_layout (default: newest build/*/tests/bench_layout)")
    ap.add_argument("--quick", action="store_true", help="skip the 100k node graphs")
    args = ap.parse_args()
    bench = args.bench or find_bench(root)
    if not bench or not os.path.exists(bench):
        print("bench_layout not found; build it: ninja -C build/<dir> bench_layout", file=sys.stderr)
        return 2
    flt = "/(1000|10000)/" if args.quick else "."
    proc = subprocess.run([bench, "--benchmark_format=json", "--benchmark_filter=" + flt],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return 1
    data = json.loads(proc.stdout)
    rows = {}
    it_per_s = None
    for b in data["benchmarks"]:
        name = b["name"].split("/")
        engine, size = name[0].replace("BM_", ""), int(name[1])
        if engine == "ForceAtlas2Iteration":
            it_per_s = (size, b.get("it_per_s"))
            continue
        if "error_message" in b:
            rows[(engine, size)] = None
            continue
        unit = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9, "s": 1.0}[b.get("time_unit", "ns")]
        rows[(engine, size)] = (b["real_time"] * unit, b["cpu_time"] * unit, b["stress"])

    ctx = data.get("context", {})
    print(f"machine: {ctx.get('host_name', '?')}, {ctx.get('num_cpus', '?')} CPUs, "
          f"{ctx.get('mhz_per_cpu', '?')} MHz, load {ctx.get('load_avg', '?')}")
    print(f"{'nodes':>7} {'engine':<12} {'wall s':>8} {'cpu s':>8} {'stress':>8} "
          f"{'stress/sfdp':>12} {'cpu/sfdp':>9} {'stress/neato':>13}")
    sizes = sorted({s for (_, s) in rows})
    for size in sizes:
        sfdp = rows.get(("Sfdp", size))
        neato = rows.get(("Neato", size))
        for engine in ("Stress", "ForceAtlas2", "Sfdp", "Neato"):
            r = rows.get((engine, size))
            if r is None:
                continue
            wall, cpu, stress = r
            ratio = f"{stress / sfdp[2]:.3f}" if sfdp else "-"
            tratio = f"{cpu / sfdp[1]:.3f}" if sfdp else "-"
            nratio = f"{stress / neato[2]:.3f}" if neato else "-"
            print(f"{size:>7} {engine:<12} {wall:>8.2f} {cpu:>8.2f} {stress:>8.4f} "
                  f"{ratio:>12} {tratio:>9} {nratio:>13}")
    if it_per_s:
        print(f"ForceAtlas2 live layout at {it_per_s[0]} nodes: {it_per_s[1]:.1f} iterations/s "
              f"(goal >= 10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
