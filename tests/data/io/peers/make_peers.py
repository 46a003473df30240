#!/usr/bin/python3
"""Writes the classic networks with NetworkX and igraph, for the interop tests.

Run from this folder with the system Python (which has networkx and igraph):
    /usr/bin/python3 make_peers.py
The output is committed; re-running it must give files the tests still accept.
"""
import networkx as nx

nets = {
    "karate": nx.karate_club_graph(),  # 34 nodes, 78 edges, node attr 'club', edge 'weight'
    "florentine": nx.florentine_families_graph(),  # 15 nodes, 20 edges, no attributes
}
for name, g in nets.items():
    nx.write_graphml(g, f"networkx/{name}.graphml")
    nx.write_gexf(g, f"networkx/{name}.gexf")
    nx.write_pajek(g, f"networkx/{name}.net")
    nx.write_edgelist(g, f"networkx/{name}.edges", data=["weight"] if name == "karate" else False)

# A directed one with positions, so direction and viz:position travel too.
d = nx.DiGraph()
d.add_edge("BZK", "Provincie", weight=2.0, layer="directs")
d.add_edge("Provincie", "Gemeente", weight=1.0, layer="directs")
for i, n in enumerate(d.nodes):
    d.nodes[n]["viz"] = {"position": {"x": float(i), "y": float(-i), "z": 0.0}}
nx.write_gexf(d, "networkx/regie_directed.gexf")

try:
    import igraph as ig

    k = ig.Graph.Famous("Zachary")
    k.write_graphml("igraph/zachary.graphml")
    k.write_pajek("igraph/zachary.net")
except ImportError:
    pass
