// Reorganisation acts (issue 14) on a small hand-made case. Every expected count below is
// worked out by hand from the case drawn in before_case().
#include "model/reorganisation.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace rk::reorg {
namespace {

Actor actor(std::string id) {
    Actor a;
    a.id = id;
    a.name = "Actor " + id;
    return a;
}

Relation relation(std::string id, std::string s, std::string t, Layer layer, bool directed,
                  double weight = 1.0) {
    Relation r;
    r.id = std::move(id);
    r.source = std::move(s);
    r.target = std::move(t);
    r.layer = layer;
    r.directed = directed;
    r.weight = weight;
    return r;
}

// before: A, B, C, X, Y
//   r1 A-B collaboration   (inside the future merger A+B)
//   r2 A-X collaboration, weight 1
//   r3 B-X collaboration, weight 3   (meets r2 once A and B are one)
//   r4 B->Y directs
//   r5 C-Y collaboration
//   task t1: A responsible, B accountable; forum f1: A, B, X; deal d1 signed by A and B.
Case before_case() {
    Case c;
    c.id = "c";
    Scenario s;
    s.id = "before";
    s.name = "Voor";
    for (auto id : {"A", "B", "C", "X", "Y"})
        s.actors.push_back(actor(id));
    s.relations = {relation("r1", "A", "B", Layer::Collaboration, false),
                   relation("r2", "A", "X", Layer::Collaboration, false, 1.0),
                   relation("r3", "B", "X", Layer::Collaboration, false, 3.0),
                   relation("r4", "B", "Y", Layer::Directs, true),
                   relation("r5", "C", "Y", Layer::Collaboration, false)};
    Responsibility t1;
    t1.id = "t1";
    t1.assignments = {{"A", true, false, false, false}, {"B", false, true, false, true}};
    s.responsibilities = {t1};
    Forum f1;
    f1.id = "f1";
    f1.seats = {{"A", true, true}, {"B", true, false}, {"X", std::nullopt, std::nullopt}};
    s.forums = {f1};
    Agreement d1;
    d1.id = "d1";
    d1.signatories = {"A", "B", "X"};
    d1.owner = "B";
    s.agreements = {d1};
    s.positions = {{"A", {0, 0, false}}, {"B", {100, 50, true}}, {"X", {10, 10, false}}};
    c.scenarios = {s};
    return c;
}

Case copied() {
    Case c = before_case();
    EXPECT_TRUE(copy_scenario(c, "before", "after", "Na").ok());
    return c;
}

const LineageLink* link_to(const Case& c, std::string_view actor) {
    for (const auto& l : c.lineage)
        if (std::find(l.to_actors.begin(), l.to_actors.end(), actor) != l.to_actors.end())
            return &l;
    return nullptr;
}

TEST(CopyScenario, CopiesEverythingAndLinksEveryActorByIdentity) {
    const Case c = copied();
    ASSERT_EQ(c.scenarios.size(), 2u);
    const Scenario& after = c.scenarios[1];
    EXPECT_EQ(after.id, "after");
    EXPECT_EQ(after.name, "Na");
    EXPECT_EQ(after.actors, c.scenarios[0].actors);
    EXPECT_EQ(after.relations, c.scenarios[0].relations);
    EXPECT_EQ(after.positions, c.scenarios[0].positions);
    ASSERT_EQ(c.lineage.size(), 5u);  // one identity link per actor
    for (const auto& l : c.lineage) {
        EXPECT_EQ(l.kind, LineageKind::Identity);
        EXPECT_EQ(l.from_scenario, "before");
        EXPECT_EQ(l.to_scenario, "after");
        EXPECT_EQ(l.from_actors, l.to_actors);
    }
    EXPECT_EQ(predecessor(c, "after"), "before");
    EXPECT_FALSE(predecessor(c, "before"));
}

TEST(CopyScenario, RefusesTakenAndUnknownIds) {
    Case c = copied();
    const Case unchanged = c;
    EXPECT_FALSE(copy_scenario(c, "before", "after", "x").ok());
    EXPECT_FALSE(copy_scenario(c, "nope", "new", "x").ok());
    EXPECT_EQ(c, unchanged);
}

TEST(MergeActors, MovesRelationsJoinsDuplicatesAndDropsInternalTies) {
    Case c = copied();
    Actor m = actor("M");
    m.name = "Fusie";
    ASSERT_TRUE(merge_actors(c, "after", {"A", "B"}, m).ok());
    const Scenario& s = *c.find_scenario("after");
    // Actors: M takes A's place; C, X, Y stay.
    ASSERT_EQ(s.actors.size(), 4u);
    EXPECT_EQ(s.actors[0].id, "M");
    // Relations: r1 gone (internal), r3 joined into r2 (the larger weight, 3), r4 from M.
    ASSERT_EQ(s.relations.size(), 3u);
    EXPECT_EQ(s.relations[0].id, "r2");
    EXPECT_EQ(s.relations[0].source, "M");
    EXPECT_EQ(s.relations[0].weight, 3.0);
    EXPECT_EQ(s.relations[1].id, "r4");
    EXPECT_EQ(s.relations[1].source, "M");
    EXPECT_EQ(s.relations[2].id, "r5");
    // RACI: one row for M with A's R and B's A and I.
    ASSERT_EQ(s.responsibilities[0].assignments.size(), 1u);
    const RaciAssignment& row = s.responsibilities[0].assignments[0];
    EXPECT_EQ(row.actor, "M");
    EXPECT_TRUE(row.responsible && row.accountable && row.informed && !row.consulted);
    // Forum: A's seat kept for M (the first), B's joined into it, X stays.
    ASSERT_EQ(s.forums[0].seats.size(), 2u);
    EXPECT_EQ(s.forums[0].seats[0].actor, "M");
    EXPECT_EQ(s.forums[0].seats[0].commitment, true);
    // Agreement parties and owner follow.
    EXPECT_EQ(s.agreements[0].signatories, (std::vector<std::string>{"M", "X"}));
    EXPECT_EQ(s.agreements[0].owner, "M");
    // Position: the centroid of A (0,0) and B (100,50), not pinned.
    EXPECT_EQ(s.positions.at("M"), (Position{50, 25, false}));
    EXPECT_FALSE(s.positions.count("A"));
    // Lineage: identity for C, X, Y and one merge A+B -> M.
    ASSERT_EQ(c.lineage.size(), 4u);
    const LineageLink* merge = link_to(c, "M");
    ASSERT_NE(merge, nullptr);
    EXPECT_EQ(merge->kind, LineageKind::Merge);
    EXPECT_EQ(merge->from_actors, (std::vector<std::string>{"A", "B"}));
    // The before scenario is untouched.
    EXPECT_EQ(*c.find_scenario("before"), before_case().scenarios[0]);
}

TEST(MergeActors, NewPartsAddNothingToTheMergeAndASingleSourceIsARename) {
    Case c = copied();
    ASSERT_TRUE(add_new_actor(c, "after", actor("N")).ok());
    ASSERT_EQ(link_to(c, "N")->kind, LineageKind::New);
    ASSERT_TRUE(merge_actors(c, "after", {"C", "N"}, actor("CN")).ok());
    const LineageLink* l = link_to(c, "CN");
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->kind, LineageKind::Rename);  // only C had a predecessor
    EXPECT_EQ(l->from_actors, (std::vector<std::string>{"C"}));
    EXPECT_EQ(c.lineage.size(), 5u);  // the new link of N is gone with it
}

