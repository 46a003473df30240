#!/usr/bin/python3
"""Reads every corpus file twice: with an independent parser (networkx, igraph, Graphviz's
`gc`, Python's csv module) and with Regiekaart (`regiekaart convert FILE OUT.regie.json`),
and compares actors, relations, direction and the attribute values each class is about.

    /usr/bin/python3 check_corpus.py path/to/regiekaart

Prints one line per file (format, file, the independent counts, ours, ok/FAIL) and a
summary per format; exits 1 on any difference. Run by tests/integration/io_corpus.sh.
Where the independent parser cannot read a class at all (networkx knows no GEXF 1.0 and
no malformed viz namespace; nothing reads a .paj project whole), the rewrite that lets it
read the file is stated next to the file below and touches nothing that is compared.
"""
import codecs
import csv
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


class Net:
    """What a parser read: counts and the values a check compares."""

    def __init__(self, actors, relations, directed, names=None, weights=None, positions=None,
                 attrs=None, name=None):
        self.actors = actors
        self.relations = relations
        self.directed = directed  # number of directed relations
        self.names = names  # sorted actor names (or ids)
        self.weights = weights  # sorted relation weights
        self.positions = positions  # {actor name: (x, y)}
        self.attrs = attrs  # {(actor name, attribute): value}
        self.name = name

    def counts(self):
        return f"{self.actors} actors, {self.relations} relations ({self.directed} directed)"


def from_networkx(g, label="label", positions=False, attrs=(), weight="weight"):
    names = sorted(str(d.get(label, n)) for n, d in g.nodes(data=True))
    ws = sorted(float(d.get(weight, 1.0)) for _, _, d in g.edges(data=True))
    pos = None
    if positions:
        pos = {str(d.get(label, n)): (d["viz"]["position"]["x"], d["viz"]["position"]["y"])
               for n, d in g.nodes(data=True) if "viz" in d and "position" in d["viz"]}
    av = {(str(d.get(label, n)), a): d[a] for n, d in g.nodes(data=True) for a in attrs if a in d}
    return Net(g.number_of_nodes(), g.number_of_edges(),
               g.number_of_edges() if g.is_directed() else 0, names, ws, pos, av,
               g.graph.get("name"))


def ours(exe, path, scenario=0):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.regie.json")
        r = subprocess.run([exe, "convert", path, out], capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"regiekaart convert failed: {r.stderr.strip()[:500]}")
        case = json.load(open(out, encoding="utf-8"))
    s = case["scenarios"][scenario]
    actors = s.get("actors", [])
    rels = s.get("relations", [])
    by_id = {a["id"]: a.get("name", a["id"]) for a in actors}
    pos = {by_id[k]: (v["x"], v["y"]) for k, v in s.get("positions", {}).items()}
    av = {}
    for a in actors:
        # Custom attributes, and model fields (e.g. "type") where a foreign name maps onto one.
        fields = {k: v for k, v in a.items() if k not in ("id", "name", "attributes")}
        for k, v in {**fields, **a.get("attributes", {})}.items():
            av[(a.get("name", a["id"]), k)] = v
    return Net(len(actors), len(rels), sum(1 for r in rels if r.get("directed")),
               sorted(by_id.values()), sorted(float(r.get("weight", 1.0)) for r in rels), pos,
               av, s.get("name")), len(case["scenarios"])


def close(a, b):
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def compare(ref, got, check):
    """Differences between the independent reading and ours, as text."""
    bad = []
    for k in ("actors", "relations", "directed"):
        if getattr(ref, k) != getattr(got, k):
            bad.append(f"{k}: {getattr(ref, k)} != {getattr(got, k)}")
    if "names" in check and ref.names != got.names:
        bad.append(f"names: {ref.names} != {got.names}")
    if "weights" in check and (len(ref.weights) != len(got.weights) or not all(
            close(a, b) for a, b in zip(ref.weights, got.weights))):
        bad.append(f"weights: {ref.weights} != {got.weights}")
    if "positions" in check:
        if set(ref.positions) != set(got.positions) or not all(
                close(ref.positions[k][0], got.positions[k][0]) and
                close(ref.positions[k][1], got.positions[k][1]) for k in ref.positions):
            bad.append(f"positions: {ref.positions} != {got.positions}")
    if "attrs" in check:
        for key, v in ref.attrs.items():
            g = got.attrs.get(key)
            same = g is not None and (close(v, g) if isinstance(v, (int, float)) and
                                      not isinstance(v, bool) else str(v) == str(g))
            if isinstance(v, bool):
                same = g is v
            if not same:
                bad.append(f"attribute {key}: {v!r} != {g!r}")
    if "name" in check and ref.name != got.name:
        bad.append(f"name: {ref.name!r} != {got.name!r}")
    return bad


