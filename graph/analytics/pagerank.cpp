// PageRank (Brin and Page 1998) by power iteration in pull form over the in-arcs.
#include <cmath>

#include "analytics/measures.hpp"

namespace rk::analytics {

std::vector<double> pagerank(const NetworkView& g, double alpha) {
    const int n = g.n;
    if (n == 0)
        return {};
    std::vector<double> out_strength(n, 0.0);
    for (int v = 0; v < n; ++v)
        for (int k = g.out_offsets[v]; k < g.out_offsets[v + 1]; ++k)
            out_strength[v] += g.out_weights[k];
    std::vector<double> x(n, 1.0 / n), next(n), share(n);
    for (int iteration = 0; iteration < 10000; ++iteration) {
        // share[u] = x[u] / out_strength[u]: what u sends along each unit of arc weight.
        double dangling = 0;
        for (int u = 0; u < n; ++u) {
            if (out_strength[u] > 0) {
                share[u] = x[u] / out_strength[u];
            } else {
                share[u] = 0;
                dangling += x[u];
            }
        }
        const double base = (1.0 - alpha) / n + alpha * dangling / n;
        double change = 0;
        for (int v = 0; v < n; ++v) {
            double sum = 0;
            for (int k = g.in_offsets[v]; k < g.in_offsets[v + 1]; ++k)
                sum += share[g.in_sources[k]] * g.in_weights[k];
            next[v] = base + alpha * sum;
            change += std::fabs(next[v] - x[v]);
        }
        x.swap(next);
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
