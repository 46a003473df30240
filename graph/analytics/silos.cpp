// Krackhardt and Stern's (1988) E-I index: (external - internal) / (external + internal)
// ties, for the network, each group and each actor, with its expected value under random
// mixing for the same group sizes and a seeded permutation test.
#include <algorithm>
#include <cmath>

#include "analytics/measures.hpp"

namespace rk::analytics {
namespace {

double ei_of(double external, double internal) {
    const double total = external + internal;
    return total > 0 ? (external - internal) / total : kNaN;
}

// splitmix64: tiny, seedable and the same on every platform (std distributions are not).
struct SplitMix {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound) by Lemire's multiply-shift (bias below 2^-40 for our bounds).
    std::uint32_t below(std::uint32_t bound) {
        return static_cast<std::uint32_t>(((next() >> 32) * bound) >> 32);
    }
};

}  // namespace

EiResult ei_index(const NetworkView& g, const std::vector<int>& group, int group_count,
                  int permutations, std::uint64_t seed, Progress* progress) {
    EiResult r;
    const int n = g.n;
    r.group_internal.assign(group_count, 0);
    r.group_external.assign(group_count, 0);
    r.group_size.assign(group_count, 0);
    r.group_ei.assign(group_count, kNaN);
    r.group_expected.assign(group_count, kNaN);
    r.actor_ei.assign(n, kNaN);

    // Position of each known actor among the known ones (for the permutation test).
    std::vector<int> position(n, -1), labels;
    for (int v = 0; v < n; ++v) {
        if (group[v] < 0)
            continue;
        position[v] = static_cast<int>(labels.size());
        labels.push_back(group[v]);
        ++r.group_size[group[v]];
    }
    // Ties: the underlying undirected pairs between known actors.
    std::vector<std::pair<int, int>> ties;
    for (const auto& e : g.edges)
        if (group[e.u] >= 0 && group[e.v] >= 0)
            ties.emplace_back(std::min(e.u, e.v), std::max(e.u, e.v));
    std::sort(ties.begin(), ties.end());
    ties.erase(std::unique(ties.begin(), ties.end()), ties.end());

    std::vector<int> actor_internal(n, 0), actor_external(n, 0);
    for (const auto& [u, v] : ties) {
        const bool inside = group[u] == group[v];
        (inside ? r.internal : r.external) += 1;
        (inside ? actor_internal[u] : actor_external[u]) += 1;
        (inside ? actor_internal[v] : actor_external[v]) += 1;
        if (inside) {
            ++r.group_internal[group[u]];
        } else {
            ++r.group_external[group[u]];
            ++r.group_external[group[v]];
        }
    }
    r.ei = ei_of(r.external, r.internal);
    for (int v = 0; v < n; ++v)
        if (group[v] >= 0)
            r.actor_ei[v] = ei_of(actor_external[v], actor_internal[v]);

    // Expected values: every possible pair equally likely to be a tie.
    const double known = static_cast<double>(labels.size());
    double internal_pairs = 0;
    for (int k = 0; k < group_count; ++k) {
        const double s = r.group_size[k];
        internal_pairs += s * (s - 1) / 2;
        const double possible_internal = s * (s - 1) / 2, possible_external = s * (known - s);
        r.group_ei[k] = ei_of(r.group_external[k], r.group_internal[k]);
        r.group_expected[k] = ei_of(possible_external, possible_internal);
    }
    const double all_pairs = known * (known - 1) / 2;
    r.expected = ei_of(all_pairs - internal_pairs, internal_pairs);

    if (permutations <= 0 || ties.empty() || std::isnan(r.ei))
        return r;
    std::vector<std::pair<int, int>> tie_positions;
    tie_positions.reserve(ties.size());
    for (const auto& [u, v] : ties)
        tie_positions.emplace_back(position[u], position[v]);
    SplitMix rng{seed};
    const double m = static_cast<double>(ties.size());
    int at_most = 0;
    for (int p = 0; p < permutations; ++p) {
        if (p % 64 == 0)
            check_cancel(progress);
        for (std::size_t i = labels.size(); i > 1; --i)  // Fisher-Yates
            std::swap(labels[i - 1], labels[rng.below(static_cast<std::uint32_t>(i))]);
        int internal = 0;
        for (const auto& [a, b] : tie_positions)
            internal += labels[a] == labels[b];
        const double ei = (m - 2.0 * internal) / m;
        if (ei <= r.ei + 1e-12)
            ++at_most;
    }
    r.permutations = permutations;
    r.p_value = (1.0 + at_most) / (1.0 + permutations);
    return r;
}

}  // namespace rk::analytics