def text(rel):
    return open(os.path.join(HERE, rel), encoding="utf-8").read()


# --- independent readings, one per file ------------------------------------------------

def gexf_rewritten(rel, replacements):
    t = text(rel)
    for a, b in replacements:
        t = t.replace(a, b)
    return nx.read_gexf(io.BytesIO(t.encode()), version="1.2draft")


def snap_reference(rel):
    t = text(rel)
    directed = t.startswith("# Directed graph")
    g = nx.read_edgelist(os.path.join(HERE, rel), comments="#", nodetype=str,
                         create_using=nx.MultiDiGraph if directed else nx.MultiGraph)
    # The header is SNAP's own count: it must agree with the parse as well.
    n, m = map(int, re.search(r"# Nodes: (\d+) Edges: (\d+)", t).groups())
    assert (n, m) == (g.number_of_nodes(), g.number_of_edges()), rel
    return from_networkx(g)


def gc_reference(rel):
    out = subprocess.run(["gc", "-n", "-e", os.path.join(HERE, rel)], capture_output=True,
                         text=True, check=True).stdout.split()
    nodes, edges = int(out[0]), int(out[1])
    directed = text(rel).lstrip().startswith(("digraph", "strict digraph"))
    return Net(nodes, edges, edges if directed else 0)


def cp1252_byte(err):
    # Python's own codecs: a byte that is not UTF-8 is read as Windows-1252.
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error("cp1252_byte", cp1252_byte)


def csv_reference(rel, encoding):
    raw = open(os.path.join(HERE, rel), "rb").read()
    t = raw.decode(encoding, errors="cp1252_byte" if encoding == "utf-8-sig" else "strict")
    dialect = csv.Sniffer().sniff(t.splitlines()[0])
    rows = [r for r in csv.reader(io.StringIO(t), delimiter=dialect.delimiter)
            if any(c.strip() for c in r)]
    head = [h.strip().lower() for h in rows[0]]
    src = head.index("bron") if "bron" in head else head.index("source")
    dst = head.index("doel") if "doel" in head else head.index("target")
    w = head.index("gewicht") if "gewicht" in head else head.index("weight")
    g = nx.MultiGraph()

    def number(s):  # Dutch: '.' groups thousands, ',' is the decimal mark
        return float(s.replace(".", "").replace(",", ".")) if "," in s else float(s)

    for r in rows[1:]:
        g.add_edge(r[src], r[dst], weight=number(r[w]) if r[w] else 1.0)
    return from_networkx(g)


def paj_reference(rel):
    """Each *Network of the project read by networkx on its own (the project is cut at its
    *Network/*Partition/*Vector lines); partitions and vectors as one value per line.
    networkx (and igraph) cannot read numbered relation headers (`*Edges :2 "Business"`
    is taken for an edge between "*Edges" and ":2"): they are shortened to `*Edges`."""
    t = open(os.path.join(HERE, rel), encoding="cp1252").read().replace("\r\n", "\n")
    blocks = re.split(r"(?m)^(?=\*(?:Network|Partition|Vector)\b)", t)
    nets, values = [], {}
    for b in blocks:
        head = b.split("\n", 1)[0]
        if head.startswith("*Network"):
            plain = re.sub(r'(?m)^(\*(?:Arcs|Edges))\s+:\d+.*$', r"\1", b)
            g = nx.read_pajek(io.BytesIO(plain.encode()))
            nets.append((head[len("*Network "):], g))
        elif head.startswith(("*Partition", "*Vector")):
            name = re.split(r"[\\/]", head.split(" ", 1)[1])[-1].rsplit(".", 1)[0]
            lines = b.strip().split("\n")[2:]
            values[name] = [float(x) for x in lines]
    out = []
    for name, g in nets:
        net = from_networkx(g, label=None)
        net.name = name
        labels = list(g.nodes)
        net.attrs = {(labels[i], k): v[i] for k, v in values.items()
                     if len(v) == g.number_of_nodes() for i in range(len(v))}
        out.append(net)
    return out