TEST(MergeActors, RefusesBadInputAndLeavesTheCaseUnchanged) {
    Case c = copied();
    const Case unchanged = c;
    EXPECT_FALSE(merge_actors(c, "after", {"A"}, actor("M")).ok());
    EXPECT_FALSE(merge_actors(c, "after", {"A", "A"}, actor("M")).ok());
    EXPECT_FALSE(merge_actors(c, "after", {"A", "Q"}, actor("M")).ok());
    EXPECT_FALSE(merge_actors(c, "after", {"A", "B"}, actor("X")).ok());  // X is taken
    EXPECT_FALSE(merge_actors(c, "after", {"A", "B"}, actor("")).ok());
    // The parts of a split cannot be merged back without an n:m guess.
    ASSERT_TRUE(split_actor(c, "after", "X", {actor("X1"), actor("X2")}).ok());
    const Case split = c;
    const ActResult r = merge_actors(c, "after", {"X1", "A"}, actor("M"));
    EXPECT_NE(r.error.find("split"), std::string::npos) << r.error;
    EXPECT_EQ(c, split);
    c = unchanged;
    // An actor that a later scenario's lineage names cannot be merged in place.
    ASSERT_TRUE(copy_scenario(c, "after", "later", "Later").ok());
    EXPECT_NE(merge_actors(c, "after", {"A", "B"}, actor("M")).error.find("lineage link"),
              std::string::npos);
}

