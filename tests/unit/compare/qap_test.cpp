// QAP correlation and its permutation p-value, and the generic delta table.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "compare/compare.hpp"

namespace rk::compare {
namespace {

std::vector<double> sym(int k, std::initializer_list<std::pair<int, int>> ties) {
    std::vector<double> m(static_cast<std::size_t>(k) * k, 0.0);
    for (auto [u, v] : ties)
        m[u * k + v] = m[v * k + u] = 1.0;
    return m;
}

// An irregular graph on 8 nodes (a path with chords): few permutations reproduce it, so the
// p-value of a matrix against itself is small.
std::vector<double> asymmetric8() {
    return sym(8, {{0, 1},
                   {1, 2},
                   {2, 3},
                   {3, 4},
                   {4, 5},
                   {5, 6},
                   {6, 7},
                   {1, 4},
                   {2, 6},
                   {0, 3},
                   {5, 7},
                   {1, 6}});
}

TEST(Qap, IdenticalMatricesCorrelateOneWithSmallP) {
    const auto a = asymmetric8();
    const auto q = qap_correlation(a, a, 8, 999, 7);
    EXPECT_NEAR(q.r, 1.0, 1e-12);
    EXPECT_LT(q.p, 0.01);
    EXPECT_GE(q.p, 1.0 / 1000.0);  // (count + 1) / (perms + 1) is never 0
    EXPECT_EQ(q.permutations, 999);
}

TEST(Qap, KnownSmallCorrelations) {
    // k = 4, 12 off-diagonal cells. A = {01, 23}, B = {02, 13}: 4 ones each, none shared.
    // cov = 0 - 16/12 = -4/3, var = 4 - 16/12 = 8/3, r = -0.5.
    EXPECT_NEAR(matrix_correlation(sym(4, {{0, 1}, {2, 3}}), sym(4, {{0, 2}, {1, 3}}), 4), -0.5,
                1e-12);
    // A = {01, 23}, B = {01, 02}: 2 shared cells. cov = 2 - 4/3 = 2/3, r = 0.25.
    EXPECT_NEAR(matrix_correlation(sym(4, {{0, 1}, {2, 3}}), sym(4, {{0, 1}, {0, 2}}), 4), 0.25,
                1e-12);
}

TEST(Qap, RandomlyPermutedNetworkCorrelatesNearZero) {
    const int k = 40;
    std::mt19937_64 rng(42);
    std::vector<double> a(k * k, 0.0);
    for (int i = 0; i < k; ++i)
        for (int j = i + 1; j < k; ++j)
            if (rng() % 5 == 0)
                a[i * k + j] = a[j * k + i] = 1.0;
    std::vector<int> p(k);
    for (int i = 0; i < k; ++i)
        p[i] = i;
    std::shuffle(p.begin(), p.end(), rng);
    std::vector<double> b(k * k, 0.0);
    for (int i = 0; i < k; ++i)
        for (int j = 0; j < k; ++j)
            b[i * k + j] = a[p[i] * k + p[j]];
    const auto q = qap_correlation(a, b, k, 499, 3);
    EXPECT_LT(std::fabs(q.r), 0.15);
    EXPECT_GT(q.p, 0.01);
}

TEST(Qap, SeededRunsAreReproducible) {
    const auto a = asymmetric8();
    const auto b = sym(8, {{0, 1}, {1, 2}, {2, 3}, {5, 6}, {1, 6}});
    const auto q1 = qap_correlation(a, b, 8, 199, 11);
    const auto q2 = qap_correlation(a, b, 8, 199, 11);
    EXPECT_EQ(q1.p, q2.p);
    EXPECT_EQ(q1.r, q2.r);
}

TEST(Qap, ConstantMatrixIsNaN) {
    std::vector<double> zero(16, 0.0);
    const auto q = qap_correlation(zero, sym(4, {{0, 1}}), 4, 10, 1);
    EXPECT_TRUE(std::isnan(q.r));
    EXPECT_TRUE(std::isnan(q.p));
}

TEST(DeltaTable, MissingValuesAreNaN) {
    const auto rows = delta_table({{"density", 0.5}, {"gone", 1}}, {{"density", 0.25}, {"new", 2}},
                                  {{"density", "dichtheid"}});
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].key, "density");
    EXPECT_EQ(rows[0].label, "dichtheid");
    EXPECT_DOUBLE_EQ(rows[0].delta, -0.25);
    EXPECT_TRUE(std::isnan(rows[1].after));  // gone
    EXPECT_TRUE(std::isnan(rows[1].delta));
    EXPECT_TRUE(std::isnan(rows[2].before));  // new
}

TEST(DeltaTable, IndexMapsKeepAnalyticsOrder) {
    IndexMap b, a;
    b.order = {"z", "a"};
    b.values = {{"z", 1}, {"a", 2}};
    a.order = {"z", "a", "m"};
    a.values = {{"z", 3}, {"a", 2}, {"m", 5}};
    const auto rows = delta_table(b, a);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].key, "z");
    EXPECT_EQ(rows[1].key, "a");
    EXPECT_EQ(rows[2].key, "m");
    EXPECT_DOUBLE_EQ(rows[0].delta, 2.0);
}

}  // namespace
}  // namespace rk::compare
