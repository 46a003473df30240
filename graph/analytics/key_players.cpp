// Key players (Borgatti 2006, KPP-Neg): the one or two actors whose removal leaves the most
// fragmented network, measured by F of what remains.
//
// One iterative DFS with discovery times and lowpoints (Tarjan 1972) tells, for every
// vertex v, into which pieces its component falls when v is removed: each DFS child c with
// low[c] >= disc[v] (every child, for a DFS root) is cut off with its subtree, and the rest
// of the component stays together. So F after removing each single vertex costs O(n + m)
// in total, instead of O(n (n + m)).
#include <algorithm>
#include <cmath>
#include <tuple>

#include "analytics/measures.hpp"

namespace rk::analytics {
namespace {

// Simple undirected adjacency (CSR) of the view, duplicates from both arc directions merged.
struct Simple {
    std::vector<int> offsets, nbr;
};

Simple underlying_simple(const NetworkView& g) {
    Simple s;
    std::vector<std::vector<int>> lists(g.n);
    for (const auto& e : g.edges) {
        lists[e.u].push_back(e.v);
        lists[e.v].push_back(e.u);
    }
    s.offsets.assign(g.n + 1, 0);
    for (int v = 0; v < g.n; ++v) {
        auto& l = lists[v];
        std::sort(l.begin(), l.end());
        l.erase(std::unique(l.begin(), l.end()), l.end());
        s.offsets[v + 1] = s.offsets[v] + static_cast<int>(l.size());
    }
    s.nbr.reserve(s.offsets[g.n]);
    for (auto& l : lists)
        s.nbr.insert(s.nbr.end(), l.begin(), l.end());
    return s;
}

double pair_term(double s) {
    return s * (s - 1);
}

std::vector<double> removal_scores(const Simple& s, int n, const std::vector<char>& removed) {
    std::vector<double> result(n, kNaN);
    std::vector<int> disc(n, -1), low(n, 0), sub(n, 1), parent(n, -1), comp_of(n, -1),
        next_edge(n, 0);
    // cut_sum[v]: sum of p(p-1) over pieces cut off below v; cut_size[v]: their total size.
    std::vector<double> cut_sum(n, 0.0), cut_size(n, 0.0);
    std::vector<int> comp_size, stack;
    int remaining = 0;
    for (int v = 0; v < n; ++v)
        remaining += removed[v] ? 0 : 1;
    int time = 0;
    for (int root = 0; root < n; ++root) {
        if (removed[root] || disc[root] >= 0)
            continue;
        const int c = static_cast<int>(comp_size.size());
        int size = 0;
        stack.push_back(root);
        disc[root] = low[root] = time++;
        next_edge[root] = s.offsets[root];
        while (!stack.empty()) {
            const int v = stack.back();
            if (next_edge[v] < s.offsets[v + 1]) {
                const int t = s.nbr[next_edge[v]++];
                if (removed[t])
                    continue;
                if (disc[t] < 0) {
                    parent[t] = v;
                    disc[t] = low[t] = time++;
                    next_edge[t] = s.offsets[t];
                    stack.push_back(t);
                } else if (t != parent[v]) {
                    low[v] = std::min(low[v], disc[t]);
                }
                continue;
            }
            stack.pop_back();
            comp_of[v] = c;
            ++size;
            const int p = parent[v];
            if (p >= 0) {
                sub[p] += sub[v];
                low[p] = std::min(low[p], low[v]);
                if (low[v] >= disc[p] || p == root) {
                    cut_sum[p] += pair_term(sub[v]);
                    cut_size[p] += sub[v];
                }
            }
        }
        comp_size.push_back(size);
    }
    double base = 0;
    for (int sz : comp_size)
        base += pair_term(sz);
    const double left = remaining - 1;
    if (left < 2)
        return result;
    for (int v = 0; v < n; ++v) {
        if (removed[v])
            continue;
        const double size = comp_size[comp_of[v]];
        const double rest = size - 1 - cut_size[v];
        const double pairs = base - pair_term(size) + cut_sum[v] + pair_term(rest);
        result[v] = 1.0 - pairs / (left * (left - 1));
    }
    return result;
}

// Index of the largest value (first on ties), or -1 when all are NaN.
int argmax(const std::vector<double>& v) {
    int best = -1;
    for (int i = 0; i < static_cast<int>(v.size()); ++i)
        if (!std::isnan(v[i]) && (best < 0 || v[i] > v[best]))
            best = i;
    return best;
}

// One greedy start: `first`, its best partner, then swaps until no improvement.
template <typename WithFixed>
std::tuple<int, int, double> greedy_pair(int first, WithFixed& with_fixed, Progress* progress) {
    int a = first;
    const auto partner = with_fixed(a);
    int b = argmax(partner);
    if (b < 0)
        return {a, -1, kNaN};
    double best = partner[b];
    for (bool improved = true; improved;) {
        check_cancel(progress);
        improved = false;
        for (int keep : {a, b}) {
            const int drop = keep == a ? b : a;
            const auto scores = with_fixed(keep);
            const int x = argmax(scores);
            if (x >= 0 && x != drop && scores[x] > best + 1e-12) {
                best = scores[x];
                a = keep;
                b = x;
                improved = true;
                break;
            }
        }
    }
    return {a, b, best};
}

}  // namespace

std::vector<double> fragmentation_after_removal(const NetworkView& g,
                                                const std::vector<char>& removed) {
    return removal_scores(underlying_simple(g), g.n, removed);
}

KeyPlayers key_players(const NetworkView& g, KeyPlayerMode mode, int exact_limit,
                       Progress* progress) {
    KeyPlayers kp;
    const int n = g.n;
    const bool exact =
        mode == KeyPlayerMode::Exact || (mode == KeyPlayerMode::Auto && n <= exact_limit);
    kp.method = exact ? "exact" : "greedy+swap";
    if (n < 3)
        return kp;
    const Simple s = underlying_simple(g);
    std::vector<char> removed(n, 0);
    const auto single = removal_scores(s, n, removed);
    const int one = argmax(single);
    if (one < 0)
        return kp;
    kp.best_one = {one};
    kp.fragmentation_one = single[one];
    if (n < 4)
        return kp;

    // F after removing `fixed` and each other vertex.
    auto with_fixed = [&](int fixed) {
        removed[fixed] = 1;
        auto scores = removal_scores(s, n, removed);
        removed[fixed] = 0;
        return scores;
    };
    int a = -1, b = -1;
    double best = -INFINITY;
    if (exact) {
        for (int u = 0; u < n; ++u) {
            if (u % 32 == 0) {
                check_cancel(progress);
                if (progress)
                    progress->set_fraction(double(u) / n);
            }
            const auto scores = with_fixed(u);
            for (int v = u + 1; v < n; ++v)
                if (scores[v] > best)
                    best = scores[v], a = u, b = v;
        }
    } else {
        // Greedy from each of the few best single actors: its best partner, then swap either
        // member for the best replacement until F stops improving (Borgatti 2006, section 4).
        // Several starts, because one start gets stuck (on a path, the middle vertex).
        std::vector<int> order;
        for (int v = 0; v < n; ++v)
            if (!std::isnan(single[v]))
                order.push_back(v);
        const std::size_t starts = std::min<std::size_t>(order.size(), 8);
        std::partial_sort(order.begin(), order.begin() + starts, order.end(),
                          [&](int x, int y) { return single[x] > single[y]; });
        for (std::size_t i = 0; i < starts; ++i) {
            auto [x, y, f] = greedy_pair(order[i], with_fixed, progress);
            if (y >= 0 && f > best + 1e-12)
                best = f, a = x, b = y;
        }
    }
    if (a >= 0 && b >= 0) {
        kp.best_two = {std::min(a, b), std::max(a, b)};
        kp.fragmentation_two = best;
    }
    return kp;
}

}  // namespace rk::analytics
