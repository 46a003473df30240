#!/usr/bin/env python3
"""Writes a synthetic but well-formed case with N actors and M relations (default 50,000
and 250,000) for the scale test: preferential attachment inside 40 kokers, a directs layer
from 200 regisseurs, positions on a grid. Deterministic for a given seed."""
import json
import random
import sys

LAYERS = ["collaboration", "information", "funding", "supervision"]
LAAG = ["rijk", "provincie", "gemeente", "waterschap", "regio", "uitvoering", "privaat",
        "maatschappelijk"]


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
    m = int(sys.argv[3]) if len(sys.argv) > 3 else 250_000
    rng = random.Random(42)
    actors = [{"id": f"a{i}", "name": f"Organisatie {i} – Ærø ĳsselë",
               "bestuurslaag": LAAG[i % len(LAAG)], "koker": f"koker-{i % 40}",
               "sector": f"sector-{i % 12}"} for i in range(n)]
    for i in range(0, n, max(1, n // 200)):
        actors[i]["roles"] = ["regisseur"]
    edges = set()
    relations = []
    targets = [0, 1]
    while len(relations) < m:
        u = rng.randrange(n)
        v = rng.choice(targets) if rng.random() < 0.7 else rng.randrange(n)
        if u == v or (u, v) in edges:
            continue
        edges.add((u, v))
        directs = actors[u].get("roles") == ["regisseur"] and rng.random() < 0.5
        rel = {"id": f"r{len(relations)}", "source": f"a{u}", "target": f"a{v}",
               "layer": "directs" if directs else LAYERS[len(relations) % len(LAYERS)]}
        if directs:
            rel["directed"] = True
        if len(relations) % 3 == 0:
            rel["weight"] = round(rng.uniform(0.5, 5.0), 3)
        relations.append(rel)
        targets.extend((u, v))
    side = int(n ** 0.5) + 1
    positions = {f"a{i}": {"x": float((i % side) * 30), "y": float((i // side) * 30)}
                 for i in range(n)}
    case = {"format": "regiekaart-case", "format_version": 1, "id": "schaaltest",
            "title": "Schaaltest (synthetisch)",
            "scenarios": [{"id": "s1", "name": "synthetisch", "actors": actors,
                           "relations": relations, "positions": positions}]}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(case, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
