// Document, commands, undo/redo, grouping, selection and the dirty flag.
#include <gtest/gtest.h>

#include "doc/document.hpp"
#include "doc/edits.hpp"
#include "doc/i18n.hpp"

namespace rk::doc {
namespace {

Actor make_actor(std::string id, std::string name) {
    Actor a;
    a.id = std::move(id);
    a.name = std::move(name);
    return a;
}

Relation make_relation(std::string id, std::string s, std::string t, Layer layer) {
    Relation r;
    r.id = std::move(id);
    r.source = std::move(s);
    r.target = std::move(t);
    r.layer = layer;
    r.directed = layer == Layer::Directs;
    return r;
}

// Three actors: a ministry directing a region, the region collaborating with a municipality.
Case small_case() {
    Case c;
    c.id = "c";
    c.title = "Klein";
    Scenario s;
    s.id = "s1";
    s.name = "2020";
    s.actors = {make_actor("min", "Ministerie"), make_actor("reg", "Regio"),
                make_actor("gem", "Gemeente")};
    s.relations = {make_relation("r1", "min", "reg", Layer::Directs),
                   make_relation("r2", "reg", "gem", Layer::Collaboration)};
    s.positions["min"] = {0, 0, false};
    s.positions["reg"] = {10, 0, false};
    Responsibility t;
    t.id = "t1";
    t.task = "Plannen";
    t.assignments = {{"min", false, true, false, false, ResponsibilityBasis::Formal},
                     {"reg", true, false, false, false, ResponsibilityBasis::Formal}};
    s.responsibilities = {t};
    Scenario s2 = s;
    s2.id = "s2";
    s2.name = "2023";
    c.scenarios = {s, s2};
    return c;
}

TEST(Document, StartsCleanOnFirstScenario) {
    Document d(small_case(), "x.regie.json");
    EXPECT_EQ(d.scenario_id(), "s1");
    EXPECT_FALSE(d.dirty());
    EXPECT_FALSE(d.can_undo());
    EXPECT_EQ(d.display_name(), "x.regie.json");
    EXPECT_TRUE(d.set_scenario("s2"));
    EXPECT_FALSE(d.set_scenario("nope"));
    EXPECT_EQ(d.scenario_id(), "s2");
}

TEST(Document, EditUndoRedoRestoresExactly) {
    Document d(small_case());
    const Case original = d.data();
    Actor a = *d.scenario()->find_actor("reg");
    a.name = "Regio Holland Rijnland";
    a.roles = {Role::CoordinerendRegisseur};
    a.mandate.doorzettingsmacht = false;
    d.execute(set_actor(d.data(), "s1", a));
    EXPECT_EQ(d.scenario()->find_actor("reg")->name, "Regio Holland Rijnland");
    EXPECT_TRUE(d.dirty());
    EXPECT_EQ(d.revision(), 1u);
    ASSERT_TRUE(d.undo());
    EXPECT_EQ(d.data(), original);
    EXPECT_FALSE(d.dirty());
    ASSERT_TRUE(d.redo());
    EXPECT_EQ(d.scenario()->find_actor("reg")->roles.size(), 1u);
    EXPECT_FALSE(d.redo());
    // The other scenario is untouched.
    EXPECT_EQ(d.data().find_scenario("s2")->find_actor("reg")->name, "Regio");
}

TEST(Document, NoOpEditGivesNoCommand) {
    Document d(small_case());
    EXPECT_EQ(set_actor(d.data(), "s1", *d.scenario()->find_actor("min")), nullptr);
    EXPECT_EQ(set_actor(d.data(), "s1", make_actor("ghost", "Spook")), nullptr);
    EXPECT_EQ(remove_actor(d.data(), "s1", "ghost"), nullptr);
    EXPECT_EQ(add_relation(d.data(), "s1", make_relation("r9", "min", "ghost", Layer::Funding)),
              nullptr);
}

TEST(Document, NewEditAfterUndoDropsRedoTail) {
    Document d(small_case());
    Actor a = *d.scenario()->find_actor("gem");
    a.name = "A";
    d.execute(set_actor(d.data(), "s1", a));
    a.name = "B";
    d.execute(set_actor(d.data(), "s1", a));
    ASSERT_EQ(d.history().size(), 2u);
    d.undo();
    a.name = "C";
    d.execute(set_actor(d.data(), "s1", a));
    EXPECT_EQ(d.history().size(), 2u);
    EXPECT_FALSE(d.can_redo());
    EXPECT_EQ(d.scenario()->find_actor("gem")->name, "C");
    d.undo();
    EXPECT_EQ(d.scenario()->find_actor("gem")->name, "A");
}

TEST(Document, WholeDragIsOneStep) {
    Document d(small_case());
    d.begin_group(bilingual("Slepen", "Drag"));
    for (int i = 1; i <= 30; ++i) {
        d.execute(move_actors(d.data(), "s1", {{"min", Position{double(i), double(-i), false}}}));
    }
    d.end_group();
    EXPECT_EQ(d.history().size(), 1u);
    EXPECT_EQ(d.scenario()->positions.at("min").x, 30.0);
    d.undo();
    EXPECT_EQ(d.scenario()->positions.at("min").x, 0.0);
    EXPECT_EQ(d.scenario()->positions.at("min").y, 0.0);
    d.redo();
    EXPECT_EQ(d.scenario()->positions.at("min").y, -30.0);
}

TEST(Document, MoveOfActorWithoutPositionUndoesToNoPosition) {
    Document d(small_case());
    ASSERT_EQ(d.scenario()->positions.count("gem"), 0u);
    d.execute(move_actors(d.data(), "s1", {{"gem", Position{5, 5, true}}}));
    EXPECT_TRUE(d.scenario()->positions.at("gem").pinned);
    d.undo();
    EXPECT_EQ(d.scenario()->positions.count("gem"), 0u);
}

TEST(Document, EmptyGroupLeavesNoStep) {
    Document d(small_case());
    d.begin_group("leeg");
    d.end_group();
    EXPECT_FALSE(d.can_undo());
    EXPECT_FALSE(d.dirty());
}

TEST(Document, NestedGroupsFormOneStep) {
    Document d(small_case());
    d.begin_group("buiten");
    d.begin_group("binnen");
    d.execute(remove_relation(d.data(), "s1", "r2"));
    d.end_group();
    EXPECT_TRUE(d.in_group());
    EXPECT_FALSE(d.can_undo());  // not while a group is open
    d.execute(remove_relation(d.data(), "s1", "r1"));
    d.end_group();
    EXPECT_EQ(d.history(), std::vector<std::string>{"buiten"});
    d.undo();
    EXPECT_EQ(d.scenario()->relations.size(), 2u);
    EXPECT_EQ(d.scenario()->relations[0].id, "r1");
}

TEST(Document, RemoveActorTakesRelationsPositionAndRaciAndUndoRestoresOrder) {
    Document d(small_case());
    const Case original = d.data();
    d.execute(remove_actor(d.data(), "s1", "reg"));
    const Scenario& s = *d.scenario();
    EXPECT_EQ(s.find_actor("reg"), nullptr);
    EXPECT_TRUE(s.relations.empty());
    EXPECT_EQ(s.positions.count("reg"), 0u);
    ASSERT_EQ(s.responsibilities[0].assignments.size(), 1u);
    EXPECT_EQ(s.responsibilities[0].assignments[0].actor, "min");
    EXPECT_EQ(d.history().size(), 1u);
    d.undo();
    EXPECT_EQ(d.data(), original);
}

TEST(Document, AddActorWithPositionAndFreshIds) {
    Document d(small_case());
    const std::string id = fresh_actor_id(d.data());
    EXPECT_EQ(id, "actor-1");
    d.execute(add_actor(d.data(), "s1", make_actor(id, "Nieuw"), Position{3, 4, false}));
    EXPECT_NE(d.scenario()->find_actor(id), nullptr);
    EXPECT_EQ(d.scenario()->positions.at(id).y, 4.0);
    EXPECT_EQ(fresh_actor_id(d.data()), "actor-2");
    EXPECT_EQ(add_actor(d.data(), "s1", make_actor(id, "Dubbel")), nullptr);
    d.undo();
    EXPECT_EQ(d.scenario()->find_actor(id), nullptr);
    EXPECT_EQ(d.scenario()->positions.count(id), 0u);
}

TEST(Document, RelationEditAndRaciEdit) {
    Document d(small_case());
    Relation r = *d.scenario()->find_relation("r1");
    r.regie_kind = RegieKind::Rijksregie;
    r.details->means = {Means::Money, Means::FormalInstrument};
    d.execute(set_relation(d.data(), "s1", r));
    EXPECT_EQ(d.scenario()->find_relation("r1")->regie_kind, RegieKind::Rijksregie);
    Responsibility t = d.scenario()->responsibilities[0];
    t.assignments[1].accountable = true;
    d.execute(set_responsibility(d.data(), "s1", t));
    EXPECT_TRUE(d.scenario()->responsibilities[0].assignments[1].accountable);
    d.undo();
    EXPECT_FALSE(d.scenario()->responsibilities[0].assignments[1].accountable);
    d.undo();
    EXPECT_EQ(d.scenario()->find_relation("r1")->regie_kind, RegieKind::Unknown);
}

TEST(Document, DilemmaSliderIsOneStepAndUndoRemovesNewObservation) {
    Document d(small_case());
    d.begin_group("slider");
    for (double p : {-0.2, 0.1, 0.6}) {
        DilemmaObservation o;
        o.dilemma = Dilemma::FormeelOfInformeel;
        o.position = p;
        o.strategy = CopingStrategy::Verbinden;
        d.execute(set_dilemma(d.data(), "s1", o));
    }
    d.end_group();
    ASSERT_EQ(d.scenario()->dilemmas.size(), 1u);
    EXPECT_EQ(*d.scenario()->dilemmas[0].position, 0.6);
    EXPECT_EQ(d.history().size(), 1u);
    d.undo();
    EXPECT_TRUE(d.scenario()->dilemmas.empty());
}

TEST(Document, RegieElementsAndCaseInfo) {
    Document d(small_case());
    RegieElements e;
    e.regisseur = "BZK en de versnellingstafel";
    e.middelen = "woondeal, geld";
    d.execute(set_regie_elements(d.data(), "s1", e));
    EXPECT_EQ(d.scenario()->regie.regisseur, "BZK en de versnellingstafel");
    CaseInfo info = case_info(d.data());
    info.goal.text = "30.500 woningen";
    info.goal.definition = GoalDefinition::UpFront;
    d.execute(set_case_info(d.data(), info));
    EXPECT_EQ(d.data().goal.text, "30.500 woningen");
    d.undo();
    d.undo();
    EXPECT_TRUE(d.scenario()->regie.regisseur.empty());
    EXPECT_TRUE(d.data().goal.text.empty());
}

TEST(Document, DirtyFlagFollowsSavePoint) {
    Document d(small_case());
    Actor a = *d.scenario()->find_actor("gem");
    a.notes = "x";
    d.execute(set_actor(d.data(), "s1", a));
    d.mark_saved();
    EXPECT_FALSE(d.dirty());
    d.undo();
    EXPECT_TRUE(d.dirty());  // differs from the saved file
    d.redo();
    EXPECT_FALSE(d.dirty());
    d.undo();
    a.notes = "y";
    d.execute(set_actor(d.data(), "s1", a));  // the saved step is gone from history
    EXPECT_TRUE(d.dirty());
    d.undo();
    EXPECT_TRUE(d.dirty());
    d.mark_unsaved();
    EXPECT_TRUE(d.dirty());
}

TEST(Document, JumpToHistoryCursor) {
    Document d(small_case());
    for (const char* n : {"a", "b", "c"}) {
        Actor a = *d.scenario()->find_actor("gem");
        a.name = n;
        d.execute(set_actor(d.data(), "s1", a));
    }
    d.jump_to(1);
    EXPECT_EQ(d.history_cursor(), 1u);
    EXPECT_EQ(d.scenario()->find_actor("gem")->name, "a");
    d.jump_to(3);
    EXPECT_EQ(d.scenario()->find_actor("gem")->name, "c");
    d.jump_to(0);
    EXPECT_EQ(d.scenario()->find_actor("gem")->name, "Gemeente");
}

TEST(Selection, SurvivesRemovalOfOtherActors) {
    Document d(small_case());
    d.selection().select_actor("gem");
    d.selection().select_relation("r2", /*add=*/true);
    d.execute(remove_actor(d.data(), "s1", "min"));
    EXPECT_TRUE(d.selection().has_actor("gem"));
    EXPECT_TRUE(d.selection().has_relation("r2"));
    // Removing the selected actor drops it, and its relation, from the selection.
    d.execute(remove_actor(d.data(), "s1", "gem"));
    EXPECT_TRUE(d.selection().empty());
}

TEST(Selection, SoleAndToggleAndVersion) {
    Selection s;
    const auto v0 = s.version();
    s.select_actor("a");
    EXPECT_EQ(s.sole_actor(), "a");
    s.toggle_actor("b");
    EXPECT_EQ(s.sole_actor(), "");
    s.toggle_actor("a");
    EXPECT_EQ(s.sole_actor(), "b");
    EXPECT_GT(s.version(), v0);
    s.select_relation("r");
    EXPECT_EQ(s.sole_relation(), "r");
    EXPECT_TRUE(s.actors().empty());
}

TEST(Selection, PrunedWhenSwitchingToScenarioWithoutTheActor) {
    Case c = small_case();
    c.scenarios[1].actors.pop_back();  // "gem" does not exist in 2023
    Document d(c);
    d.selection().select_actor("gem");
    d.selection().select_actor("min", true);
    d.set_scenario("s2");
    EXPECT_FALSE(d.selection().has_actor("gem"));
    EXPECT_TRUE(d.selection().has_actor("min"));
}

TEST(I18n, PickHalves) {
    const std::string s = bilingual("Actor verplaatsen", "Move actor");
    EXPECT_EQ(pick(s, Language::Dutch), "Actor verplaatsen");
    EXPECT_EQ(pick(s, Language::English), "Move actor");
    EXPECT_EQ(pick("plain", Language::English), "plain");
}

}  // namespace
}  // namespace rk::doc
