// Layout quality metrics (see quality.hpp for the definitions).
#include "layout/quality.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "layout/detail.hpp"

namespace rk::layout {

double normalised_stress(const LayoutGraph& graph, const std::vector<Vec2>& pos, int sample_sources,
                         std::uint64_t seed) {
    const int n = graph.node_count();
    if (n < 2 || static_cast<int>(pos.size()) != n)
        return -1;
    const detail::Csr csr = detail::make_csr(graph);
    std::vector<int> sources;
    if (sample_sources <= 0 || sample_sources >= n) {
        sources.resize(n);
        std::iota(sources.begin(), sources.end(), 0);
    } else {
        // Distinct seeded sources (partial Fisher-Yates).
        std::vector<int> all(n);
        std::iota(all.begin(), all.end(), 0);
        detail::Rng rng(seed);
        for (int k = 0; k < sample_sources; ++k)
            std::swap(all[k], all[k + static_cast<int>(rng.below(n - k))]);
        sources.assign(all.begin(), all.begin() + sample_sources);
    }
    // With w = d^-2, stress(s) = sum (s*e/d - 1)^2 where e = drawn distance. Optimal
    // s = sum(e/d) / sum(e^2/d^2); normalised by the pair count (sum w d^2).
    double a = 0, b = 0, pairs = 0;  // a = sum e/d, b = sum e^2/d^2
    std::vector<int> dist(n, -1), queue;
    queue.reserve(n);
    for (int s : sources) {
        detail::bfs(csr, s, dist, queue);
        for (int v : queue) {
            if (v == s)
                continue;
            double e = std::hypot(pos[s].x - pos[v].x, pos[s].y - pos[v].y);
            double r = e / dist[v];
            a += r;
            b += r * r;
            pairs += 1;
        }
    }
    if (pairs == 0)
        return -1;
    if (b <= 0)
        return 1.0;  // everything on one point
    double s = a / b;
    // sum (s r - 1)^2 = s^2 b - 2 s a + pairs
    double stress = s * s * b - 2 * s * a + pairs;
    return std::max(0.0, stress / pairs);
}

namespace {
double cross(Vec2 o, Vec2 a, Vec2 b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool segments_cross(Vec2 p1, Vec2 p2, Vec2 q1, Vec2 q2) {
    double d1 = cross(q1, q2, p1), d2 = cross(q1, q2, p2);
    double d3 = cross(p1, p2, q1), d4 = cross(p1, p2, q2);
    // Proper crossings only: touching or collinear overlap is not counted (rare in float
    // layouts, and ambiguous to the eye anyway).
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}
}  // namespace

long long edge_crossings(const LayoutGraph& graph, const std::vector<Vec2>& pos) {
    const auto& E = graph.edges;
    long long count = 0;
    for (std::size_t e = 0; e < E.size(); ++e) {
        for (std::size_t f = e + 1; f < E.size(); ++f) {
            auto [a, b] = E[e];
            auto [c, d] = E[f];
            if (a == c || a == d || b == c || b == d)
                continue;
            if (segments_cross(pos[a], pos[b], pos[c], pos[d]))
                ++count;
        }
    }
    return count;
}

long long rectangle_overlaps(const std::vector<Vec2>& pos, const std::vector<Box>& boxes,
                             double tolerance) {
    const std::size_t n = std::min(pos.size(), boxes.size());
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    auto left = [&](std::size_t i) { return pos[i].x - boxes[i].width / 2; };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return left(a) < left(b) || (left(a) == left(b) && a < b);
    });
    long long count = 0;
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t i = order[k];
        double right_i = pos[i].x + boxes[i].width / 2;
        for (std::size_t l = k + 1; l < n; ++l) {
            std::size_t j = order[l];
            if (left(j) >= right_i - tolerance)
                break;
            double ox = std::min(right_i, pos[j].x + boxes[j].width / 2) - left(j);
            double oy = std::min(pos[i].y + boxes[i].height / 2, pos[j].y + boxes[j].height / 2) -
                        std::max(pos[i].y - boxes[i].height / 2, pos[j].y - boxes[j].height / 2);
            if (ox > tolerance && oy > tolerance)
                ++count;
        }
    }
    return count;
}

}  // namespace rk::layout
