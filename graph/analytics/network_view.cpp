// Building the compact CSR view that every measure reads (conventions in analysis.hpp).
#include <algorithm>

#include "analytics/analysis.hpp"

namespace rk::analytics {
namespace {

struct RawArc {
    int u;
    int v;
    double weight;
    int relation;  // index into the relation id list, -1 for none
};

// Stable counting sort of `arcs` by `key` (a vertex in [0, n)): O(n + m), no comparisons.
template <class Key>
std::vector<RawArc> counting_sort(const std::vector<RawArc>& arcs, int n, Key key) {
    std::vector<int> start(static_cast<std::size_t>(n) + 1, 0);
    for (const auto& a : arcs)
        ++start[key(a) + 1];
    for (int v = 0; v < n; ++v)
        start[v + 1] += start[v];
    std::vector<RawArc> sorted(arcs.size());
    for (const auto& a : arcs)
        sorted[start[key(a)]++] = a;
    return sorted;
}

// Sorts arcs by (u, v), merges duplicates by summing weights, and fills the CSR arrays.
// Two stable counting passes (by v, then by u) instead of a comparison sort: O(n + m), and
// parallel arcs keep their input order, so their relation ids stay in relation order.
NetworkView assemble(std::vector<std::string> ids, std::vector<RawArc> arcs, bool directed,
                     bool weighted, std::vector<std::string> relation_ids) {
    NetworkView g;
    g.n = static_cast<int>(ids.size());
    g.ids = std::move(ids);
    g.directed = directed;
    g.weighted = weighted;
    g.relation_ids = std::move(relation_ids);
    if (!directed) {
        for (auto& a : arcs)
            if (a.u > a.v)
                std::swap(a.u, a.v);
    }
    arcs = counting_sort(arcs, g.n, [](const RawArc& a) { return a.v; });
    arcs = counting_sort(arcs, g.n, [](const RawArc& a) { return a.u; });
    g.edges.reserve(arcs.size());
    g.edge_relation_offsets.reserve(arcs.size() + 1);
    g.edge_relation_offsets.push_back(0);
    for (std::size_t i = 0; i < arcs.size();) {
        std::size_t j = i;
        NetworkView::Edge e{arcs[i].u, arcs[i].v, 0.0};
        for (; j < arcs.size() && arcs[j].u == e.u && arcs[j].v == e.v; ++j) {
            e.weight += arcs[j].weight;
            if (arcs[j].relation >= 0)
                g.edge_relation_list.push_back(arcs[j].relation);
        }
        if (!weighted)
            e.weight = 1.0;
        g.edges.push_back(e);
        g.edge_relation_offsets.push_back(static_cast<int>(g.edge_relation_list.size()));
        i = j;
    }
    // CSR in both directions; an undirected edge is stored in both lists of both ends.
    std::vector<int> out_count(g.n + 1, 0), in_count(g.n + 1, 0);
    for (const auto& e : g.edges) {
        ++out_count[e.u + 1];
        ++in_count[e.v + 1];
        if (!directed) {
            ++out_count[e.v + 1];
            ++in_count[e.u + 1];
        }
    }
    for (int v = 0; v < g.n; ++v) {
        out_count[v + 1] += out_count[v];
        in_count[v + 1] += in_count[v];
    }
    g.out_offsets = out_count;
    g.in_offsets = in_count;
    g.out_targets.resize(out_count[g.n]);
    g.out_weights.resize(out_count[g.n]);
    g.in_sources.resize(in_count[g.n]);
    g.in_weights.resize(in_count[g.n]);
    std::vector<int> out_pos(out_count.begin(), out_count.end() - 1);
    std::vector<int> in_pos(in_count.begin(), in_count.end() - 1);
    auto put = [&](int u, int v, double w) {
        g.out_targets[out_pos[u]] = v;
        g.out_weights[out_pos[u]++] = w;
        g.in_sources[in_pos[v]] = u;
        g.in_weights[in_pos[v]++] = w;
    };
    // Visiting the edges in (u, v) order leaves every list sorted without a sort per vertex:
    // the list of x first receives the u of each edge (u, x) in increasing u (while the
    // edges of the smaller u are visited), then the v of each edge (x, v) in increasing v,
    // and every such u < x < v (undirected edges have u < v; directed lists receive one kind
    // each).
    for (const auto& e : g.edges) {
        put(e.u, e.v, e.weight);
        if (!directed)
            put(e.v, e.u, e.weight);
    }
    return g;
}

bool layer_selected(const std::vector<Layer>& layers, Layer layer) {
    return layers.empty() || std::find(layers.begin(), layers.end(), layer) != layers.end();
}

}  // namespace

std::span<const int> NetworkView::relations_of(std::size_t edge) const {
    if (edge + 1 >= edge_relation_offsets.size())
        return {};
    return {edge_relation_list.data() + edge_relation_offsets[edge],
            edge_relation_list.data() + edge_relation_offsets[edge + 1]};
}

bool NetworkView::has_arc(int u, int v) const {
    auto first = out_targets.begin() + out_offsets[u];
    auto last = out_targets.begin() + out_offsets[u + 1];
    return std::binary_search(first, last, v);
}

NetworkView build_view(const Scenario& scenario, const std::vector<Layer>& layers, bool directed,
                       bool weighted) {
    return build_view(ScenarioIndex(scenario), layers, directed, weighted);
}

NetworkView build_view(const ScenarioIndex& index, const std::vector<Layer>& layers, bool directed,
                       bool weighted) {
    std::vector<RawArc> arcs;
    std::vector<std::string> relation_ids;
    arcs.reserve(static_cast<std::size_t>(index.relation_count()) * (directed ? 2 : 1));
    relation_ids.reserve(static_cast<std::size_t>(index.relation_count()));
    for (int r = 0; r < index.relation_count(); ++r) {
        const ScenarioIndex::Ends e = index.ends(r);
        if (!layer_selected(layers, index.layer(r)) || !e.known() || e.self_loop())
            continue;
        const int rel = static_cast<int>(relation_ids.size());
        relation_ids.push_back(index.relation_id(r));
        arcs.push_back({e.source, e.target, index.weight(r), rel});
        if (directed && !index.directed(r))
            arcs.push_back({e.target, e.source, index.weight(r), rel});
    }
    return assemble(index.actor_ids(), std::move(arcs), directed, weighted,
                    std::move(relation_ids));
}

NetworkView view_from_edges(std::vector<std::string> ids,
                            const std::vector<NetworkView::Edge>& edges, bool directed,
                            bool weighted) {
    const int n = static_cast<int>(ids.size());
    std::vector<RawArc> arcs;
    arcs.reserve(edges.size());
    for (const auto& e : edges) {
        if (e.u < 0 || e.v < 0 || e.u >= n || e.v >= n || e.u == e.v)
            continue;
        arcs.push_back({e.u, e.v, e.weight, -1});
    }
    return assemble(std::move(ids), std::move(arcs), directed, weighted, {});
}

}  // namespace rk::analytics
