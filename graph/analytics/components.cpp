// Weak components and Borgatti's (2006) fragmentation F; articulation points and bridges
// by Hopcroft-Tarjan lowpoints.
#include <algorithm>
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

namespace {

// The underlying simple undirected graph as CSR. An undirected view already is one (its
// out-lists hold each neighbour once); a directed view's out- and in-lists are merged per
// vertex (both sorted), dropping the neighbour that is both.
struct UndirectedAdjacency {
    const int* offsets = nullptr;
    const int* targets = nullptr;
    std::vector<int> own_offsets, own_targets;  // only for directed views
};

UndirectedAdjacency underlying_undirected(const NetworkView& g) {
    UndirectedAdjacency a;
    if (!g.directed) {
        a.offsets = g.out_offsets.data();
        a.targets = g.out_targets.data();
        return a;
    }
    a.own_offsets.assign(static_cast<std::size_t>(g.n) + 1, 0);
    a.own_targets.reserve(g.out_targets.size() + g.in_sources.size());
    for (int v = 0; v < g.n; ++v) {
        std::set_union(
            g.out_targets.begin() + g.out_offsets[v], g.out_targets.begin() + g.out_offsets[v + 1],
            g.in_sources.begin() + g.in_offsets[v], g.in_sources.begin() + g.in_offsets[v + 1],
            std::back_inserter(a.own_targets));
        a.own_offsets[v + 1] = static_cast<int>(a.own_targets.size());
    }
    a.offsets = a.own_offsets.data();
    a.targets = a.own_targets.data();
    return a;
}

}  // namespace

// Hopcroft-Tarjan with lowpoints, as an explicit-stack depth-first search over the CSR
// arrays. Own code rather than Boost.Graph's biconnected_components: that needs the graph
// copied into a Boost adjacency_list (a node per edge) and keeps an edge stack to label
// blocks we do not use; this is several times faster on a 10k-actor graph and gives the
// same sets (checked against Boost in test_named_graphs).
CutInfo articulation_points_and_bridges(const NetworkView& g) {
    const int n = g.n;
    const UndirectedAdjacency adj = underlying_undirected(g);
    std::vector<int> discovered(n, -1), low(n, 0), parent(n, -1), next(n, 0);
    std::vector<char> is_cut(n, 0);
    std::vector<int> stack;
    CutInfo cut;
    int time = 0;
    for (int root = 0; root < n; ++root) {
        if (discovered[root] >= 0)
            continue;
        int root_children = 0;
        discovered[root] = low[root] = time++;
        next[root] = adj.offsets[root];
        stack.push_back(root);
        while (!stack.empty()) {
            const int v = stack.back();
            if (next[v] < adj.offsets[v + 1]) {
                const int w = adj.targets[next[v]++];
                if (w == parent[v])
                    continue;  // the tree edge back (the graph is simple: no parallel edge)
                if (discovered[w] < 0) {
                    parent[w] = v;
                    discovered[w] = low[w] = time++;
                    next[w] = adj.offsets[w];
                    stack.push_back(w);
                } else {
                    low[v] = std::min(low[v], discovered[w]);
                }
                continue;
            }
            stack.pop_back();
            const int p = parent[v];
            if (p < 0)
                continue;
            low[p] = std::min(low[p], low[v]);
            if (low[v] > discovered[p])
                cut.bridges.emplace_back(std::min(p, v), std::max(p, v));
            if (p == root)
                ++root_children;
            else if (low[v] >= discovered[p])
                is_cut[p] = 1;
        }
        if (root_children >= 2)
            is_cut[root] = 1;
    }
    for (int v = 0; v < n; ++v)
        if (is_cut[v])
            cut.articulation_points.push_back(v);
    std::sort(cut.bridges.begin(), cut.bridges.end());
    return cut;
}

}  // namespace rk::analytics
