// Burt's (1992) structural holes: constraint, effective size, efficiency and hierarchy,
// in the weighted forms that NetworkX implements (Burt 1992 pp. 54-55; Borgatti 1997).
#include <algorithm>
#include <cmath>

#include "analytics/measures.hpp"

namespace rk::analytics {
namespace {

// Mutual ties: a_ij + a_ji, merged from the sorted out- and in-lists of each vertex.
struct Mutual {
    std::vector<int> offsets, nbr;
    std::vector<double> w;
    std::vector<double> sum, max;  // per vertex: total and largest mutual weight
};

Mutual mutual_ties(const NetworkView& g) {
    Mutual m;
    m.offsets.assign(g.n + 1, 0);
    m.sum.assign(g.n, 0.0);
    m.max.assign(g.n, 0.0);
    for (int v = 0; v < g.n; ++v) {
        int a = g.out_offsets[v], ae = g.out_offsets[v + 1];
        int b = g.in_offsets[v], be = g.in_offsets[v + 1];
        while (a < ae || b < be) {
            int t;
            double w = 0;
            if (b >= be || (a < ae && g.out_targets[a] < g.in_sources[b])) {
                t = g.out_targets[a];
                w = g.out_weights[a++];
            } else if (a >= ae || g.in_sources[b] < g.out_targets[a]) {
                t = g.in_sources[b];
                w = g.in_weights[b++];
            } else {
                t = g.out_targets[a];
                w = g.out_weights[a++] + g.in_weights[b++];
            }
            m.nbr.push_back(t);
            m.w.push_back(w);
            m.sum[v] += w;
            m.max[v] = std::max(m.max[v], w);
        }
        m.offsets[v + 1] = static_cast<int>(m.nbr.size());
    }
    return m;
}

}  // namespace

StructuralHoles structural_holes(const NetworkView& g, Progress* progress) {
    const int n = g.n;
    StructuralHoles r;
    r.constraint.assign(n, kNaN);
    r.effective_size.assign(n, kNaN);
    r.efficiency.assign(n, kNaN);
    r.hierarchy.assign(n, kNaN);
    const Mutual m = mutual_ties(g);
    // Dense scratch arrays indexed by vertex, cleared after each ego.
    std::vector<double> p(n, 0.0), indirect(n, 0.0), redundancy(n, 0.0);
    std::vector<char> contact(n, 0);
    for (int v = 0; v < n; ++v) {
        if (v % 256 == 0)
            check_cancel(progress);
        const int begin = m.offsets[v], end = m.offsets[v + 1];
        const int contacts = end - begin;
        if (contacts == 0)
            continue;
        for (int k = begin; k < end; ++k) {
            p[m.nbr[k]] = m.w[k] / m.sum[v];
            contact[m.nbr[k]] = 1;
        }
        // For each contact q, walk q's ties to other contacts j of v:
        // indirect[j] += p_vq p_qj (constraint), redundancy[j] += p_vq m_jq (effective size),
        // m_jq = mutual weight of j and q over j's largest mutual weight.
        for (int k = begin; k < end; ++k) {
            const int q = m.nbr[k];
            for (int h = m.offsets[q]; h < m.offsets[q + 1]; ++h) {
                const int j = m.nbr[h];
                if (j == v || !contact[j])
                    continue;
                indirect[j] += p[q] * m.w[h] / m.sum[q];
                redundancy[j] += p[q] * m.w[h] / m.max[j];
            }
        }
        double constraint = 0, effective = 0;
        for (int k = begin; k < end; ++k) {
            const int j = m.nbr[k];
            const double c = p[j] + indirect[j];
            constraint += c * c;
            effective += 1.0 - redundancy[j];
        }
        r.constraint[v] = constraint;
        r.effective_size[v] = effective;
        r.efficiency[v] = effective / contacts;
        if (contacts > 1 && constraint > 0) {
            // Burt's hierarchy: how concentrated the constraint is on one contact.
            const double mean = constraint / contacts;
            double h = 0;
            for (int k = begin; k < end; ++k) {
                const int j = m.nbr[k];
                const double c = p[j] + indirect[j];
                const double ratio = c * c / mean;
                if (ratio > 0)
                    h += ratio * std::log(ratio);
            }
            r.hierarchy[v] = h / (contacts * std::log(double(contacts)));
        }
        for (int k = begin; k < end; ++k) {
            const int j = m.nbr[k];
            p[j] = indirect[j] = redundancy[j] = 0;
            contact[j] = 0;
        }
    }
    return r;
}

}  // namespace rk::analytics