TEST(MergeActors, MayKeepTheIdOfOnePart) {
    Case c = copied();
    Actor a = actor("A");
    a.name = "A en B";
    ASSERT_TRUE(merge_actors(c, "after", {"A", "B"}, a).ok());
    EXPECT_EQ(link_to(c, "A")->kind, LineageKind::Merge);
    EXPECT_EQ(c.find_scenario("after")->find_actor("A")->name, "A en B");
}

TEST(SplitActor, DistributesRelationsAsChosenAndWritesASplitLink) {
    Case c = copied();
    // B has r1 (A-B), r3 (B-X), r4 (B->Y); r4 goes to B2 only, the others to both parts.
    ASSERT_TRUE(
        split_actor(c, "after", "B", {actor("B1"), actor("B2")}, {{"r4", {1}}, {"t1/B", {0}}})
            .ok());
    const Scenario& s = *c.find_scenario("after");
    ASSERT_EQ(s.actors.size(), 6u);
    EXPECT_EQ(s.actors[1].id, "B1");
    EXPECT_EQ(s.actors[2].id, "B2");
    // 5 relations - 3 of B + (2 + 2 + 1) of the parts = 7.
    ASSERT_EQ(s.relations.size(), 7u);
    const Relation* r4 = s.find_relation("r4");
    ASSERT_NE(r4, nullptr);
    EXPECT_EQ(r4->source, "B2");
    EXPECT_NE(s.find_relation("r1-B2"), nullptr);  // the copy for the second part
    EXPECT_EQ(s.find_relation("r1")->target, "B1");
    // RACI row of B went to B1 only; forum seats to both.
    ASSERT_EQ(s.responsibilities[0].assignments.size(), 2u);
    EXPECT_EQ(s.responsibilities[0].assignments[1].actor, "B1");
    EXPECT_EQ(s.forums[0].seats.size(), 4u);
    EXPECT_EQ(s.agreements[0].signatories, (std::vector<std::string>{"A", "B1", "B2", "X"}));
    EXPECT_EQ(s.agreements[0].owner, "B1");
    // Positions side by side around B's (100, 50).
    EXPECT_EQ(s.positions.at("B1"), (Position{70, 50, false}));
    EXPECT_EQ(s.positions.at("B2"), (Position{130, 50, false}));
    const LineageLink* l = link_to(c, "B1");
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->kind, LineageKind::Split);
    EXPECT_EQ(l->from_actors, (std::vector<std::string>{"B"}));
    EXPECT_EQ(l->to_actors, (std::vector<std::string>{"B1", "B2"}));
    EXPECT_EQ(c.lineage.size(), 5u);
}

TEST(SplitActor, RefusesOnePartABadChoiceAndATakenId) {
    Case c = copied();
    const Case unchanged = c;
    EXPECT_FALSE(split_actor(c, "after", "B", {actor("B1")}).ok());
    EXPECT_FALSE(split_actor(c, "after", "B", {actor("B1"), actor("B2")}, {{"r4", {2}}}).ok());
    EXPECT_FALSE(split_actor(c, "after", "B", {actor("B1"), actor("C")}).ok());
    EXPECT_FALSE(split_actor(c, "after", "B", {actor("B1"), actor("B1")}).ok());
    EXPECT_EQ(c, unchanged);
}

TEST(RenameActor, NewIdFollowsEveryReferenceAndTurnsIdentityIntoRename) {
    Case c = copied();
    ASSERT_TRUE(rename_actor(c, "after", "Y", "Y2", "Y nieuw").ok());
    const Scenario& s = *c.find_scenario("after");
    EXPECT_EQ(s.find_relation("r4")->target, "Y2");
    EXPECT_EQ(s.find_relation("r5")->target, "Y2");
    EXPECT_EQ(s.find_actor("Y2")->name, "Y nieuw");
    const LineageLink* l = link_to(c, "Y2");
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->kind, LineageKind::Rename);
    EXPECT_EQ(l->from_actors, (std::vector<std::string>{"Y"}));
    // Renaming back restores the identity.
    ASSERT_TRUE(rename_actor(c, "after", "Y2", "Y", "Y").ok());
    EXPECT_EQ(link_to(c, "Y")->kind, LineageKind::Identity);
}

