// QAP correlation (Krackhardt 1987): how similar two networks on the same node set are,
// with a permutation test that keeps each matrix's structure (rows and columns move
// together) instead of assuming independent cells.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include "compare/compare.hpp"

namespace rk::compare {

namespace {

// Correlation of a with b read through permutation p (b'[i][j] = b[p[i]][p[j]]).
double permuted_correlation(const std::vector<double>& a, const std::vector<double>& b, int k,
                            const std::vector<int>& p) {
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
    double cells = 0;
    for (int i = 0; i < k; ++i) {
        for (int j = 0; j < k; ++j) {
            if (i == j)
                continue;
            const double x = a[static_cast<std::size_t>(i) * k + j];
            const double y = b[static_cast<std::size_t>(p[i]) * k + p[j]];
            sa += x;
            sb += y;
            saa += x * x;
            sbb += y * y;
            sab += x * y;
            cells += 1;
        }
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (cells < 2)
        return nan;
    const double cov = sab - sa * sb / cells;
    const double va = saa - sa * sa / cells;
    const double vb = sbb - sb * sb / cells;
    // Relative tolerance: a constant matrix has variance 0 up to rounding.
    if (va <= 1e-12 * std::max(1.0, saa) || vb <= 1e-12 * std::max(1.0, sbb))
        return nan;
    return cov / std::sqrt(va * vb);
}

}  // namespace

double matrix_correlation(const std::vector<double>& a, const std::vector<double>& b, int k) {
    std::vector<int> id(k);
    std::iota(id.begin(), id.end(), 0);
    return permuted_correlation(a, b, k, id);
}

QapResult qap_correlation(const std::vector<double>& a, const std::vector<double>& b, int k,
                          int permutations, std::uint64_t seed, const Progress* progress) {
    QapResult r;
    r.r = matrix_correlation(a, b, k);
    r.permutations = std::max(permutations, 0);
    if (std::isnan(r.r) || r.permutations == 0) {
        r.p = std::numeric_limits<double>::quiet_NaN();
        return r;
    }
    std::mt19937_64 rng(seed);
    std::vector<int> p(k);
    std::iota(p.begin(), p.end(), 0);
    int at_least = 0;
    for (int t = 0; t < r.permutations; ++t) {
        if ((t & 63) == 0)
            check_cancel(progress);
        // Fisher-Yates with our own index draw: std::shuffle's algorithm is unspecified,
        // and the p-value must be identical on every standard library.
        for (int i = k - 1; i > 0; --i) {
            const int j = static_cast<int>(rng() % static_cast<std::uint64_t>(i + 1));
            std::swap(p[i], p[j]);
        }
        // Tolerance so that permutations that reproduce the observed matrix count.
        if (permuted_correlation(a, b, k, p) >= r.r - 1e-12)
            ++at_least;
    }
    r.p = (at_least + 1.0) / (r.permutations + 1.0);
    return r;
}

std::vector<IndexRow> delta_table(const std::map<std::string, double>& before,
                                  const std::map<std::string, double>& after,
                                  const std::map<std::string, std::string>& labels,
                                  const std::map<std::string, std::string>& groups) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::string> keys;
    for (const auto& [k, v] : before)
        keys.push_back(k);
    for (const auto& [k, v] : after)
        if (!before.count(k))
            keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    std::vector<IndexRow> rows;
    for (const auto& k : keys) {
        IndexRow row;
        row.key = k;
        auto l = labels.find(k);
        row.label = l != labels.end() ? l->second : k;
        auto g = groups.find(k);
        row.group = g != groups.end() ? g->second : std::string{};
        auto b = before.find(k);
        auto a = after.find(k);
        row.before = b != before.end() ? b->second : nan;
        row.after = a != after.end() ? a->second : nan;
        row.delta = row.after - row.before;  // NaN propagates
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<IndexRow> delta_table(const IndexMap& before, const IndexMap& after) {
    auto rows = delta_table(before.values, after.values, after.labels, after.groups);
    for (auto& row : rows) {  // labels of the before side win when both have them
        if (auto l = before.labels.find(row.key); l != before.labels.end())
            row.label = l->second;
        for (const IndexMap* side : {&before, &after}) {
            if (auto l = side->labels_nl.find(row.key); l != side->labels_nl.end()) {
                row.label_nl = l->second;
                break;
            }
        }
        if (auto g = before.groups.find(row.key); g != before.groups.end())
            row.group = g->second;
    }
    std::map<std::string, std::size_t> rank;
    for (const auto& k : before.order)
        rank.emplace(k, rank.size());
    for (const auto& k : after.order)
        rank.emplace(k, rank.size());
    std::stable_sort(rows.begin(), rows.end(), [&](const IndexRow& a, const IndexRow& b) {
        return rank[a.key] < rank[b.key];
    });
    return rows;
}

}  // namespace rk::compare
