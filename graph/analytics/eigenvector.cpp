// Eigenvector centrality (Bonacich 1972): the leading eigenvector of A^T, found by power
// iteration on A^T + I as NetworkX does, so bipartite graphs do not oscillate.
#include <cmath>

#include "analytics/measures.hpp"

namespace rk::analytics {

EigenResult eigenvector_centrality(const NetworkView& g) {
    const int n = g.n;
    EigenResult r;
    r.centrality.assign(n, kNaN);
    if (g.edges.empty())
        return r;
    std::vector<double> x(n, 1.0 / n), next(n);
    for (int iteration = 0; iteration < 10000; ++iteration) {
        double norm = 0;
        for (int v = 0; v < n; ++v) {
            double sum = x[v];
            for (int k = g.in_offsets[v]; k < g.in_offsets[v + 1]; ++k)
                sum += x[g.in_sources[k]] * g.in_weights[k];
            next[v] = sum;
            norm += sum * sum;
        }
        norm = std::sqrt(norm);
        if (norm == 0)
            return r;
        double change = 0;
        for (int v = 0; v < n; ++v) {
            next[v] /= norm;
            change += std::fabs(next[v] - x[v]);
        }
        x.swap(next);
        r.lambda = norm - 1.0;  // (A + I) x = (lambda + 1) x for unit x
        if (change < n * 1e-13) {
            r.converged = true;
            break;
        }
    }
    if (r.converged)
        r.centrality = x;
    return r;
}

}  // namespace rk::analytics
