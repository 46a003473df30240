#!/usr/bin/python3
"""Writes the interop corpus: files the way other tools write them, one class of real-world
failure per file (issue 17). Run from this folder with the system Python:
    /usr/bin/python3 make_corpus.py
It needs python3-networkx, python3-igraph, Graphviz (`dot`) and, for the igraph GraphML
without prefixes, gcc and libigraph-dev. The output is committed; check_corpus.py compares
what Regiekaart reads with what an independent parser reads from the same files.

Files written by a tool here: networkx (GEXF, Pajek, edge list, GraphML), igraph (C
library: GraphML with shared key ids; Python: Pajek), Graphviz (`dot -Tcanon`). Files
written by hand, faithful to the published formats because no tool at hand writes them
any more: GEXF 1.0 (Gephi 0.6), Pajek projects (.paj), SNAP edge lists, Excel CSV.
"""
import os
import subprocess
import tempfile

import igraph as ig
import networkx as nx

os.makedirs("gexf", exist_ok=True)
for d in ("graphml", "pajek", "edgelist", "dot", "csv"):
    os.makedirs(d, exist_ok=True)


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


# --- GEXF: viz elements under a malformed namespace URI ----------------------------------
# networkx writes a directed graph with positions; the viz namespace URI is then changed
# the way broken exporters wrote it (Gephi 0.7 beta: three slashes; others: a trailing
# slash, or no declaration at all). The positions must still be read.
d = nx.DiGraph()
for i, (a, b) in enumerate([("BZK", "Provincie"), ("Provincie", "Leiden"),
                            ("Provincie", "Katwijk"), ("Leiden", "Katwijk")]):
    d.add_edge(a, b, weight=float(i + 1))
for i, n in enumerate(d.nodes):
    d.nodes[n]["viz"] = {"position": {"x": 10.0 * i, "y": -5.0 * i, "z": 0.0}}
with tempfile.TemporaryDirectory() as tmp:
    nx.write_gexf(d, f"{tmp}/viz.gexf")
    text = open(f"{tmp}/viz.gexf", encoding="utf-8").read()
good = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"'
assert good in text
open("gexf/viz_three_slashes.gexf", "w", encoding="utf-8").write(
    text.replace(good, 'xmlns:viz="http:///www.gexf.net/1.2draft/viz"'))
open("gexf/viz_trailing_slash.gexf", "w", encoding="utf-8").write(
    text.replace(good, 'xmlns:viz="http://www.gexf.net/1.2draft/viz/"'))
# ... or used the viz: prefix without declaring it at all.
open("gexf/viz_undeclared_prefix.gexf", "w", encoding="utf-8").write(text.replace(good, ""))

# --- GEXF 1.0 as Gephi 0.6 wrote it (by hand: no tool writes 1.0 any more) ----------------
# The GEXF 1.0 primer's web network: old namespace, attvalue by `id`, edge `cardinal`.
write_bytes("gexf/gephi06_web_network.gexf", b"""<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gephi.org/gexf" xmlns:viz="http://www.gephi.org/gexf/viz" version="1.0">
    <meta lastmodifieddate="2009-03-20">
        <creator>Gephi.org</creator>
        <description>A Web network</description>
    </meta>
    <graph type="static" defaultedgetype="directed">
        <attributes class="node" type="static">
            <attribute id="0" title="url" type="string"/>
            <attribute id="1" title="indegree" type="float"/>
            <attribute id="2" title="frog" type="boolean">
                <default>true</default>
            </attribute>
        </attributes>
        <nodes>
            <node id="0" label="Gephi">
                <attvalues>
                    <attvalue id="0" value="http://gephi.org"/>
                    <attvalue id="1" value="1"/>
                </attvalues>
                <viz:position x="15.783598" y="40.109245" z="0.0"/>
                <viz:color r="239" g="173" b="66"/>
                <viz:size value="2.0375757"/>
            </node>
            <node id="1" label="Webatlas">
                <attvalues>
                    <attvalue id="0" value="http://webatlas.fr"/>
                    <attvalue id="1" value="2"/>
                </attvalues>
                <viz:position x="-16.6" y="2.7" z="0.0"/>
            </node>
            <node id="2" label="RTGI">
                <attvalues>
                    <attvalue id="0" value="http://rtgi.fr"/>
                    <attvalue id="1" value="1"/>
                </attvalues>
                <viz:position x="8.5" y="-31.1" z="0.0"/>
            </node>
            <node id="3" label="BarabasiLab">
                <attvalues>
                    <attvalue id="0" value="http://barabasilab.com"/>
                    <attvalue id="1" value="1"/>
                    <attvalue id="2" value="false"/>
                </attvalues>
                <viz:position x="-40.2" y="12.9" z="0.0"/>
            </node>
        </nodes>
        <edges>
            <edge id="0" source="0" target="1" cardinal="1"/>
            <edge id="1" source="0" target="2" cardinal="1"/>
            <edge id="2" source="1" target="0" cardinal="1"/>
            <edge id="3" source="2" target="1" cardinal="1"/>
            <edge id="4" source="0" target="3" cardinal="1"/>
        </edges>
    </graph>
</gexf>
""")

