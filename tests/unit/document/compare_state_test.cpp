// Headless logic of the comparison window: default pair, shared layout (same actor, same
// place), and the undoable approval of a proposed lineage. The cause of a table row is the
// engine's (tests/unit/compare/causes_test.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "compare/compare.hpp"
#include "doc/comparison_state.hpp"
#include "doc/document.hpp"

namespace rk::doc {
namespace {

Actor actor(std::string id, std::string name) {
    Actor a;
    a.id = std::move(id);
    a.name = std::move(name);
    return a;
}
Relation rel(std::string id, std::string s, std::string t) {
    Relation r;
    r.id = std::move(id);
    r.source = std::move(s);
    r.target = std::move(t);
    return r;
}

// Before: a-b, b-c. After: a-b, a-d (d new), c gone.
Case small_case() {
    Case c;
    c.id = "t";
    Scenario b;
    b.id = "voor";
    b.name = "Voor";
    b.actors = {actor("a", "A"), actor("b", "B"), actor("c", "C")};
    b.relations = {rel("r1", "a", "b"), rel("r2", "b", "c")};
    b.positions = {{"a", {0, 0, false}}, {"b", {10, 0, false}}, {"c", {20, 0, false}}};
    Scenario a;
    a.id = "na";
    a.name = "Na";
    a.actors = {actor("a", "A"), actor("b", "B"), actor("d", "D")};
    a.relations = {rel("s1", "a", "b"), rel("s2", "a", "d")};
    a.positions = {{"a", {5, 5, false}}, {"b", {10, 0, false}}};  // d has no position
    Scenario mid;
    mid.id = "mid";
    c.scenarios = {b, mid, a};
    return c;
}

TEST(CompareState, DefaultPairIsFirstAndLast) {
    Case c = small_case();
    EXPECT_EQ(default_comparison_pair(c), (std::pair<std::string, std::string>{"voor", "na"}));
    c.scenarios.resize(1);
    EXPECT_EQ(default_comparison_pair(c).first, "");
}

TEST(CompareState, SharedPositionsPreferAfterThenBeforeThenCircle) {
    const Case c = small_case();
    const auto p = shared_positions(*c.find_scenario("voor"), *c.find_scenario("na"));
    ASSERT_EQ(p.size(), 4u);
    EXPECT_EQ(p.at("a").x, 5);   // after wins
    EXPECT_EQ(p.at("c").x, 20);  // only before has it
    // d: placed away from every positioned actor.
    for (const char* id : {"a", "b", "c"}) {
        EXPECT_GT(std::hypot(p.at("d").x - p.at(id).x, p.at("d").y - p.at(id).y), 10.0) << id;
    }
}

TEST(CompareState, ApprovingProposedLineageIsOneUndoableStep) {
    Document d(small_case());
    const auto proposals = compare::lineage_between(d.data(), "voor", "na");
    ASSERT_FALSE(proposals.empty());
    ASSERT_TRUE(proposals.front().proposed);
    d.execute(approve_lineage(d.data(), proposals));
    EXPECT_EQ(d.data().lineage.size(), proposals.size());
    const auto now = compare::lineage_between(d.data(), "voor", "na");
    ASSERT_FALSE(now.empty());
    EXPECT_FALSE(now.front().proposed);                  // the case has lineage now
    EXPECT_EQ(approve_lineage(d.data(), now), nullptr);  // nothing left to approve
    ASSERT_TRUE(d.undo());
    EXPECT_TRUE(d.data().lineage.empty());
}

}  // namespace
}  // namespace rk::doc