# file -> (format, independent reading, what else to compare)
CASES = [
    ("gexf/gephi06_web_network.gexf", "GEXF",
     # networkx reads only the 1.1/1.2 namespaces and `for`: both renamed for it.
     lambda: from_networkx(gexf_rewritten("gexf/gephi06_web_network.gexf", [
         ('xmlns="http://www.gephi.org/gexf"', 'xmlns="http://www.gexf.net/1.2draft"'),
         ('xmlns:viz="http://www.gephi.org/gexf/viz"',
          'xmlns:viz="http://www.gexf.net/1.2draft/viz"'),
         ('version="1.0"', 'version="1.2"'), ("<attvalue id=", "<attvalue for=")]),
         positions=True, attrs=("url", "indegree", "frog")),
     {"names", "positions", "attrs"}),
    ("gexf/viz_three_slashes.gexf", "GEXF",
     lambda: from_networkx(gexf_rewritten("gexf/viz_three_slashes.gexf", [
         ("http:///www.gexf.net/1.2draft/viz", "http://www.gexf.net/1.2draft/viz")]),
         positions=True), {"names", "weights", "positions"}),
    ("gexf/viz_trailing_slash.gexf", "GEXF",
     lambda: from_networkx(gexf_rewritten("gexf/viz_trailing_slash.gexf", [
         ("http://www.gexf.net/1.2draft/viz/", "http://www.gexf.net/1.2draft/viz")]),
         positions=True), {"names", "weights", "positions"}),
    ("gexf/viz_undeclared_prefix.gexf", "GEXF",
     lambda: from_networkx(gexf_rewritten("gexf/viz_undeclared_prefix.gexf", [
         ("<gexf ", '<gexf xmlns:viz="http://www.gexf.net/1.2draft/viz" ')]),
         positions=True), {"names", "weights", "positions"}),
    ("graphml/igraph_shared_key_ids.graphml", "GraphML",
     lambda: (lambda g: Net(g.vcount(), g.ecount(), g.ecount() if g.is_directed() else 0,
                            sorted(g.vs["name"]), sorted(g.es["weight"]),
                            attrs={(v["name"], "type"): v["type"] for v in g.vs},
                            name=g["name"]))(
         ig.Graph.Read_GraphML(os.path.join(HERE, "graphml/igraph_shared_key_ids.graphml"))),
     {"names", "weights", "attrs", "name"}),
    ("graphml/networkx_multigraph.graphml", "GraphML",
     lambda: from_networkx(nx.read_graphml(os.path.join(HERE,
                                                        "graphml/networkx_multigraph.graphml"))),
     {"names", "weights", "name"}),
    ("pajek/networkx_parallel_arcs.net", "Pajek",
     lambda: from_networkx(nx.read_pajek(os.path.join(HERE, "pajek/networkx_parallel_arcs.net")),
                           label=None), {"names", "weights"}),
    ("pajek/igraph_parallel_arcs.net", "Pajek",
     lambda: (lambda g: Net(g.vcount(), g.ecount(), g.ecount()))(
         ig.Graph.Read_Pajek(os.path.join(HERE, "pajek/igraph_parallel_arcs.net"))), set()),
    ("pajek/arcslist_repeats.net", "Pajek",
     lambda: (lambda g: Net(g.vcount(), g.ecount(), g.ecount(), sorted(g.vs["id"])))(
         ig.Graph.Read_Pajek(os.path.join(HERE, "pajek/arcslist_repeats.net"))), {"names"}),
    ("edgelist/networkx_multigraph.edges", "edge list",
     lambda: from_networkx(nx.read_edgelist(os.path.join(HERE,
                                                         "edgelist/networkx_multigraph.edges"),
                                            create_using=nx.MultiGraph,
                                            data=[("weight", float)])), {"names", "weights"}),
    ("edgelist/snap_directed.txt", "edge list", lambda: snap_reference(
        "edgelist/snap_directed.txt"), {"names"}),
    ("edgelist/snap_undirected.txt", "edge list", lambda: snap_reference(
        "edgelist/snap_undirected.txt"), {"names"}),
    ("dot/graphviz_parallel.gv", "DOT", lambda: gc_reference("dot/graphviz_parallel.gv"), set()),
    ("csv/excel_nl_semicolon.csv", "CSV", lambda: csv_reference(
        "csv/excel_nl_semicolon.csv", "cp1252"), {"names", "weights"}),
    ("csv/quoted_decimal_comma.csv", "CSV", lambda: csv_reference(
        "csv/quoted_decimal_comma.csv", "utf-8-sig"), {"names", "weights"}),
    ("csv/utf8_with_stray_cp1252.csv", "CSV", lambda: csv_reference(
        "csv/utf8_with_stray_cp1252.csv", "utf-8-sig"), {"names", "weights"}),
]