# --- GraphML: igraph with one key id for a graph and a node attribute --------------------
with tempfile.TemporaryDirectory() as tmp:
    exe = f"{tmp}/noprefix"
    subprocess.run(["gcc", "-O1", "-o", exe, "igraph_graphml_noprefix.c",
                    "-I/usr/include/igraph", "-ligraph"], check=True)
    subprocess.run([exe, "graphml/igraph_shared_key_ids.graphml"], check=True)

# networkx keeps parallel edges of a MultiGraph in GraphML (edge ids 0, 1, ...).
m = nx.MultiGraph(name="parallel relations")
m.add_edge("Gemeente", "Provincie", weight=1.0)
m.add_edge("Gemeente", "Provincie", weight=2.0)
m.add_edge("Provincie", "Rijk", weight=1.0)
m.add_edge("Gemeente", "Rijk", weight=0.5)
m.add_edge("Gemeente", "Rijk", weight=0.5)
nx.write_graphml(m, "graphml/networkx_multigraph.graphml")

# --- Pajek: parallel arcs, written by networkx and igraph ----------------------------------
md = nx.MultiDiGraph()
for a, b in [("a", "b"), ("a", "b"), ("b", "c"), ("c", "a"), ("c", "a"), ("c", "a")]:
    md.add_edge(a, b, weight=1.0)
nx.write_pajek(md, "pajek/networkx_parallel_arcs.net")
ig.Graph([(0, 1), (0, 1), (1, 2), (2, 0)], directed=True).write_pajek(
    "pajek/igraph_parallel_arcs.net")

# --- Edge lists: parallel edges (networkx) and SNAP headers (SNAP's SaveEdgeList layout) ----
nx.write_edgelist(m, "edgelist/networkx_multigraph.edges", data=["weight"])


def snap(path, g, directed, title, description):
    g.remove_nodes_from(list(nx.isolates(g)))  # an edge list cannot hold them
    kind = "Directed" if directed else "Undirected"
    lines = [f"# {kind} graph (each unordered pair of nodes is saved once): {title}",
             f"# {description}",
             f"# Nodes: {g.number_of_nodes()} Edges: {g.number_of_edges()}",
             "# FromNodeId\tToNodeId"]
    lines += [f"{u}\t{v}" for u, v in g.edges()]
    write_bytes(path, ("\n".join(lines) + "\n").encode())


wd = nx.gnp_random_graph(12, 0.2, seed=17, directed=True)
# Reciprocated arcs (u -> v and v -> u) must stay two relations when read as directed.
snap("edgelist/snap_directed.txt", wd, True, "Wiki-Vote-sample.txt",
     "Sample in the layout of SNAP's Wiki-Vote: directed edge A->B means A voted on B.")
snap("edgelist/snap_undirected.txt", nx.gnp_random_graph(10, 0.3, seed=4), False,
     "CA-sample.txt", "Sample in the layout of SNAP's collaboration networks.")

# --- DOT: parallel edges, written by Graphviz itself -------------------------------------
src = b"""digraph regie {
  bzk -> prov [weight=2]; bzk -> prov [weight=3]; prov -> gem; gem -> prov;
  prov -> gem [label="tweede"]; gem [label="Gemeente"];
}
"""
out = subprocess.run(["dot", "-Tcanon"], input=src, capture_output=True, check=True).stdout
write_bytes("dot/graphviz_parallel.gv", out)

# --- Pajek project (.paj) by hand: two networks, numbered relations, partition, vector ----
# Florentine families: the marriage ties are networkx's florentine_families_graph (Padgett);
# the business ties of network 1 are a made-up subset for the example. Wealth is Padgett's
# (thousands of lira). Pajek writes CRLF.
ff = nx.florentine_families_graph()
fam = sorted(ff.nodes)
num = {f: i + 1 for i, f in enumerate(fam)}
wealth = {"Acciaiuoli": 10, "Albizzi": 36, "Barbadori": 55, "Bischeri": 44,
          "Castellani": 20, "Ginori": 32, "Guadagni": 8, "Lamberteschi": 42, "Medici": 103,
          "Pazzi": 48, "Peruzzi": 49, "Ridolfi": 27, "Salviati": 10, "Strozzi": 146,
          "Tornabuoni": 48}
