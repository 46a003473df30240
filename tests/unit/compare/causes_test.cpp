// The cause of a row of the comparison tables, per side, on small hand-made before/after
// pairs whose answers are worked out by hand in the comments.
#include <gtest/gtest.h>

#include <stdexcept>

#include "compare/compare.hpp"
#include "unit/compare/fixtures.hpp"

namespace rk::compare {
namespace {

using Ids = std::set<std::string>;

ComparisonResult run(const Case& c) {
    CompareOptions o;
    o.qap_permutations = 0;
    return compare_scenarios(c.scenarios[0], c.scenarios[1], lineage_between(c, "before", "after"),
                             o);
}

const IndexRow& index_row(const ComparisonResult& r, const std::string& key) {
    for (const auto& row : r.indices)
        if (row.key == key)
            return row;
    throw std::runtime_error("no index row " + key);
}

const DistanceRow& distance_row(const ComparisonResult& r, const std::string& scope) {
    for (const auto& d : r.distances)
        if (d.scope == scope)
            return d;
    throw std::runtime_error("no distance row " + scope);
}

// Islands: before P-Q, R-S, U-V and the isolate W (components {P,Q} {R,S} {U,V} {W});
// after Q-R and S-T join P..T into one component, T is new, W dissolved, U-V untouched.
Case islands_case() {
    Case c;
    Scenario b;
    b.id = "before";
    for (auto id : {"P", "Q", "R", "S", "U", "V", "W"})
        b.actors.push_back(test::actor(id));
    b.relations = {test::rel("r1", "P", "Q"), test::rel("r2", "R", "S"), test::rel("r3", "U", "V")};
    Scenario a;
    a.id = "after";
    for (auto id : {"P", "Q", "R", "S", "T", "U", "V"})
        a.actors.push_back(test::actor(id));
    a.relations = {test::rel("s1", "P", "Q"), test::rel("s2", "Q", "R"), test::rel("s3", "R", "S"),
                   test::rel("s4", "S", "T"), test::rel("s5", "U", "V")};
    c.scenarios = {b, a};
    c.lineage = {test::link("n", LineageKind::New, {}, {"T"}),
                 test::link("d", LineageKind::Dissolved, {"W"}, {})};
    for (auto id : {"P", "Q", "R", "S", "U", "V"})
        c.lineage.push_back(test::link(std::string("i") + id, LineageKind::Identity, {id}, {id}));
    return c;
}

// Merge only: before A-B, B-C; A and B merge into AB; after AB-C.
Case merge_case() {
    Case c;
    Scenario b;
    b.id = "before";
    for (auto id : {"A", "B", "C"})
        b.actors.push_back(test::actor(id));
    b.relations = {test::rel("r1", "A", "B"), test::rel("r2", "B", "C")};
    Scenario a;
    a.id = "after";
    for (auto id : {"AB", "C"})
        a.actors.push_back(test::actor(id));
    a.relations = {test::rel("s1", "AB", "C")};
    c.scenarios = {b, a};
    c.lineage = {test::link("m", LineageKind::Merge, {"A", "B"}, {"AB"})};
    return c;
}

RowCause cause_of(const Case& c, const ComparisonResult& r, const std::string& key) {
    return index_cause(r, c.scenarios[0], c.scenarios[1], index_row(r, key));
}

// Collaboration on the merge/split pair (distances_test.cpp): removed A-C (b5), added A-E2
// (a4). Exactly those relations and their ends; classes A (0), CD (2), E (3).
TEST(CompareCause, DistanceRowIsItsLayersAddedAndRemovedTies) {
    const Case c = test::merge_split_case();
    const auto r = run(c);
    const auto cause =
        distance_cause(r, c.scenarios[0], c.scenarios[1], distance_row(r, "collaboration"));
    EXPECT_EQ(cause.before_relations, (Ids{"b5"}));
    EXPECT_EQ(cause.after_relations, (Ids{"a4"}));
    EXPECT_EQ(cause.before_actors, (Ids{"A", "C"}));
    EXPECT_EQ(cause.after_actors, (Ids{"A", "E2"}));
    EXPECT_EQ(cause.classes, (std::set<int>{0, 2, 3}));
    // Overall adds the new directs tie A->CD (a7).
    const auto overall =
        distance_cause(r, c.scenarios[0], c.scenarios[1], distance_row(r, "overall"));
    EXPECT_EQ(overall.after_relations, (Ids{"a4", "a7"}));
    EXPECT_EQ(overall.after_actors, (Ids{"A", "CD", "E2"}));
}

// A merge and a split that balance (5 actors on each side) leave "nodes" unchanged: nothing
// to highlight. "edges" 5 -> 6 (collaboration and directs A-B are one edge): the
// internalised C-D (b3), the removed A-C (b5), the internal E1-E2 (a5), the added A-E2 (a4)
// and A->CD (a7).
TEST(CompareCause, MergeAndSplitNodesAndEdges) {
    const Case c = test::merge_split_case();
    const auto r = run(c);
    EXPECT_EQ(index_row(r, "nodes").delta, 0);
    EXPECT_TRUE(cause_of(c, r, "nodes").empty());
    EXPECT_EQ(index_row(r, "edges").delta, 1);
    const auto edges = cause_of(c, r, "edges");
    EXPECT_EQ(edges.before_relations, (Ids{"b3", "b5"}));
    EXPECT_EQ(edges.after_relations, (Ids{"a4", "a5", "a7"}));
}

// Merge only: nodes 3 -> 2 because A and B became AB; edges 2 -> 1 because A-B (r1) was
// internalised; B-C and AB-C carry the persisting tie one relation each, so they are not a
// cause.
TEST(CompareCause, MergeNodesAndEdges) {
    const Case c = merge_case();
    const auto r = run(c);
    const auto nodes = cause_of(c, r, "nodes");
    EXPECT_EQ(nodes.before_actors, (Ids{"A", "B"}));
    EXPECT_EQ(nodes.after_actors, (Ids{"AB"}));
    EXPECT_TRUE(nodes.before_relations.empty());
    const auto edges = cause_of(c, r, "edges");
    EXPECT_EQ(edges.before_relations, (Ids{"r1"}));
    EXPECT_TRUE(edges.after_relations.empty());
    EXPECT_EQ(edges.before_actors, (Ids{"A", "B"}));
}

// Components 4 -> 2: P, Q, R, S joined each other (their component of persisting classes
// changed), T is new and W dissolved; U-V kept its component and is not a cause. The
// relations that joined them: Q-R (s2) and S-T (s4).
TEST(CompareCause, ComponentsAreTheActorsWhoseComponentChanged) {
    const Case c = islands_case();
    const auto r = run(c);
    EXPECT_EQ(index_row(r, "components").before, 4);
    EXPECT_EQ(index_row(r, "components").after, 2);
    const auto cause = cause_of(c, r, "components");
    EXPECT_EQ(cause.before_actors, (Ids{"P", "Q", "R", "S", "W"}));
    EXPECT_EQ(cause.after_actors, (Ids{"P", "Q", "R", "S", "T"}));
    EXPECT_TRUE(cause.before_relations.empty());
    EXPECT_EQ(cause.after_relations, (Ids{"s2", "s4"}));
}

// Isolates 1 -> 0: only W (dissolved).
TEST(CompareCause, IsolatesAreTheActorsThatStoppedBeingIsolated) {
    const Case c = islands_case();
    const auto r = run(c);
    const auto cause = cause_of(c, r, "isolates");
    EXPECT_EQ(cause.before_actors, (Ids{"W"}));
    EXPECT_TRUE(cause.after_actors.empty());
}

// Bridges 3 -> 5: P-Q, R-S and U-V are bridges on both sides; Q-R and S-T only after.
TEST(CompareCause, BridgesOnOneSideOnly) {
    const Case c = islands_case();
    const auto r = run(c);
    EXPECT_EQ(index_row(r, "bridges").delta, 2);
    const auto cause = cause_of(c, r, "bridges");
    EXPECT_TRUE(cause.before_relations.empty());
    EXPECT_EQ(cause.after_relations, (Ids{"s2", "s4"}));
    EXPECT_EQ(cause.after_actors, (Ids{"Q", "R", "S", "T"}));
}

// Degree among the persisting classes: before all 1 (rank 1 each); after Q, R, S have 2
// (rank 1) and P, U, V 1 (rank 4). So P, U and V changed rank, Q, R and S did not; T (new)
// and W (dissolved) always count.
TEST(CompareCause, CentralizationIsTheActorsWhoseRankChanged) {
    const Case c = islands_case();
    const auto r = run(c);
    const auto cause = cause_of(c, r, "centralization.degree");
    EXPECT_EQ(cause.before_actors, (Ids{"P", "U", "V", "W"}));
    EXPECT_EQ(cause.after_actors, (Ids{"P", "T", "U", "V"}));
}

// Eilandenrijk names everyone outside the largest component: before {P,Q} is the first of
// the largest, so R, S, U, V, W; after U and V. Shown per side, also for its number rows.
TEST(CompareCause, DiagnosticRowShowsEachSidesEvidence) {
    const Case c = islands_case();
    const auto r = run(c);
    const auto cause = cause_of(c, r, "diagnostic.eilandenrijk");
    EXPECT_EQ(cause.before_actors, (Ids{"R", "S", "U", "V", "W"}));
    EXPECT_EQ(cause.after_actors, (Ids{"U", "V"}));
    bool number_row = false;
    for (const auto& row : r.indices) {
        if (row.key.rfind("diagnostic.eilandenrijk.", 0) != 0)
            continue;
        number_row = true;
        EXPECT_EQ(index_cause(r, c.scenarios[0], c.scenarios[1], row).before_actors,
                  cause.before_actors)
            << row.key;
    }
    EXPECT_TRUE(number_row);
}

TEST(CompareCause, RankRowIsItsClassOnBothSides) {
    const Case c = test::merge_split_case();
    const auto r = run(c);
    RankChange row;
    row.cls = 2;  // CD
    const auto cause = rank_cause(r, row);
    EXPECT_EQ(cause.before_actors, (Ids{"C", "D"}));
    EXPECT_EQ(cause.after_actors, (Ids{"CD"}));
    EXPECT_EQ(cause.classes, (std::set<int>{2}));
}

TEST(CompareCause, WithoutAnalysesAnIndexRowFallsBackToChangedRelations) {
    const Case c = merge_case();
    CompareOptions o;
    o.qap_permutations = 0;
    o.run_analytics = false;
    const auto r = compare_case(c, "before", "after", o);
    const IndexRow row{"regie.hierarchy", "x", "regie", 0, 1, 1};
    EXPECT_EQ(index_cause(r, c.scenarios[0], c.scenarios[1], row).before_relations, (Ids{"r1"}));
    const IndexRow same{"density", "x", "structure", 0.5, 0.5, 0};
    EXPECT_TRUE(index_cause(r, c.scenarios[0], c.scenarios[1], same).empty());
}

}  // namespace
}  // namespace rk::compare
