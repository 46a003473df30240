// The comparison follows from reorganisation acts (issue 14): a copied scenario changed by
// merge, split, dissolve, new and rename acts compares to the original with the lineage the
// acts wrote, no matching proposal needed. The expected counts are worked out by hand.
#include <gtest/gtest.h>

#include "compare/compare.hpp"
#include "model/reorganisation.hpp"

namespace rk::compare {
namespace {

Actor actor(std::string id) {
    Actor a;
    a.id = std::move(id);
    return a;
}

Relation tie(std::string id, std::string s, std::string t, Layer layer = Layer::Collaboration,
             bool directed = false) {
    Relation r;
    r.id = std::move(id);
    r.source = std::move(s);
    r.target = std::move(t);
    r.layer = layer;
    r.directed = directed;
    return r;
}

// before: A-B, A-X, B-X (collaboration), B->Y (directs), C-Y (collaboration).
Case reorganised() {
    Case c;
    c.id = "c";
    Scenario s;
    s.id = "before";
    for (auto id : {"A", "B", "C", "X", "Y"})
        s.actors.push_back(actor(id));
    s.relations = {tie("r1", "A", "B"), tie("r2", "A", "X"), tie("r3", "B", "X"),
                   tie("r4", "B", "Y", Layer::Directs, true), tie("r5", "C", "Y")};
    c.scenarios = {s};
    EXPECT_TRUE(reorg::copy_scenario(c, "before", "after", "Na").ok());
    return c;
}

const DistanceRow& overall(const ComparisonResult& r) {
    for (const auto& row : r.distances)
        if (row.scope == "overall")
            return row;
    throw std::runtime_error("no overall row");
}

CompareOptions quick() {
    CompareOptions o;
    o.qap_permutations = 0;
    o.run_analytics = false;
    return o;
}

TEST(ReorganisationCompare, AnUnchangedCopyIsIdenticalWithApprovedLineage) {
    const Case c = reorganised();
    const auto r = compare_case(c, "before", "after", quick());
    EXPECT_FALSE(r.lineage_proposed);
    const auto& row = overall(r);
    EXPECT_EQ(row.persisting, 5u);  // every actor 1:1, so each of the 5 relations is a tie
    EXPECT_EQ(row.added + row.removed, 0u);
}

TEST(ReorganisationCompare, MergeInternalisesTheTieBetweenItsParts) {
    Case c = reorganised();
    ASSERT_TRUE(reorg::merge_actors(c, "after", {"A", "B"}, actor("M")).ok());
    const auto r = compare_case(c, "before", "after", quick());
    EXPECT_FALSE(r.lineage_proposed);
    // Classes {A,B,M}, C, X, Y. Before: r1 inside the class (internalised); r2 and r3 both
    // become the tie AB-X; r4 AB->Y; r5 C-Y: 3 ties. After: M-X, M->Y, C-Y: the same 3.
    const auto& row = overall(r);
    EXPECT_EQ(row.before_ties, 3u);
    EXPECT_EQ(row.after_ties, 3u);
    EXPECT_EQ(row.persisting, 3u);
    EXPECT_EQ(row.added, 0u);
    EXPECT_EQ(row.removed, 0u);
    EXPECT_EQ(row.internalised, 1u);
    EXPECT_EQ(r.contraction.classes.size(), 4u);
}

TEST(ReorganisationCompare, SplitDissolveNewAndRenameGiveTheirDeltas) {
    Case c = reorganised();
    // X splits into X1 and X2 (both keep A-X and B-X); C is dissolved (its tie C-Y goes);
    // N is new with a tie N-Y; Y is renamed Y2.
    ASSERT_TRUE(reorg::split_actor(c, "after", "X", {actor("X1"), actor("X2")}).ok());
    ASSERT_TRUE(reorg::dissolve_actor(c, "after", "C").ok());
    ASSERT_TRUE(reorg::add_new_actor(c, "after", actor("N")).ok());
    c.find_scenario("after")->relations.push_back(tie("r6", "N", "Y"));
    ASSERT_TRUE(reorg::rename_actor(c, "after", "Y", "Y2", "Y twee").ok());
    const auto r = compare_case(c, "before", "after", quick());
    EXPECT_FALSE(r.lineage_proposed);
    // Classes: A, B, {X,X1,X2}, {Y,Y2}, C (dissolved), N (new) = 6.
    EXPECT_EQ(r.contraction.classes.size(), 6u);
    // Before ties: A-B, A-X, B-X, B->Y, C-Y = 5. After: A-B, A-X (twice: X1, X2 one class),
    // B-X, B->Y2, N-Y2 = 5 ties. Persisting 4, removed C-Y, added N-Y.
    const auto& row = overall(r);
    EXPECT_EQ(row.before_ties, 5u);
    EXPECT_EQ(row.after_ties, 5u);
    EXPECT_EQ(row.persisting, 4u);
    EXPECT_EQ(row.removed, 1u);
    EXPECT_EQ(row.added, 1u);
    // The two copies of A-X made by the split are one contracted tie: no internal relation.
    EXPECT_EQ(row.internalised, 0u);
    EXPECT_TRUE(
        check_lineage(*c.find_scenario("before"), *c.find_scenario("after"), c.lineage).empty());
}

}  // namespace
}  // namespace rk::compare