faction = {f: (1 if f in {"Medici", "Tornabuoni", "Acciaiuoli", "Salviati", "Pazzi",
                          "Barbadori", "Ridolfi", "Albizzi", "Ginori"} else 2) for f in fam}
business = [("Barbadori", "Castellani"), ("Barbadori", "Ginori"), ("Barbadori", "Medici"),
            ("Barbadori", "Peruzzi"), ("Bischeri", "Guadagni"), ("Castellani", "Peruzzi"),
            ("Guadagni", "Lamberteschi"), ("Medici", "Salviati"), ("Medici", "Tornabuoni"),
            ("Medici", "Pazzi"), ("Peruzzi", "Lamberteschi")]
L = ["*Network Florentine families (Padgett).net", f"*Vertices {len(fam)}"]
for i, f in enumerate(fam):
    L.append(f'{i + 1:6d} "{f}"{0.1 + 0.05 * i:10.4f}{0.9 - 0.05 * i:10.4f}    0.5000')
L.append('*Edges :1 "Marital"')
L += [f"{num[u]:6d}{num[v]:6d}       1" for u, v in ff.edges()]
L.append('*Edges :2 "Business"')
L += [f"{num[u]:6d}{num[v]:6d}       1" for u, v in business]
L += ["*Network Advice (made up).net", f"*Vertices {len(fam)}"]
L += [f'{i + 1:6d} "{f}"' for i, f in enumerate(fam)]
L.append('*Arcs :1 "advice"')
L += [f"{num[u]:6d}{num[v]:6d}       1" for u, v in
      [("Medici", "Strozzi"), ("Strozzi", "Medici"), ("Albizzi", "Medici"),
       ("Ginori", "Albizzi"), ("Pazzi", "Salviati")]]
L += ["*Partition C:\\Pajek\\Data\\faction.clu", f"*Vertices {len(fam)}"]
L += [f"{faction[f]:8d}" for f in fam]
L += ["*Vector C:\\Pajek\\Data\\wealth.vec", f"*Vertices {len(fam)}"]
L += [f"{wealth[f]:12.4f}" for f in fam]
write_bytes("pajek/padgett_project.paj", ("\r\n".join(L) + "\r\n").encode("cp1252"))

# *Arcslist with a repeated target, by hand as Pajek writes lists.
write_bytes("pajek/arcslist_repeats.net", b"*Vertices 4\r\n 1 \"a\"\r\n 2 \"b\"\r\n"
            b" 3 \"c\"\r\n 4 \"d\"\r\n*Arcslist\r\n 1 2 3 2\r\n 2 3 4\r\n 4 1 1\r\n")

# --- CSV as Dutch Excel writes it (by hand: Excel is not at hand) -------------------------
# "CSV (gescheiden door lijstscheidingsteken)": ';' separators, decimal commas,
# Windows-1252, CRLF; columns and rows that once held data stay as ';;' and ';;;;'.
rows = [["Bron", "Doel", "Gewicht", "Budget (mln)", "Opmerking", "", ""],
        ["Gemeente Zoëterwoude", "Provincie Zuid-Holland", "1,33", "12,5", "ja", "", ""],
        ["Provincie Zuid-Holland", "Rijk", "2", "1.250,75", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Gemeente Zoëterwoude", "Rijk", "0,5", "3", "zegt \"nee\"", "", ""],
        ["", "", "", "", "", "", ""]]


def excel_line(cells, sep):
    def q(c):
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in f'{sep}"\n') else c
    return sep.join(q(c) for c in cells)


write_bytes("csv/excel_nl_semicolon.csv",
            ("\r\n".join(excel_line(r, ";") for r in rows) + "\r\n").encode("cp1252"))
# Comma-separated with the numbers quoted (LibreOffice "quote all text cells", Google
# Sheets in a Dutch locale): "1,33" is one quoted cell, a decimal comma.
comma_rows = [["source", "target", "weight"], ["a", "b", "1,33"], ["b", "c", "2,5"],
              ["c", "a", "4"]]
write_bytes("csv/quoted_decimal_comma.csv",
            ("\r\n".join(",".join(f'"{c}"' for c in r) for r in comma_rows) + "\r\n").encode())
# "CSV UTF-8" (with BOM) in which one name was pasted from a Windows program: one stray
# Windows-1252 byte (0xEB, e) among valid UTF-8 names.
utf8 = ("\ufeffbron;doel;gewicht\r\nZoë;Noël;1\r\nNoël;Zoë;2\r\n").encode()
stray = "Chloë;Zoë;3\r\n".encode().replace("Chloë".encode(), b"Chlo\xeb")
write_bytes("csv/utf8_with_stray_cp1252.csv", utf8 + stray)
print("corpus written")
