// Tie deltas, internalised relations, Jaccard and Hamming on the merge/split pair, with the
// expected values worked out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "compare/compare.hpp"
#include "unit/compare/fixtures.hpp"

namespace rk::compare {
namespace {

ComparisonResult run() {
    CompareOptions o;
    o.run_analytics = false;
    o.qap_permutations = 99;
    const Case c = test::merge_split_case();
    return compare_scenarios(c.scenarios[0], c.scenarios[1], lineage_between(c, "before", "after"),
                             o);
}

const DistanceRow& row(const ComparisonResult& r, const std::string& scope) {
    for (const auto& d : r.distances)
        if (d.scope == scope)
            return d;
    throw std::runtime_error("no row " + scope);
}

// Classes 0 = A, 1 = B, 2 = CD, 3 = E.
// Collaboration before: A-B {0,1}, B-C {1,2}, C-D inside CD (internalised), D-E {2,3},
//   A-C {0,2}  -> {01, 12, 23, 02}
// Collaboration after:  A-B {0,1}, B-CD {1,2}, CD-E1 {2,3}, A-E2 {0,3}, E1-E2 inside E
//   -> {01, 12, 23, 03}
// persisting {01, 12, 23} = 3, removed {02} = 1, added {03} = 1
// Jaccard = 1 - 3 / 5 = 0.4, Hamming = 2.
TEST(Compare, CollaborationLayerByHand) {
    const auto r = run();
    const auto& d = row(r, "collaboration");
    EXPECT_EQ(d.before_ties, 4u);
    EXPECT_EQ(d.after_ties, 4u);
    EXPECT_EQ(d.persisting, 3u);
    EXPECT_EQ(d.added, 1u);
    EXPECT_EQ(d.removed, 1u);
    EXPECT_EQ(d.internalised, 1u);
    EXPECT_DOUBLE_EQ(d.jaccard, 0.4);
    EXPECT_EQ(d.hamming, 2u);
    // QAP r by hand: 12 off-diagonal cells, 8 ones in each matrix, 6 shared.
    // cov = 6 - 8*8/12 = 2/3, var = 8 - 64/12 = 8/3 each, r = (2/3) / (8/3) = 0.25.
    EXPECT_NEAR(d.qap_r, 0.25, 1e-12);
}

// Directs before: A->B. After: A->B, A->CD. persisting 1, added 1, Jaccard 0.5, Hamming 1.
// Overall pools both layers: union 5 + 2 = 7 ties, 4 persisting: Jaccard 1 - 4/7, Hamming 3.
TEST(Compare, DirectsAndOverallByHand) {
    const auto r = run();
    const auto& d = row(r, "directs");
    EXPECT_EQ(d.persisting, 1u);
    EXPECT_EQ(d.added, 1u);
    EXPECT_EQ(d.removed, 0u);
    EXPECT_DOUBLE_EQ(d.jaccard, 0.5);
    EXPECT_EQ(d.hamming, 1u);
    const auto& o = row(r, "overall");
    EXPECT_EQ(o.persisting, 4u);
    EXPECT_EQ(o.added, 2u);
    EXPECT_EQ(o.removed, 1u);
    EXPECT_NEAR(o.jaccard, 1.0 - 4.0 / 7.0, 1e-12);
    EXPECT_EQ(o.hamming, 3u);
    EXPECT_EQ(r.distances.back().scope, "overall");
}

TEST(Compare, InternalRelationsOfMergeAndSplit) {
    const auto r = run();
    ASSERT_EQ(r.internal.size(), 2u);
    EXPECT_EQ(r.internal[0].relation_id, "b3");  // C-D, now inside CD
    EXPECT_TRUE(r.internal[0].before);
    EXPECT_EQ(r.contraction.classes[r.internal[0].cls].id, "CD");
    EXPECT_EQ(r.internal[1].relation_id, "a5");  // E1-E2, between the parts of the split
    EXPECT_FALSE(r.internal[1].before);
}

TEST(Compare, TieStatusesAndTheirRelations) {
    const auto r = run();
    ASSERT_EQ(r.ties.size(), 7u);
    int added = 0, removed = 0;
    for (const auto& t : r.ties) {
        if (t.status == TieStatus::Removed) {
            ++removed;
            EXPECT_EQ(t.before_relations, std::vector<std::string>{"b5"});  // A-C
            EXPECT_TRUE(t.after_relations.empty());
        }
        if (t.status == TieStatus::Added)
            ++added;
        if (t.tie.layer == Layer::Directs) {
            EXPECT_TRUE(t.tie.directed);
        }
    }
    EXPECT_EQ(added, 2);
    EXPECT_EQ(removed, 1);
}

TEST(Compare, IdenticalScenariosHaveZeroDistance) {
    const Case c = test::merge_split_case();
    CompareOptions o;
    o.run_analytics = false;
    const auto r = compare_scenarios(c.scenarios[0], c.scenarios[0],
                                     propose_lineage(c.scenarios[0], c.scenarios[0]), o);
    const auto& d = row(r, "overall");
    EXPECT_EQ(d.hamming, 0u);
    EXPECT_DOUBLE_EQ(d.jaccard, 0.0);
    EXPECT_NEAR(d.qap_r, 1.0, 1e-12);
}

TEST(Compare, NoTiesGiveNaNNotZero) {
    Scenario b, a;
    b.id = "b";
    a.id = "a";
    b.actors = {test::actor("x"), test::actor("y")};
    a.actors = b.actors;
    CompareOptions o;
    o.run_analytics = false;
    const auto r = compare_scenarios(b, a, propose_lineage(b, a), o);
    ASSERT_EQ(r.distances.size(), 1u);  // overall only
    EXPECT_TRUE(std::isnan(r.distances[0].jaccard));
    EXPECT_TRUE(std::isnan(r.distances[0].qap_r));
    EXPECT_TRUE(std::isnan(r.distances[0].qap_p));
}

}  // namespace
}  // namespace rk::compare
