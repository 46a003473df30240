// The analytics side of a comparison: the before/after/delta table and rank changes, on the
// merge/split pair with betweenness worked out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "compare/compare.hpp"
#include "model/case_io.hpp"
#include "unit/compare/fixtures.hpp"

namespace rk::compare {
namespace {

ComparisonResult run() {
    CompareOptions o;
    o.qap_permutations = 0;
    const Case c = test::merge_split_case();
    return compare_case(c, "before", "after", o);
}

const IndexRow* row(const ComparisonResult& r, const std::string& key) {
    for (const auto& x : r.indices)
        if (x.key == key)
            return &x;
    return nullptr;
}

TEST(CompareIndices, DeltaTableHasNetworkIndicesAndDiagnostics) {
    const auto r = run();
    const auto* nodes = row(r, "nodes");
    ASSERT_NE(nodes, nullptr);
    EXPECT_EQ(nodes->before, 5);
    EXPECT_EQ(nodes->after, 5);
    EXPECT_EQ(nodes->delta, 0);
    // Undirected, all layers merged: before A-B, A-C, B-C, C-D, D-E = 5 edges; after A-B,
    // A-CD, B-CD, CD-E1, A-E2, E1-E2 = 6 edges.
    const auto* edges = row(r, "edges");
    ASSERT_NE(edges, nullptr);
    EXPECT_EQ(edges->before, 5);
    EXPECT_EQ(edges->after, 6);
    EXPECT_EQ(edges->delta, 1);
    bool any_diagnostic = false;
    for (const auto& x : r.indices)
        any_diagnostic |= x.group == "diagnostic";
    EXPECT_TRUE(any_diagnostic);
}

// Betweenness (unnormalised; ranks do not depend on normalisation):
//   before: C 4 (rank 1), D 3 (2), A B E 0 (3)
//   after:  A 1.5 and CD 1.5 (rank 1), E1 E2 0.5 (3), B 0 (5)
// Class rank = best member rank: CD 1 -> 1, A 3 -> 1, E 3 -> 3 (E1), B 3 -> 5.
TEST(CompareRanks, RankChangesByHand) {
    const auto r = run();
    EXPECT_EQ(r.rank_metric, "betweenness");
    ASSERT_EQ(r.ranks.size(), 4u);
    EXPECT_EQ(r.ranks[0].label, "C + D -> CD");
    EXPECT_EQ(r.ranks[0].before_rank, 1);
    EXPECT_EQ(r.ranks[0].after_rank, 1);
    EXPECT_EQ(r.ranks[1].label, "A");
    EXPECT_EQ(r.ranks[1].before_rank, 3);
    EXPECT_EQ(r.ranks[1].after_rank, 1);
    EXPECT_EQ(r.ranks[2].label, "E -> E1 + E2");
    EXPECT_EQ(r.ranks[2].before_rank, 3);
    EXPECT_EQ(r.ranks[2].after_rank, 3);
    EXPECT_EQ(r.ranks[3].label, "B");
    EXPECT_EQ(r.ranks[3].after_rank, 5);
}

TEST(CompareRanks, TopNLimitsTheList) {
    CompareOptions o;
    o.qap_permutations = 0;
    o.top_n = 1;
    const Case c = test::merge_split_case();
    const auto r = compare_case(c, "before", "after", o);
    ASSERT_EQ(r.ranks.size(), 2u);  // CD (1 before and after) and A (1 after)
}

TEST(CompareSample, VthCaseUsesItsLineage) {
    const auto loaded =
        load_case_file(std::string(RK_SOURCE_DIR) + "/assets/cases/vth-stelsel.regie.json");
    if (!loaded.value)
        GTEST_SKIP() << "VTH sample case not loadable:\n" << loaded.diagnostics.to_string();
    const Case& c = *loaded.value;
    if (!c.find_scenario("voor-2020") || !c.find_scenario("ibp-2022"))
        GTEST_SKIP();
    CompareOptions o;
    o.qap_permutations = 99;
    const auto r = compare_case(c, "voor-2020", "ibp-2022", o);
    EXPECT_FALSE(r.lineage_proposed);
    EXPECT_TRUE(r.contraction.warnings.empty());
    ASSERT_FALSE(r.distances.empty());
    EXPECT_EQ(r.distances.back().scope, "overall");
    // Same inputs and seed: the same p-value (reproducible reports).
    const auto again = compare_case(c, "voor-2020", "ibp-2022", o);
    EXPECT_EQ(std::isnan(r.distances.back().qap_p), std::isnan(again.distances.back().qap_p));
    if (!std::isnan(r.distances.back().qap_p)) {
        EXPECT_EQ(r.distances.back().qap_p, again.distances.back().qap_p);
    }
}

}  // namespace
}  // namespace rk::compare
