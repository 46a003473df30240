#!/usr/bin/env python3
"""Old binary against new, interleaved in one run: whole-command wall time and the engine
time that `analyze --timing` prints, for `analyze FILE --metrics M --format json -o OUT`.

Usage: interleave_analyze.py OLD NEW FILE [--runs 31] [--metrics pagerank] [--threads 2]

Runs alternate (old, new / new, old) so that load changes hit both sides alike; the medians
are printed with the load average. On a shared machine compare only numbers of one run.
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("file")
    ap.add_argument("--runs", type=int, default=31)
    ap.add_argument("--metrics", default="pagerank")
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.json")
        command = ["analyze", a.file, "--metrics", a.metrics, "--format", "json", "-o", out,
                   "--threads", str(a.threads), "--timing"]
        wall = {a.old: [], a.new: []}
        engine = {a.old: [], a.new: []}
        load_before = os.getloadavg()[0]
        for i in range(a.runs):
            for binary in (a.old, a.new) if i % 2 == 0 else (a.new, a.old):
                started = time.perf_counter()
                p = subprocess.run([binary] + command, capture_output=True, text=True)
                wall[binary].append(time.perf_counter() - started)
                if p.returncode != 0:
                    raise SystemExit(f"{binary} failed ({p.returncode}): {p.stderr}")
                engine[binary].append(float(p.stderr.split("analysis: ")[1].split()[0]))
        load_after = os.getloadavg()[0]
    print(f"analyze {a.file} --metrics {a.metrics} --threads {a.threads}; {a.runs} runs each, "
          f"interleaved; load average {load_before:.1f}-{load_after:.1f}")
    for label, binary in (("old", a.old), ("new", a.new)):
        print(f"{label} {binary}: whole median {statistics.median(wall[binary]) * 1000:.1f} ms "
              f"(min {min(wall[binary]) * 1000:.1f}), engine median "
              f"{statistics.median(engine[binary]) * 1000:.2f} ms "
              f"(min {min(engine[binary]) * 1000:.2f})")


if __name__ == "__main__":
    main()
