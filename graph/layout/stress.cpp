// Sparse stress majorisation by stochastic gradient descent.
//
// Zheng, Pawar, Goodman, "Graph drawing by stochastic gradient descent" (IEEE TVCG 2019),
// sparse variant after Ortmann, Klimenta, Brandes: exact terms for the edges, and for every
// node one term per pivot, weighted by how many nodes that pivot stands for. Pivots are
// chosen max-min (each the node farthest from those chosen so far), which also reaches
// every component.
#include <algorithm>
#include <cmath>
#include <limits>

#include "layout/detail.hpp"
#include "layout/layout.hpp"

namespace rk::layout {

namespace {
struct Term {
    int i;
    int j;    // -1: anchor term for i; otherwise the other node
    float d;  // ideal distance (diagram units)
    float w;  // weight
    bool one_sided;
};

// PivotMDS (Brandes, Pich 2006): classical MDS restricted to the pivot columns of the
// distance matrix. A good start for SGD (no folds), O(n k^2). Unreachable pairs count as
// one more than the largest finite distance (the components are packed afterwards anyway).
std::vector<Vec2> pivot_mds(const std::vector<std::vector<int>>& dist, int n, double L) {
    const int k = static_cast<int>(dist.size());
    std::vector<Vec2> out(static_cast<std::size_t>(n));
    if (k < 3 || n < 3)
        return out;
    int dmax = 0;
    for (const auto& d : dist)
        for (int v : d)
            dmax = std::max(dmax, v);
    std::vector<double> C(static_cast<std::size_t>(n) * k);
    std::vector<double> colmean(k, 0.0);
    double grand = 0;
    for (int i = 0; i < n; ++i) {
        double rowmean = 0;
        for (int p = 0; p < k; ++p) {
            double d = dist[p][i] < 0 ? dmax + 1 : dist[p][i];
            C[static_cast<std::size_t>(i) * k + p] = d * d;
            rowmean += d * d;
        }
        rowmean /= k;
        for (int p = 0; p < k; ++p) {
            double& c = C[static_cast<std::size_t>(i) * k + p];
            c -= rowmean;
            colmean[p] += c;
        }
    }
    for (int p = 0; p < k; ++p)
        colmean[p] /= n;
    for (int i = 0; i < n; ++i)
        for (int p = 0; p < k; ++p)
            C[static_cast<std::size_t>(i) * k + p] =
                -0.5 * (C[static_cast<std::size_t>(i) * k + p] - colmean[p]);
    (void)grand;
    // B = C^T C, k x k.
    std::vector<double> B(static_cast<std::size_t>(k) * k, 0.0);
    for (int i = 0; i < n; ++i) {
        const double* row = &C[static_cast<std::size_t>(i) * k];
        for (int p = 0; p < k; ++p) {
            double rp = row[p];
            double* b = &B[static_cast<std::size_t>(p) * k];
            for (int q = 0; q < k; ++q)
                b[q] += rp * row[q];
        }
    }
    // Two leading eigenvectors by power iteration with deflation (deterministic start).
    std::vector<std::vector<double>> vecs;
    for (int e = 0; e < 2; ++e) {
        std::vector<double> v(k), w(k);
        for (int p = 0; p < k; ++p)
            v[p] = 1.0 + 0.01 * ((p * 7 + e * 13) % 11);
        for (int it = 0; it < 200; ++it) {
            for (int p = 0; p < k; ++p) {
                double sum = 0;
                for (int q = 0; q < k; ++q)
                    sum += B[static_cast<std::size_t>(p) * k + q] * v[q];
                w[p] = sum;
            }
            for (const auto& u : vecs) {
                double dot = 0;
                for (int p = 0; p < k; ++p)
                    dot += w[p] * u[p];
                for (int p = 0; p < k; ++p)
                    w[p] -= dot * u[p];
            }
            double norm = 0;
            for (double x : w)
                norm += x * x;
            norm = std::sqrt(norm);
            if (norm < 1e-300)
                break;
            for (int p = 0; p < k; ++p)
                v[p] = w[p] / norm;
        }
        vecs.push_back(v);
    }
    for (int i = 0; i < n; ++i) {
        const double* row = &C[static_cast<std::size_t>(i) * k];
        double x = 0, y = 0;
        for (int p = 0; p < k; ++p) {
            x += row[p] * vecs[0][p];
            y += row[p] * vecs[1][p];
        }
        out[i] = {x, y};
    }
    (void)L;
    return out;
}
}  // namespace

std::vector<Vec2> stress_layout(const LayoutGraph& graph, const StressOptions& opt,
                                const std::vector<Vec2>* initial, const std::vector<bool>* fixed,
                                Progress* progress) {
    const int n = graph.node_count();
    std::vector<Vec2> pos(static_cast<std::size_t>(n));
    if (n == 0)
        return pos;
    detail::Rng rng(opt.seed);
    const double L = opt.edge_length > 0 ? opt.edge_length : 100.0;
    const double side = std::sqrt(static_cast<double>(n)) * L;
    bool any_given = false;
    int given_count = 0;
    for (int i = 0; i < n; ++i) {
        if (initial && static_cast<int>(initial->size()) == n && std::isfinite((*initial)[i].x) &&
            std::isfinite((*initial)[i].y)) {
            pos[i] = (*initial)[i];
            any_given = true;
            ++given_count;
            rng.next();
            rng.next();  // keep the stream aligned whether or not a start was given
        } else {
            pos[i].x = (rng.uniform() - 0.5) * side;
            pos[i].y = (rng.uniform() - 0.5) * side;
        }
    }
    auto is_fixed = [&](int i) {
        return fixed && static_cast<int>(fixed->size()) == n && (*fixed)[i];
    };
    const detail::Csr csr = detail::make_csr(graph);

    // Pivots, max-min, with their BFS distances.
    const int wanted = opt.pivots > 0 ? opt.pivots : (n < 2000 ? 100 : 200);
    const int k = std::max(1, std::min(wanted, n));
    std::vector<int> pivots;
    std::vector<std::vector<int>> dist;
    std::vector<int> mindist(n, std::numeric_limits<int>::max()), queue;
    queue.reserve(static_cast<std::size_t>(n));
    int next = static_cast<int>(rng.below(static_cast<std::uint64_t>(n)));
    for (int p = 0; p < k; ++p) {
        check_cancel(progress);
        pivots.push_back(next);
        dist.emplace_back(n);
        detail::bfs(csr, next, dist.back(), queue);
        const std::vector<int>& d = dist.back();
        int best = -1;
        long long best_d = -1;
        for (int i = 0; i < n; ++i) {
            if (d[i] >= 0)
                mindist[i] = std::min(mindist[i], d[i]);
            // Unreached nodes (other components) have mindist = max: they come first.
            if (mindist[i] > best_d) {
                best_d = mindist[i];
                best = i;
            }
        }
        if (best_d <= 0)
            break;  // every node is a pivot already
        next = best;
    }
    const int kp = static_cast<int>(pivots.size());
    if (any_given) {
        // Nodes without a start go near the mean of their placed neighbours, breadth-first
        // from the given ones (new actors start next to the actors they relate to).
        std::vector<char> placed(static_cast<std::size_t>(n), 0);
        std::vector<int> order;
        for (int i = 0; i < n; ++i)
            if (std::isfinite((*initial)[i].x) && std::isfinite((*initial)[i].y)) {
                placed[i] = 1;
                order.push_back(i);
            }
        for (std::size_t h = 0; h < order.size(); ++h) {
            int u = order[h];
            for (int e = csr.offset[u]; e < csr.offset[u + 1]; ++e) {
                int v = csr.target[e];
                if (placed[v])
                    continue;
                double sx = 0, sy = 0;
                int c = 0;
                for (int f = csr.offset[v]; f < csr.offset[v + 1]; ++f)
                    if (placed[csr.target[f]]) {
                        sx += pos[csr.target[f]].x;
                        sy += pos[csr.target[f]].y;
                        ++c;
                    }
                pos[v] = {sx / c + (rng.uniform() - 0.5) * 0.5 * L,
                          sy / c + (rng.uniform() - 0.5) * 0.5 * L};
                placed[v] = 1;
                order.push_back(v);
            }
        }
    }
    if (!any_given && kp >= 3 && !graph.edges.empty()) {
        // Start from PivotMDS, scaled to the ideal edge length, with a seeded jitter so no
        // two nodes coincide (twins have identical pivot distances).
        std::vector<Vec2> mds = pivot_mds(dist, n, L);
        double sum = 0;
        for (auto [a, b] : graph.edges)
            sum += std::hypot(mds[a].x - mds[b].x, mds[a].y - mds[b].y);
        double mean = sum / static_cast<double>(graph.edges.size());
        double scale = mean > 1e-12 ? L / mean : 1.0;
        for (int i = 0; i < n; ++i)
            pos[i] = {mds[i].x * scale + (rng.uniform() - 0.5) * 0.1 * L,
                      mds[i].y * scale + (rng.uniform() - 0.5) * 0.1 * L};
    }
    if (progress)
        progress->set_fraction(0.1);

    // Region of each node: its closest pivot; s[p][r] = nodes of region p within r of p.
    std::vector<int> region(n, -1);
    for (int i = 0; i < n; ++i) {
        int best = -1;
        for (int p = 0; p < kp; ++p) {
            int d = dist[p][i];
            if (d >= 0 && (best < 0 || d < dist[best][i]))
                best = p;
        }
        region[i] = best;
    }
    std::vector<std::vector<int>> within(static_cast<std::size_t>(kp));
    for (int i = 0; i < n; ++i) {
        if (region[i] < 0)
            continue;
        auto& h = within[region[i]];
        int d = dist[region[i]][i];
        if (static_cast<int>(h.size()) <= d)
            h.resize(static_cast<std::size_t>(d) + 1, 0);
        ++h[d];
    }
    for (auto& h : within)
        for (std::size_t r = 1; r < h.size(); ++r)
            h[r] += h[r - 1];

    std::vector<Term> terms;
    terms.reserve(graph.edges.size() + static_cast<std::size_t>(n) * kp);
    // Exact terms for every pair within `radius` hops (the edges and the local structure the
    // pivots cannot represent), found by depth-limited BFS; each pair once (i < j).
    const int radius = std::max(1, opt.local_radius);
    {
        std::vector<int> seen(n, -1), frontier, next_frontier;
        for (int i = 0; i < n; ++i) {
            frontier.assign(1, i);
            seen[i] = i;
            for (int d = 1; d <= radius && !frontier.empty(); ++d) {
                next_frontier.clear();
                for (int u : frontier)
                    for (int e = csr.offset[u]; e < csr.offset[u + 1]; ++e) {
                        int v = csr.target[e];
                        if (seen[v] == i)
                            continue;
                        seen[v] = i;
                        next_frontier.push_back(v);
                        if (i < v)
                            terms.push_back({i, v, static_cast<float>(d * L),
                                             static_cast<float>(1.0 / (static_cast<double>(d) * d)),
                                             false});
                    }
                frontier.swap(next_frontier);
            }
        }
    }
    for (int i = 0; i < n; ++i) {
        for (int p = 0; p < kp; ++p) {
            int d = dist[p][i];
            if (d <= radius)
                continue;  // itself, unreachable, or an exact local term
            const auto& h = within[p];
            int half = std::min<int>(d / 2, static_cast<int>(h.size()) - 1);
            double s = half >= 0 && !h.empty() ? std::max(1, h[half]) : 1;
            terms.push_back({i, pivots[p], static_cast<float>(d * L),
                             static_cast<float>(s / (static_cast<double>(d) * d)), true});
        }
    }
    const bool anchors = static_cast<int>(opt.anchored.size()) == n &&
                         static_cast<int>(opt.anchor.size()) == n && opt.anchor_strength > 0;
    if (anchors) {
        // The anchor holds a node with `anchor_strength` times the total weight of its stress
        // terms, so the pull means the same for a hub and a leaf.
        std::vector<double> total(static_cast<std::size_t>(n), 0.0);
        for (const Term& t : terms) {
            total[t.i] += t.w;
            if (!t.one_sided)
                total[t.j] += t.w;
        }
        for (int i = 0; i < n; ++i)
            if (opt.anchored[i])
                terms.push_back({i, -1, 0.0f,
                                 static_cast<float>(opt.anchor_strength * std::max(total[i], 1.0)),
                                 true});
    }
    dist.clear();
    dist.shrink_to_fit();
    if (terms.empty()) {
        detail::pack_components(graph, pos, fixed ? *fixed : std::vector<bool>{}, {}, L);
        return pos;
    }

    // Step sizes decay exponentially from 1/w_min to eps/w_max (the paper's schedule), on
    // weights measured in edge lengths so the schedule does not depend on L.
    double wmin = 1e300, wmax = 0;
    for (const Term& t : terms) {
        double w = t.w;
        wmin = std::min(wmin, w);
        wmax = std::max(wmax, w);
    }
    const int epochs = std::max(1, opt.epochs);
    // From a PivotMDS start the coarse structure is already right: begin at eta_start.
    // When most start positions are given (anchors, the previous picture) only refine: the
    // paper's large first steps would scramble them.
    const bool refine = 2 * given_count >= n;
    const double eta_cap = opt.eta_start > 0 ? opt.eta_start : refine ? 1.0 : 1e300;
    const double eta_max = std::max(std::min(1.0 / wmin, eta_cap), 0.1 / wmax),
                 eta_min = 0.1 / wmax;
    const double lambda = epochs > 1 ? std::log(eta_max / eta_min) / (epochs - 1) : 0.0;
    for (int ep = 0; ep < epochs; ++ep) {
        check_cancel(progress);
        if (progress)
            progress->set_fraction(0.1 + 0.9 * ep / epochs);
        const double eta = eta_max * std::exp(-lambda * ep);
        for (std::size_t t = terms.size() - 1; t > 0; --t)
            std::swap(terms[t], terms[rng.below(t + 1)]);
        for (const Term& t : terms) {
            const double mu = std::min(eta * t.w, 1.0);
            Vec2& pi = pos[t.i];
            if (t.j < 0) {
                if (is_fixed(t.i))
                    continue;
                pi.x += mu * (opt.anchor[t.i].x - pi.x);
                pi.y += mu * (opt.anchor[t.i].y - pi.y);
                continue;
            }
            Vec2& pj = pos[t.j];
            double ddx = pi.x - pj.x, ddy = pi.y - pj.y;
            double len = std::sqrt(ddx * ddx + ddy * ddy);
            if (len < 1e-9) {
                // Coincident: separate along a seeded direction.
                double a = rng.uniform() * 6.283185307179586;
                ddx = std::cos(a) * 1e-3;
                ddy = std::sin(a) * 1e-3;
                len = 1e-3;
            }
            const double r = (len - t.d) / (2.0 * len);
            const double rx = mu * r * ddx, ry = mu * r * ddy;
            const bool fi = is_fixed(t.i), fj = t.one_sided || is_fixed(t.j);
            if (fi && fj)
                continue;
            if (!fi) {
                // Alone (the other end does not move) it covers the whole correction.
                double f = fj ? 2.0 : 1.0;
                pi.x -= f * rx;
                pi.y -= f * ry;
            }
            if (!fj) {
                double f = fi ? 2.0 : 1.0;
                pj.x += f * rx;
                pj.y += f * ry;
            }
        }
    }
    // Components drift independently (no terms between them): shelve them, except those
    // held by fixed or anchored nodes.
    std::vector<bool> keep(static_cast<std::size_t>(n), false);
    for (int i = 0; i < n; ++i)
        keep[i] = is_fixed(i) || (anchors && opt.anchored[i]);
    detail::pack_components(graph, pos, keep, {}, L);
    if (progress)
        progress->set_fraction(1.0);
    return pos;
}

}  // namespace rk::layout
