// Weak components and Borgatti's (2006) fragmentation F; articulation points and bridges
// with Boost.Graph's biconnected_components (Hopcroft-Tarjan).
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <iterator>

#include "analytics/measures.hpp"

namespace rk::analytics {

ComponentInfo weak_components(const NetworkView& g) {
    ComponentInfo info;
    const int n = g.n;
    info.component.assign(n, -1);
    std::vector<int> queue(n);
    for (int s = 0; s < n; ++s) {
        if (info.component[s] >= 0)
            continue;
        const int c = static_cast<int>(info.sizes.size());
        int head = 0, tail = 0;
        queue[tail++] = s;
        info.component[s] = c;
        while (head < tail) {
            const int v = queue[head++];
            auto visit = [&](int t) {
                if (info.component[t] < 0) {
                    info.component[t] = c;
                    queue[tail++] = t;
                }
            };
            for (int k = g.out_offsets[v]; k < g.out_offsets[v + 1]; ++k)
                visit(g.out_targets[k]);
            for (int k = g.in_offsets[v]; k < g.in_offsets[v + 1]; ++k)
                visit(g.in_sources[k]);
        }
        info.sizes.push_back(tail);
        if (tail == 1)
            ++info.isolates;
    }
    if (n >= 2) {
        double pairs = 0;
        for (int s : info.sizes)
            pairs += double(s) * (s - 1);
        info.fragmentation = 1.0 - pairs / (double(n) * (n - 1));
    }
    return info;
}

CutInfo articulation_points_and_bridges(const NetworkView& g) {
    struct EdgeBlock {
        std::size_t block = 0;
    };
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                        boost::no_property, EdgeBlock>;
    Graph bg(g.n);
    // The underlying simple undirected graph: one edge per connected pair.
    std::vector<std::pair<int, int>> pairs;
    pairs.reserve(g.edges.size());
    for (const auto& e : g.edges)
        pairs.emplace_back(std::min(e.u, e.v), std::max(e.u, e.v));
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [u, v] : pairs)
        boost::add_edge(u, v, bg);

    CutInfo cut;
    auto component = boost::get(&EdgeBlock::block, bg);
    std::vector<Graph::vertex_descriptor> points;
    const std::size_t blocks =
        boost::biconnected_components(bg, component, std::back_inserter(points)).first;
    for (auto v : points)
        cut.articulation_points.push_back(static_cast<int>(v));
    std::sort(cut.articulation_points.begin(), cut.articulation_points.end());
    cut.articulation_points.erase(
        std::unique(cut.articulation_points.begin(), cut.articulation_points.end()),
        cut.articulation_points.end());
    // A bridge is a block made of exactly one edge.
    std::vector<int> block_size(blocks, 0);
    for (auto [it, end] = boost::edges(bg); it != end; ++it)
        ++block_size[component[*it]];
    for (auto [it, end] = boost::edges(bg); it != end; ++it) {
        if (block_size[component[*it]] != 1)
            continue;
        const int u = static_cast<int>(boost::source(*it, bg));
        const int v = static_cast<int>(boost::target(*it, bg));
        cut.bridges.emplace_back(std::min(u, v), std::max(u, v));
    }
    std::sort(cut.bridges.begin(), cut.bridges.end());
    return cut;
}

}  // namespace rk::analytics
