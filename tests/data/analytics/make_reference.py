#!/usr/bin/python3
"""Reference graphs and expected values for tests/unit/analytics.

Run once with Debian's /usr/bin/python3 (python3-networkx 2.8.8, python3-igraph 0.10.2):
    /usr/bin/python3 tests/data/analytics/make_reference.py
It writes the edge lists next to itself (u v [w] per line; a line with one id is an actor
without ties) and tests/unit/analytics/reference_values.hpp, whose numbers the tests compare
against. Every value names the exact networkx/igraph call that produced it; traps handled:
  - nx.pagerank and nx modularity use edge weights by default: weight=None where unweighted;
  - nx closeness on digraphs uses incoming distances: we call it on G.reverse() to get the
    outgoing convention of the engine;
  - the Medici betweenness of 0.522 holds without the isolated Pucci family only.
"""
import itertools
import os

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = os.path.join(HERE, "..", "..", "unit", "analytics", "reference_values.hpp")


def ident(v):
    return str(v).replace(" ", "_")


def write_edges(name, G, nodes=None, weight=None):
    nodes = list(G.nodes()) if nodes is None else nodes
    with open(os.path.join(HERE, name), "w") as f:
        f.write("# written by make_reference.py; u v [w]; one id alone = actor without ties\n")
        for v in nodes:
            f.write(ident(v) + "\n")
        for u, v, d in G.edges(data=True):
            if weight:
                f.write(f"{ident(u)} {ident(v)} {d[weight]}\n")
            else:
                f.write(f"{ident(u)} {ident(v)}\n")


out = []


def cpp(x):
    x = float(x)
    return "kNaN" if x != x else repr(x)


def emit(comment, name, values, nodes):
    """values: dict node -> float, in the order of `nodes`."""
    out.append(f"// {comment}")
    vals = ", ".join(cpp(values[v]) for v in nodes)
    out.append(f"inline const std::vector<double> {name}{{{vals}}};")


def emit_scalar(comment, name, value):
    out.append(f"// {comment}")
    out.append(f"inline constexpr double {name} = {float(value)!r};")


def fragmentation_after(G, removed):
    H = G.copy()
    H.remove_nodes_from(removed)
    n = H.number_of_nodes()
    s = sum(len(c) * (len(c) - 1) for c in nx.connected_components(H))
    return 1 - s / (n * (n - 1))


def undirected_suite(prefix, G, nodes):
    n = len(nodes)
    emit("nx.degree(G)", f"{prefix}_degree", dict(G.degree()), nodes)
    emit("nx.betweenness_centrality(G, normalized=False)", f"{prefix}_betweenness",
         nx.betweenness_centrality(G, normalized=False), nodes)
    emit("nx.betweenness_centrality(G, normalized=True)", f"{prefix}_betweenness_normalized",
         nx.betweenness_centrality(G, normalized=True), nodes)
    emit("nx.closeness_centrality(G)  (wf_improved=True; 0 for isolates, the engine says NaN)",
         f"{prefix}_closeness", nx.closeness_centrality(G), nodes)
    h = nx.harmonic_centrality(G)
    emit("nx.harmonic_centrality(G)[v] / (n-1)", f"{prefix}_harmonic",
         {v: h[v] / (n - 1) for v in nodes}, nodes)
    emit("nx.pagerank(G, alpha=0.85, weight=None, tol=1e-14, max_iter=10000)",
         f"{prefix}_pagerank", nx.pagerank(G, alpha=0.85, weight=None, tol=1e-14, max_iter=10000),
         nodes)
    c = nx.constraint(G)
    emit("nx.constraint(G)  (NaN for isolates)", f"{prefix}_constraint", c, nodes)
    emit("nx.effective_size(G)  (NaN for isolates)", f"{prefix}_effective_size",
         nx.effective_size(G), nodes)
    emit_scalar("1 - nx.global_efficiency(G)", f"{prefix}_df", 1 - nx.global_efficiency(G))
    comps = [len(c) for c in nx.connected_components(G)]
    emit_scalar("Borgatti F from nx.connected_components(G)", f"{prefix}_f",
                1 - sum(s * (s - 1) for s in comps) / (n * (n - 1)))
    art = sorted(nodes.index(v) for v in nx.articulation_points(G))
    out.append("// sorted indices of nx.articulation_points(G)")
    out.append(f"inline const std::vector<int> {prefix}_articulation{{{', '.join(map(str, art))}}};")
    bridges = sorted(tuple(sorted((nodes.index(u), nodes.index(v)))) for u, v in nx.bridges(G))
    out.append("// sorted index pairs of nx.bridges(G)")
    out.append(f"inline const std::vector<std::pair<int, int>> {prefix}_bridges{{"
               + ", ".join(f"{{{a}, {b}}}" for a, b in bridges) + "};")
    # Key players by brute force over every single actor and every pair.
    best1 = max(fragmentation_after(G, [v]) for v in nodes)
    best2 = max(fragmentation_after(G, list(p)) for p in itertools.combinations(nodes, 2))
    emit_scalar("max over v of F(G - v), brute force", f"{prefix}_kp1", best1)
    emit_scalar("max over pairs of F(G - {u, v}), brute force", f"{prefix}_kp2", best2)


