// Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre 2008):
// local moving of single vertices to the neighbouring community with the largest
// modularity gain, then aggregation of communities into vertices, until nothing moves.
// Resolution 1. Vertices are visited in index order (no shuffling), so results repeat.
#include <algorithm>
#include <numeric>

#include "analytics/measures.hpp"

namespace rk::analytics {
namespace {

// A level of the hierarchy: symmetric weighted adjacency without self-loops, plus the
// weight of the edges already inside each vertex (from earlier aggregation).
struct Level {
    int n = 0;
    std::vector<std::vector<std::pair<int, double>>> adj;
    std::vector<double> self;  // internal edge weight, each edge once
};

Level base_level(const NetworkView& g) {
    Level l;
    l.n = g.n;
    l.adj.resize(g.n);
    l.self.assign(g.n, 0.0);
    for (const auto& e : g.edges) {
        l.adj[e.u].emplace_back(e.v, e.weight);
        l.adj[e.v].emplace_back(e.u, e.weight);
    }
    for (auto& list : l.adj) {  // merge the two arcs of a mutual directed pair
        std::sort(list.begin(), list.end());
        std::vector<std::pair<int, double>> merged;
        for (const auto& [t, w] : list) {
            if (!merged.empty() && merged.back().first == t) {
                merged.back().second += w;
            } else {
                merged.emplace_back(t, w);
            }
        }
        list.swap(merged);
    }
    return l;
}

// One round of local moving; returns the community of each vertex and whether any moved.
bool local_moving(const Level& l, std::vector<int>& community, Progress* progress) {
    const int n = l.n;
    std::vector<double> k(n, 0.0), tot(n, 0.0), link(n, 0.0);
    double m2 = 0;
    for (int i = 0; i < n; ++i) {
        for (const auto& [j, w] : l.adj[i])
            k[i] += w;
        k[i] += 2 * l.self[i];
        m2 += k[i];
    }
    if (m2 <= 0)
        return false;
    community.resize(n);
    std::iota(community.begin(), community.end(), 0);
    for (int i = 0; i < n; ++i)
        tot[i] = k[i];
    std::vector<int> touched;
    bool any_move = false;
    for (bool moved = true; moved;) {
        moved = false;
        check_cancel(progress);
        for (int i = 0; i < n; ++i) {
            const int own = community[i];
            touched.clear();
            for (const auto& [j, w] : l.adj[i]) {
                const int c = community[j];
                if (link[c] == 0)
                    touched.push_back(c);
                link[c] += w;
            }
            tot[own] -= k[i];
            int best = own;
            double best_gain = link[own] - tot[own] * k[i] / m2;
            for (int c : touched) {
                const double gain = link[c] - tot[c] * k[i] / m2;
                if (gain > best_gain + 1e-12)
                    best_gain = gain, best = c;
            }
            tot[best] += k[i];
            community[i] = best;
            for (int c : touched)
                link[c] = 0;
            link[own] = 0;
            if (best != own)
                moved = any_move = true;
        }
    }
    return any_move;
}

// Renumbers communities 0.. by first vertex; returns their count.
int renumber(std::vector<int>& community) {
    std::vector<int> map(community.size(), -1);
    int next = 0;
    for (int& c : community) {
        if (map[c] < 0)
            map[c] = next++;
        c = map[c];
    }
    return next;
}

Level aggregate(const Level& l, const std::vector<int>& community, int count) {
    Level up;
    up.n = count;
    up.adj.resize(count);
    up.self.assign(count, 0.0);
    std::vector<std::vector<std::pair<int, double>>> raw(count);
    for (int i = 0; i < l.n; ++i) {
        const int ci = community[i];
        up.self[ci] += l.self[i];
        for (const auto& [j, w] : l.adj[i]) {
            const int cj = community[j];
            if (ci == cj) {
                if (i < j)
                    up.self[ci] += w;
            } else {
                raw[ci].emplace_back(cj, w);
            }
        }
    }
    for (int c = 0; c < count; ++c) {
        auto& list = raw[c];
        std::sort(list.begin(), list.end());
        for (const auto& [t, w] : list) {
            if (!up.adj[c].empty() && up.adj[c].back().first == t) {
                up.adj[c].back().second += w;
            } else {
                up.adj[c].emplace_back(t, w);
            }
        }
    }
    return up;
}

}  // namespace

std::vector<int> louvain(const NetworkView& g, Progress* progress) {
    std::vector<int> result(g.n);
    std::iota(result.begin(), result.end(), 0);
    Level level = base_level(g);
    std::vector<int> community;
    while (local_moving(level, community, progress)) {
        const int count = renumber(community);
        for (int& c : result)
            c = community[c];
        if (count == level.n)
            break;
        level = aggregate(level, community, count);
    }
    renumber(result);
    return result;
}

}  // namespace rk::analytics
