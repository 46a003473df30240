// Katz centrality (Katz 1953): x = alpha A^T x + beta with beta = 1, unit Euclidean norm
// (NetworkX katz_centrality with normalized=True).
#include <cmath>

#include "analytics/measures.hpp"

namespace rk::analytics {

std::vector<double> katz_centrality(const NetworkView& g, double alpha) {
    const int n = g.n;
    std::vector<double> x(n, 0.0), next(n);
    bool converged = false;
    for (int iteration = 0; iteration < 10000 && !converged; ++iteration) {
        double change = 0;
        for (int v = 0; v < n; ++v) {
            double sum = 0;
            for (int k = g.in_offsets[v]; k < g.in_offsets[v + 1]; ++k)
                sum += x[g.in_sources[k]] * g.in_weights[k];
            next[v] = alpha * sum + 1.0;
            change += std::fabs(next[v] - x[v]);
        }
        x.swap(next);
        if (!std::isfinite(change))
            break;
        converged = change < n * 1e-12;
    }
    if (!converged)
        return std::vector<double>(n, kNaN);
    double norm = 0;
    for (double v : x)
        norm += v * v;
    norm = std::sqrt(norm);
    for (double& v : x)
        v /= norm;
    return x;
}

}  // namespace rk::analytics
