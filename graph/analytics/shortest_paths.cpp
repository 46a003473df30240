// Betweenness (Brandes 2001), closeness (Wasserman-Faust correction for unreached actors,
// as NetworkX's default), harmonic closeness (Marchiori-Latora) and global efficiency
// (Latora-Marchiori 2001), all on hop counts. The distance sums come from multi-source
// bit-parallel BFS (closeness_msbfs.cpp), betweenness from a cache-friendly Brandes
// (betweenness.cpp); this file turns their sums into the columns and their conventions.
#include "analytics/measures.hpp"

namespace rk::analytics {
namespace {

void fill_distance_columns(const NetworkView& g, const DistanceSums& sums, PathColumns& out) {
    const int n = g.n;
    const double n1 = n - 1;
    double total = 0;
    for (int v = 0; v < n; ++v) {
        const double r1 = sums.reached[v];  // others reached
        out.closeness[v] =
            r1 > 0 ? (r1 / n1) * (r1 / static_cast<double>(sums.distance_sum[v])) : kNaN;
        out.harmonic[v] = n >= 2 ? sums.inverse_sum[v] / n1 : kNaN;
        total += sums.inverse_sum[v];
    }
    out.global_efficiency = n >= 2 ? total / (double(n) * (n - 1)) : kNaN;
}

void fill_betweenness_columns(const NetworkView& g, std::vector<double> raw, PathColumns& out) {
    const int n = g.n;
    if (!g.directed)  // every unordered pair was counted from both ends
        for (auto& b : raw)
            b /= 2.0;
    out.betweenness = std::move(raw);
    const double pairs = g.directed ? double(n - 1) * (n - 2) : double(n - 1) * (n - 2) / 2;
    for (int v = 0; v < n; ++v)
        out.betweenness_normalized[v] = pairs > 0 ? out.betweenness[v] / pairs : kNaN;
}

}  // namespace

PathColumns shortest_path_measures(const NetworkView& g, const PathOptions& options,
                                   Progress* progress) {
    const int n = g.n;
    PathColumns out;
    out.closeness.assign(n, kNaN);
    out.harmonic.assign(n, kNaN);
    out.betweenness.assign(n, options.betweenness ? 0.0 : kNaN);
    out.betweenness_normalized.assign(n, kNaN);
    if (n == 0)
        return out;
    if (options.distances)
        fill_distance_columns(g, outgoing_distance_sums(g, options.threads, progress), out);
    if (options.betweenness)
        fill_betweenness_columns(g, brandes_betweenness(g, options.threads, progress), out);
    if (progress)
        progress->set_fraction(1.0);
    return out;
}

}  // namespace rk::analytics