def partition_drives_analysis(exe):
    """The .paj partition must work as `--partition faction` at once, and the analysis must
    merge the parallel marital and business ties: E-I index (Krackhardt & Stern) of the
    simple graph, worked out here with networkx, against `regiekaart analyze`."""
    t = open(os.path.join(HERE, "pajek/padgett_project.paj"), encoding="cp1252").read()
    first = re.split(r"(?m)^(?=\*(?:Network|Partition|Vector)\b)", t.replace("\r\n", "\n"))[1]
    plain = re.sub(r"(?m)^(\*(?:Arcs|Edges))\s+:\d+.*$", r"\1", first)
    simple = nx.Graph(nx.read_pajek(io.BytesIO(plain.encode())))  # parallels merged
    block = t.split("*Partition", 1)[1].replace("\r\n", "\n").strip().split("\n")[2:]
    labels = list(nx.read_pajek(io.BytesIO(plain.encode())).nodes)
    faction = {labels[i]: int(v) for i, v in enumerate(block[:len(labels)])}
    internal = sum(1 for u, v in simple.edges if faction[u] == faction[v])
    external = simple.number_of_edges() - internal
    want = (external - internal) / (external + internal)
    r = subprocess.run([exe, "analyze", os.path.join(HERE, "pajek/padgett_project.paj"),
                        "--partition", "faction", "--format", "json"], capture_output=True,
                       text=True)
    if r.returncode != 0:
        print(f"FAIL analysis  padgett_project.paj --partition faction: {r.stderr[:300]}")
        return False
    got = json.loads(r.stdout)["partitions"][0]
    ok = close(got["ei"], want) and got["internal_ties"] == internal and \
        got["external_ties"] == external
    print(f"{'ok  ' if ok else 'FAIL'} analysis  padgett_project.paj --partition faction: "
          f"E-I {got['ei']:.4f} (networkx on the merged graph: {want:.4f}, "
          f"{internal} internal and {external} external ties)")
    return ok


def main():
    exe = sys.argv[1]
    tried, right = Counter(), Counter()
    failures = 0
    jobs = [(f, fmt, ref, chk, 0) for f, fmt, ref, chk in CASES]
    for k, net in enumerate(paj_reference("pajek/padgett_project.paj")):
        jobs.append(("pajek/padgett_project.paj", "Pajek", lambda net=net: net,
                     {"weights", "attrs"}, k))
    for f, fmt, ref, check, scenario in jobs:
        label = f if scenario == 0 and not f.endswith(".paj") else f"{f} (network {scenario + 1})"
        tried[fmt] += 1
        try:
            want = ref()
            got, _ = ours(exe, os.path.join(HERE, f), scenario)
            bad = compare(want, got, check)
        except Exception as e:  # a refused file is a difference too
            want, got, bad = None, None, [str(e)]
        if bad:
            failures += 1
            print(f"FAIL {fmt:9} {label}: " + "; ".join(bad))
        else:
            right[fmt] += 1
            print(f"ok   {fmt:9} {label}: {want.counts()}")
    if not partition_drives_analysis(exe):
        failures += 1
    print("\nper format: read with the writer's counts / files tried")
    for fmt in tried:
        print(f"  {fmt:9} {right[fmt]}/{tried[fmt]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