# Zachary's karate club (nx.karate_club_graph, 34 actors, 78 ties).
K = nx.karate_club_graph()
knodes = list(K.nodes())
write_edges("karate.edges", K, knodes)
undirected_suite("karate", K, knodes)
emit("nx.eigenvector_centrality(G, max_iter=10000, tol=1e-14, weight=None)",
     "karate_eigenvector", nx.eigenvector_centrality(K, max_iter=10000, tol=1e-14, weight=None),
     knodes)
emit("nx.katz_centrality(G, alpha=0.1, beta=1.0, normalized=True, weight=None, tol=1e-14)",
     "karate_katz", nx.katz_centrality(K, alpha=0.1, beta=1.0, normalized=True, weight=None,
                                       tol=1e-14, max_iter=10000), knodes)
club = {v: K.nodes[v]["club"] for v in knodes}
with open(os.path.join(HERE, "karate_club.txt"), "w") as f:
    f.write("# actor club (nx.karate_club_graph node attribute 'club')\n")
    for v in knodes:
        f.write(f"{v} {club[v]}\n")
parts = [{v for v in knodes if club[v] == c} for c in ("Mr. Hi", "Officer")]
emit_scalar("nx.community.modularity(G, clubs, weight=None)", "karate_club_modularity",
            nx.community.modularity(K, parts, weight=None))
emit_scalar("nx.attribute_assortativity_coefficient(G, 'club')", "karate_club_assortativity",
            nx.attribute_assortativity_coefficient(K, "club"))
E = sum(1 for u, v in K.edges() if club[u] != club[v])
I = K.number_of_edges() - E
emit_scalar("(E - I) / (E + I) with E, I counted over K.edges() by club", "karate_club_ei",
            (E - I) / (E + I))
sizes = [len(p) for p in parts]
ip = sum(s * (s - 1) / 2 for s in sizes)
tp = 34 * 33 / 2
emit_scalar("(external pairs - internal pairs) / all pairs for club sizes", "karate_club_expected_ei",
            (tp - ip - ip) / tp)
gi = ig.Graph.from_networkx(K)
emit("igraph Graph.betweenness() (cross-check of nx)", "karate_betweenness_igraph",
     dict(zip(knodes, gi.betweenness())), knodes)
emit("igraph Graph.closeness() (cross-check of nx)", "karate_closeness_igraph",
     dict(zip(knodes, gi.closeness())), knodes)