TEST(RenameActor, SameIdChangesOnlyTheName) {
    Case c = copied();
    ASSERT_TRUE(rename_actor(c, "after", "A", "A", "Nieuwe naam").ok());
    EXPECT_EQ(c.find_scenario("after")->find_actor("A")->name, "Nieuwe naam");
    EXPECT_EQ(link_to(c, "A")->kind, LineageKind::Identity);
}

TEST(DissolveActor, RemovesEverythingOfTheActorAndWritesADissolvedLink) {
    Case c = copied();
    ASSERT_TRUE(dissolve_actor(c, "after", "B").ok());
    const Scenario& s = *c.find_scenario("after");
    EXPECT_EQ(s.actors.size(), 4u);
    EXPECT_EQ(s.relations.size(), 2u);  // r2 and r5; r1, r3, r4 named B
    EXPECT_EQ(s.responsibilities[0].assignments.size(), 1u);
    EXPECT_EQ(s.forums[0].seats.size(), 2u);
    EXPECT_TRUE(s.agreements[0].owner.empty());
    EXPECT_FALSE(s.positions.count("B"));
    ASSERT_EQ(c.lineage.size(), 5u);
    const LineageLink& last = c.lineage.back();
    EXPECT_EQ(last.kind, LineageKind::Dissolved);
    EXPECT_EQ(last.from_actors, (std::vector<std::string>{"B"}));
    EXPECT_TRUE(last.to_actors.empty());
}

TEST(DissolveActor, ANewActorLeavesNoLineage) {
    Case c = copied();
    ASSERT_TRUE(add_new_actor(c, "after", actor("N"), Position{1, 2}).ok());
    ASSERT_EQ(c.lineage.size(), 6u);
    ASSERT_TRUE(dissolve_actor(c, "after", "N").ok());
    EXPECT_EQ(c.lineage.size(), 5u);
}

TEST(DetachFromLaterLineage, LaterLinksStayValidWhenAnEarlierActorGoes) {
    Case c = copied();
    ASSERT_TRUE(merge_actors(c, "after", {"A", "B"}, actor("M")).ok());
    // Deleting B in "before": the merge A+B -> M keeps A only and becomes a rename; deleting
    // X there makes the X in "after" new.
    detach_from_later_lineage(c, "before", "B");
    detach_from_later_lineage(c, "before", "X");
    EXPECT_EQ(link_to(c, "M")->kind, LineageKind::Rename);
    EXPECT_EQ(link_to(c, "M")->from_actors, (std::vector<std::string>{"A"}));
    EXPECT_EQ(link_to(c, "X")->kind, LineageKind::New);
    EXPECT_TRUE(link_to(c, "X")->from_actors.empty());
    EXPECT_EQ(c.lineage.size(), 4u);  // M, C, Y and the new X
}

TEST(AddNewActor, WithoutPredecessorThereIsNoLineage) {
    Case c = before_case();
    ASSERT_TRUE(add_new_actor(c, "before", actor("N")).ok());
    EXPECT_TRUE(c.lineage.empty());
    EXPECT_FALSE(add_new_actor(c, "before", actor("N")).ok());
}

TEST(ScenarioActs, AddMoveAndRemoveWithTheLineage) {
    Case c = copied();
    ASSERT_TRUE(add_empty_scenario(c, "voorstel", "Voorstel 2025").ok());
    EXPECT_FALSE(add_empty_scenario(c, "voorstel", "again").ok());
    ASSERT_EQ(c.scenarios.size(), 3u);
    EXPECT_TRUE(c.scenarios[2].actors.empty());
    ASSERT_TRUE(move_scenario(c, "voorstel", 0).ok());
    EXPECT_EQ(c.scenarios[0].id, "voorstel");
    const RemovalSummary what = removal_summary(c, "after");
    EXPECT_EQ(what.actors, 5u);
    EXPECT_EQ(what.relations, 5u);
    EXPECT_EQ(what.responsibilities, 1u);
    EXPECT_EQ(what.lineage_links, 5u);
    ASSERT_TRUE(remove_scenario(c, "after").ok());
    EXPECT_TRUE(c.lineage.empty());
    ASSERT_TRUE(remove_scenario(c, "voorstel").ok());
    EXPECT_FALSE(remove_scenario(c, "before").ok());  // the last one stays
    EXPECT_EQ(c.scenarios.size(), 1u);
}

}  // namespace
}  // namespace rk::reorg
