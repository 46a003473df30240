// Freeman (1979) centralization: how far the network is from its most central actor, as a
// share of the same sum on the star graph, which maximises it for these measures.
#include <algorithm>
#include <cmath>

#include "analytics/measures.hpp"

namespace rk::analytics {

double freeman_centralization(const std::vector<double>& values, double star_sum) {
    if (values.size() < 3 || !(star_sum > 0))
        return kNaN;
    double max = -INFINITY;
    for (double v : values) {
        if (std::isnan(v))
            return kNaN;
        max = std::max(max, v);
    }
    double sum = 0;
    for (double v : values)
        sum += max - v;
    return sum / star_sum;
}

// Centre n-1, leaves 1.
double star_sum_degree(int n) {
    return double(n - 1) * (n - 2);
}
// Centre 1, leaves 0.
double star_sum_normalized_betweenness(int n) {
    return n - 1.0;
}
// Centre 1, leaves (n-1) / (1 + 2(n-2)).
double star_sum_closeness(int n) {
    return double(n - 1) * (n - 2) / (2.0 * n - 3.0);
}
// Centre 1, leaves (1 + (n-2)/2) / (n-1).
double star_sum_harmonic(int n) {
    return (n - 2) / 2.0;
}
// Centre 1/sqrt(2), leaves 1/sqrt(2(n-1)).
double star_sum_eigenvector(int n) {
    return (n - 1) * (1.0 / std::sqrt(2.0) - 1.0 / std::sqrt(2.0 * (n - 1)));
}
// Solving p_c = (1-a)/n + a (n-1) p_l and p_l = (1-a)/n + a p_c / (n-1).
double star_sum_pagerank(int n, double alpha) {
    const double centre = (1.0 + alpha * (n - 1)) / (n * (1.0 + alpha));
    const double leaf = (1.0 - centre) / (n - 1);
    return (n - 1) * (centre - leaf);
}

// Katz on the star: centre c = 1 + a (n-1) l and leaf l = 1 + a c, then unit norm.
// NaN when the series diverges on the star (a^2 (n-1) >= 1).
double star_sum_katz(int n, double alpha) {
    const double d = 1.0 - alpha * alpha * (n - 1);
    if (d <= 0)
        return kNaN;
    const double centre = (1.0 + alpha * (n - 1)) / d;
    const double leaf = 1.0 + alpha * centre;
    const double norm = std::sqrt(centre * centre + (n - 1) * leaf * leaf);
    return (n - 1) * (centre - leaf) / norm;
}

}  // namespace rk::analytics
