// Reorganisation acts through the document's one door (issue 14): each is one undo step,
// undo restores the case exactly, and plain add/delete keep the lineage valid.
#include "doc/reorganisation_commands.hpp"

#include <gtest/gtest.h>

#include "doc/document.hpp"
#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "model/case_io.hpp"

namespace rk::doc {
namespace {

Case two_actor_case() {
    Case c;
    c.id = "c";
    Scenario s;
    s.id = "voor";
    for (auto id : {"A", "B", "C"}) {
        Actor a;
        a.id = id;
        a.name = id;
        s.actors.push_back(a);
    }
    s.actors[2].parent = "A";
    Relation r;
    r.id = "ab";
    r.source = "A";
    r.target = "B";
    s.relations = {r};
    Agreement deal;
    deal.id = "deal";
    deal.signatories = {"A", "B"};
    deal.owner = "A";
    s.agreements = {deal};
    c.scenarios = {s};
    return c;
}

// The saved text of the case loads again: no dangling reference was left behind.
void expect_loadable(const Case& c) {
    const CaseLoadResult r = parse_case_json(serialize_case_json(c), "t.regie.json");
    EXPECT_FALSE(r.diagnostics.has_errors()) << r.diagnostics.to_string();
}

TEST(ReorganisationCommands, CopyIsOneStepThatUndoesExactly) {
    Document d(two_actor_case());
    const Case original = d.data();
    PreparedAct p = prepare_act(d.data(), bilingual("Kopie", "Copy"), [](Case& c) {
        return reorg::copy_scenario(c, "voor", "na", "Na");
    });
    ASSERT_TRUE(p.command);
    d.execute(std::move(p.command));
    EXPECT_EQ(d.data().scenarios.size(), 2u);
    EXPECT_EQ(d.data().lineage.size(), 3u);
    const Case after = d.data();
    ASSERT_TRUE(d.undo());
    EXPECT_EQ(d.data(), original);
    ASSERT_TRUE(d.redo());
    EXPECT_EQ(d.data(), after);
}

TEST(ReorganisationCommands, ARefusedActGivesItsReasonAndNoStep) {
    Document d(two_actor_case());
    PreparedAct p = prepare_act(d.data(), "x", [](Case& c) {
        Actor m;
        m.id = "M";
        return reorg::merge_actors(c, "voor", {"A", "Z"}, m);
    });
    EXPECT_FALSE(p.command);
    EXPECT_NE(p.error.find("unknown actor 'Z'"), std::string::npos) << p.error;
    EXPECT_FALSE(d.can_undo());
}

TEST(ReorganisationCommands, AnActorAddedToACopyIsNewInTheLineage) {
    Case c = two_actor_case();
    ASSERT_TRUE(reorg::copy_scenario(c, "voor", "na", "Na").ok());
    Document d(c);
    Actor n;
    n.id = "N";
    d.execute(add_actor(d.data(), "na", n, Position{1, 2, false}));
    ASSERT_EQ(d.data().lineage.size(), 4u);
    EXPECT_EQ(d.data().lineage.back().kind, LineageKind::New);
    EXPECT_EQ(d.data().lineage.back().to_actors, (std::vector<std::string>{"N"}));
    expect_loadable(d.data());
    ASSERT_TRUE(d.undo());  // actor, position and link in one step
    EXPECT_EQ(d.data(), c);
}

TEST(ReorganisationCommands, DeletingInACopyDissolvesAndCleansEveryReference) {
    Case c = two_actor_case();
    ASSERT_TRUE(reorg::copy_scenario(c, "voor", "na", "Na").ok());
    Document d(c);
    d.execute(remove_actor(d.data(), "na", "A"));
    const Scenario& na = *d.data().find_scenario("na");
    EXPECT_EQ(na.actors.size(), 2u);
    EXPECT_TRUE(na.relations.empty());
    EXPECT_EQ(na.agreements[0].signatories, (std::vector<std::string>{"B"}));
    EXPECT_TRUE(na.agreements[0].owner.empty());
    EXPECT_TRUE(na.find_actor("C")->parent.empty());
    EXPECT_EQ(d.data().lineage.back().kind, LineageKind::Dissolved);
    expect_loadable(d.data());
    ASSERT_TRUE(d.undo());
    EXPECT_EQ(d.data(), c);
}

TEST(ReorganisationCommands, DeletingAnActorThatALaterScenarioNamesKeepsTheLineageValid) {
    Case c = two_actor_case();
    ASSERT_TRUE(reorg::copy_scenario(c, "voor", "na", "Na").ok());
    Document d(c);
    d.execute(remove_actor(d.data(), "voor", "B"));
    // B of "na" no longer has a predecessor: it is new there.
    const auto& lineage = d.data().lineage;
    const auto it = std::find_if(lineage.begin(), lineage.end(), [](const LineageLink& l) {
        return l.to_actors == std::vector<std::string>{"B"};
    });
    ASSERT_NE(it, lineage.end());
    EXPECT_EQ(it->kind, LineageKind::New);
    expect_loadable(d.data());
    ASSERT_TRUE(d.undo());
    EXPECT_EQ(d.data(), c);
}

}  // namespace
}  // namespace rk::doc
