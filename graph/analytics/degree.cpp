// Degree and strength (Freeman 1978; strength as Barrat et al. 2004).
#include "analytics/measures.hpp"

namespace rk::analytics {

DegreeColumns degree_centrality(const NetworkView& g) {
    DegreeColumns d;
    const int n = g.n;
    d.degree.resize(n);
    d.in_degree.resize(n);
    d.out_degree.resize(n);
    d.strength.assign(n, 0.0);
    d.degree_normalized.resize(n);
    for (int v = 0; v < n; ++v) {
        d.out_degree[v] = g.out_degree(v);
        d.in_degree[v] = g.in_degree(v);
        d.degree[v] = g.directed ? d.in_degree[v] + d.out_degree[v] : d.out_degree[v];
        for (int k = g.out_offsets[v]; k < g.out_offsets[v + 1]; ++k)
            d.strength[v] += g.out_weights[k];
        if (g.directed)
            for (int k = g.in_offsets[v]; k < g.in_offsets[v + 1]; ++k)
                d.strength[v] += g.in_weights[k];
        const double max_degree = g.directed ? 2.0 * (n - 1) : n - 1.0;
        d.degree_normalized[v] = n >= 2 ? d.degree[v] / max_degree : kNaN;
    }
    return d;
}

}  // namespace rk::analytics
