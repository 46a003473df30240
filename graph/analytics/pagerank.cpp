// PageRank (Brin and Page 1998) by power iteration in pull form over the in-arcs.
#include <cmath>

#include "analytics/measures.hpp"

namespace rk::analytics {
namespace {

// One power step: next[v] = base + alpha * sum over in-arcs (u, v) of share[u] * w(u, v).
// Fused with the preparation of the next step (one pass over the vertices instead of two):
// next_share[v] = next[v] / out_strength[v], and the value of the dangling actors summed in
// `next_dangling`. Returns the L1 change |next - x|. Unweighted views skip the
// multiplication by 1.0 (exact, so the values are the same bit for bit); it is most of the
// work per arc.
template <bool Weighted>
double power_step(const NetworkView& g, double alpha, double base,
                  const std::vector<double>& out_strength, const std::vector<double>& x,
                  const std::vector<double>& share, std::vector<double>& next,
                  std::vector<double>& next_share, double& next_dangling) {
    const int* offsets = g.in_offsets.data();
    const int* sources = g.in_sources.data();
    const double* weights = g.in_weights.data();
    const double* s = share.data();
    double change = 0;
    double dangling = 0;
    for (int v = 0; v < g.n; ++v) {
        double sum = 0;
        for (int k = offsets[v]; k < offsets[v + 1]; ++k) {
            if constexpr (Weighted)
                sum += s[sources[k]] * weights[k];
            else
                sum += s[sources[k]];
        }
        const double value = base + alpha * sum;
        next[v] = value;
        change += std::fabs(value - x[v]);
        if (out_strength[v] > 0) {
            next_share[v] = value / out_strength[v];
        } else {
            next_share[v] = 0;
            dangling += value;
        }
    }
    next_dangling = dangling;
    return change;
}

}  // namespace

std::vector<double> pagerank(const NetworkView& g, double alpha) {
    const int n = g.n;
    if (n == 0)
        return {};
    std::vector<double> out_strength(n, 0.0);
    bool unit_weights = true;
    for (int v = 0; v < n; ++v)
        for (int k = g.out_offsets[v]; k < g.out_offsets[v + 1]; ++k) {
            out_strength[v] += g.out_weights[k];
            unit_weights = unit_weights && g.out_weights[k] == 1.0;
        }
    // The in-weights hold the same numbers as the out-weights (each arc stored in both).
    // share[u] = x[u] / out_strength[u]: what u sends along each unit of arc weight;
    // dangling actors (no out-arcs) send nothing and are spread uniformly through `base`.
    std::vector<double> x(n, 1.0 / n), next(n), share(n), next_share(n);
    double dangling = 0;
    for (int u = 0; u < n; ++u) {
        if (out_strength[u] > 0) {
            share[u] = x[u] / out_strength[u];
        } else {
            share[u] = 0;
            dangling += x[u];
        }
    }
    for (int iteration = 0; iteration < 10000; ++iteration) {
        const double base = (1.0 - alpha) / n + alpha * dangling / n;
        const double change = unit_weights ? power_step<false>(g, alpha, base, out_strength, x,
                                                               share, next, next_share, dangling)
                                           : power_step<true>(g, alpha, base, out_strength, x,
                                                              share, next, next_share, dangling);
        x.swap(next);
        share.swap(next_share);
        if (change < 1e-12)
            break;
    }
    double total = 0;
    for (double v : x)
        total += v;
    for (double& v : x)
        v /= total;
    return x;
}

}  // namespace rk::analytics
