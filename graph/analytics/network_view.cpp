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

// Sorts arcs by (u, v), merges duplicates by summing weights, and fills the CSR arrays.
NetworkView assemble(std::vector<std::string> ids, std::vector<RawArc> arcs, bool directed,
                     bool weighted, const std::vector<std::string>& relation_ids) {
    NetworkView g;
    g.n = static_cast<int>(ids.size());
    g.ids = std::move(ids);
    g.directed = directed;
    g.weighted = weighted;
    if (!directed) {
        for (auto& a : arcs)
            if (a.u > a.v)
                std::swap(a.u, a.v);
    }
    std::stable_sort(arcs.begin(), arcs.end(), [](const RawArc& a, const RawArc& b) {
        return a.u != b.u ? a.u < b.u : a.v < b.v;
    });
    for (std::size_t i = 0; i < arcs.size();) {
        std::size_t j = i;
        NetworkView::Edge e{arcs[i].u, arcs[i].v, 0.0};
        std::vector<std::string> rels;
        for (; j < arcs.size() && arcs[j].u == e.u && arcs[j].v == e.v; ++j) {
            e.weight += arcs[j].weight;
            if (arcs[j].relation >= 0)
                rels.push_back(relation_ids[arcs[j].relation]);
        }
        if (!weighted)
            e.weight = 1.0;
        g.edges.push_back(e);
        g.edge_relations.push_back(std::move(rels));
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
    for (const auto& e : g.edges) {
        put(e.u, e.v, e.weight);
        if (!directed)
            put(e.v, e.u, e.weight);
    }
    // Edges were visited in (u, v) order, so out-lists of directed views are sorted; the
    // mirrored entries of undirected views need a sort per vertex.
    auto sort_lists = [&](std::vector<int>& offsets, std::vector<int>& nbr,
                          std::vector<double>& w) {
        std::vector<std::pair<int, double>> tmp;
        for (int v = 0; v < g.n; ++v) {
            tmp.clear();
            for (int k = offsets[v]; k < offsets[v + 1]; ++k)
                tmp.emplace_back(nbr[k], w[k]);
            std::sort(tmp.begin(), tmp.end());
            for (int k = offsets[v]; k < offsets[v + 1]; ++k) {
                nbr[k] = tmp[k - offsets[v]].first;
                w[k] = tmp[k - offsets[v]].second;
            }
        }
    };
    sort_lists(g.out_offsets, g.out_targets, g.out_weights);
    sort_lists(g.in_offsets, g.in_sources, g.in_weights);
    return g;
}

bool layer_selected(const std::vector<Layer>& layers, Layer layer) {
    return layers.empty() || std::find(layers.begin(), layers.end(), layer) != layers.end();
}

}  // namespace

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
    return assemble(index.actor_ids(), std::move(arcs), directed, weighted, relation_ids);
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