emit("igraph Graph.pagerank(damping=0.85) (cross-check of nx)", "karate_pagerank_igraph",
     dict(zip(knodes, gi.pagerank(damping=0.85))), knodes)

# Padgett's Florentine marriages: nx.florentine_families_graph has 15 families; Padgett's
# data has a 16th, the Pucci, without marriage ties.
F = nx.florentine_families_graph()
fnodes = sorted(F.nodes())
write_edges("florentine.edges", F, fnodes)
undirected_suite("florentine", F, fnodes)
FP = F.copy()
FP.add_node("Pucci")
fpnodes = fnodes + ["Pucci"]
write_edges("florentine_pucci.edges", FP, fpnodes)
undirected_suite("florentine_pucci", FP, fpnodes)
emit("nx.eigenvector_centrality(G, max_iter=10000, tol=1e-14)", "florentine_eigenvector",
     nx.eigenvector_centrality(F, max_iter=10000, tol=1e-14), fnodes)

# Davis' southern women, projected onto the 18 women.
B = nx.davis_southern_women_graph()
women = B.graph["top"]
D = nx.bipartite.projected_graph(B, women)
write_edges("davis_women.edges", D, women)
undirected_suite("davis", D, women)
DW = nx.bipartite.weighted_projected_graph(B, women)
write_edges("davis_women_weighted.edges", DW, women, weight="weight")
emit("nx.pagerank(weighted projection, weight='weight', tol=1e-14)", "davis_weighted_pagerank",
     nx.pagerank(DW, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000), women)
emit("dict(DW.degree(weight='weight'))", "davis_weighted_strength",
     dict(DW.degree(weight="weight")), women)

# Krackhardt's kite.
KT = nx.krackhardt_kite_graph()
ktnodes = list(KT.nodes())
write_edges("kite.edges", KT, ktnodes)
undirected_suite("kite", KT, ktnodes)

# A small random digraph for the directed conventions.
G = nx.gnp_random_graph(12, 0.25, seed=3, directed=True)
gnodes = list(G.nodes())
write_edges("digraph12.edges", G, gnodes)
emit("nx.betweenness_centrality(G, normalized=False) on the digraph", "digraph_betweenness",
     nx.betweenness_centrality(G, normalized=False), gnodes)
emit("nx.betweenness_centrality(G, normalized=True) on the digraph",
     "digraph_betweenness_normalized", nx.betweenness_centrality(G, normalized=True), gnodes)
emit("nx.closeness_centrality(G.reverse())  (outgoing distances; 0 where nothing is reached)",
     "digraph_closeness_out", nx.closeness_centrality(G.reverse()), gnodes)
emit("nx.pagerank(G, alpha=0.85, weight=None, tol=1e-14)", "digraph_pagerank",
     nx.pagerank(G, alpha=0.85, weight=None, tol=1e-14, max_iter=10000), gnodes)
emit("nx.constraint(G) on the digraph", "digraph_constraint", nx.constraint(G), gnodes)
emit("nx.effective_size(G) on the digraph", "digraph_effective_size", nx.effective_size(G),
     gnodes)
emit_scalar("1 - nx.global_efficiency(G.to_undirected()) is NOT used; directed DF by hand:",
            "digraph_df",
            1 - sum(1 / d for s, dd in nx.shortest_path_length(G) for t, d in dd.items() if d > 0)
            / (12 * 11))

with open(HEADER, "w") as f:
    f.write("// Generated by tests/data/analytics/make_reference.py (networkx 2.8.8, igraph 0.10.2).\n")
    f.write("// Do not edit: rerun the script. Each value's comment names the call behind it.\n")
    f.write("#pragma once\n\n#include <limits>\n#include <utility>\n#include <vector>\n\nnamespace rk::analytics::reference {\n\ninline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();\n\n")
    f.write("\n".join(out))
    f.write("\n\n}  // namespace rk::analytics::reference\n")
print(f"wrote {HEADER} with {len(out) // 2} reference series")
