// The lineage editor of the comparison window: every change is one undoable step on the
// case, and the comparison run on the edited case follows the edit.
#include <gtest/gtest.h>

#include "compare/compare.hpp"
#include "doc/comparison_state.hpp"
#include "doc/document.hpp"
#include "doc/edits.hpp"

namespace rk::doc {
namespace {

Actor actor(std::string id) {
    Actor a;
    a.id = id;
    a.name = id;
    return a;
}

// Before A, B, C; after A, BC. Stored lineage: only A -> A.
Case case_to_edit() {
    Case c;
    Scenario b;
    b.id = "voor";
    b.actors = {actor("A"), actor("B"), actor("C")};
    Scenario a;
    a.id = "na";
    a.actors = {actor("A"), actor("BC")};
    c.scenarios = {b, a};
    LineageLink l;
    l.id = "l-a";
    l.from_scenario = "voor";
    l.to_scenario = "na";
    l.from_actors = {"A"};
    l.to_actors = {"A"};
    c.lineage = {l};
    return c;
}

compare::LineageClass class_of(const Case& c, const std::string& after_actor) {
    const auto r = compare::contract(c.scenarios[0], c.scenarios[1], c.lineage);
    return r.classes[std::size_t(r.after_class.at(after_actor))];
}

TEST(LineageEdit, BuildingAMergeStepByStepIsUndoableStepByStep) {
    Document d(case_to_edit());
    LineageLink l = new_lineage_link(d.data(), "voor", "na");
    EXPECT_EQ(l.id, "lineage-1");
    d.execute(add_lineage_link(d.data(), l));
    ASSERT_EQ(links_between(d.data(), "voor", "na").size(), 2u);

    l = with_kind(l, LineageKind::Merge);
    d.execute(set_lineage_link(d.data(), l));
    l = with_actor(l, true, "B");
    d.execute(set_lineage_link(d.data(), l));
    l = with_actor(l, true, "C");
    d.execute(set_lineage_link(d.data(), l));
    l = with_actor(l, false, "BC");
    d.execute(set_lineage_link(d.data(), l));
    EXPECT_EQ(d.history_cursor(), 5u);  // five steps, none merged into another

    const auto merged = class_of(d.data(), "BC");
    EXPECT_EQ(merged.kind, LineageKind::Merge);
    EXPECT_EQ(merged.before_actors, (std::vector<std::string>{"B", "C"}));
    EXPECT_TRUE(
        compare::check_lineage(d.data().scenarios[0], d.data().scenarios[1], d.data().lineage)
            .empty());

    ASSERT_TRUE(d.undo());  // BC off the after side again
    EXPECT_TRUE(d.data().lineage[1].to_actors.empty());
    EXPECT_EQ(d.data().lineage[1].from_actors, (std::vector<std::string>{"B", "C"}));
    d.jump_to(0);
    EXPECT_EQ(d.data().lineage.size(), 1u);
}

TEST(LineageEdit, RemovingALinkAndUndoingPutsItBackInPlace) {
    Case c = case_to_edit();
    LineageLink second = new_lineage_link(c, "voor", "na");
    second.kind = LineageKind::Dissolved;
    second.from_actors = {"B"};
    c.lineage.push_back(second);
    c.lineage.push_back(new_lineage_link(c, "voor", "na"));
    c.lineage.back().id = "last";
    Document d(c);
    d.execute(remove_lineage_link(d.data(), "l-a"));
    ASSERT_EQ(d.data().lineage.size(), 2u);
    EXPECT_EQ(d.data().lineage[0].id, second.id);
    ASSERT_TRUE(d.undo());
    EXPECT_EQ(d.data().lineage, c.lineage);
}

TEST(LineageEdit, ImpossibleEditsGiveNoCommand) {
    const Case c = case_to_edit();
    EXPECT_EQ(set_lineage_link(c, c.lineage[0]), nullptr);  // nothing changes
    LineageLink unknown = c.lineage[0];
    unknown.id = "nope";
    EXPECT_EQ(set_lineage_link(c, unknown), nullptr);
    EXPECT_EQ(add_lineage_link(c, c.lineage[0]), nullptr);  // id taken
    EXPECT_EQ(remove_lineage_link(c, "nope"), nullptr);
}

TEST(LineageEdit, KindsThatCannotHaveASideDropIt) {
    LineageLink l;
    l.from_actors = {"B"};
    l.to_actors = {"BC"};
    EXPECT_TRUE(with_kind(l, LineageKind::New).from_actors.empty());
    EXPECT_EQ(with_kind(l, LineageKind::New).to_actors, l.to_actors);
    EXPECT_TRUE(with_kind(l, LineageKind::Dissolved).to_actors.empty());
    EXPECT_EQ(with_kind(l, LineageKind::Split).from_actors, l.from_actors);
    EXPECT_EQ(with_actor(with_actor(l, true, "C"), true, "C").from_actors,
              (std::vector<std::string>{"B", "C"}));
    EXPECT_TRUE(without_actor(l, false, "BC").to_actors.empty());
}

}  // namespace
}  // namespace rk::doc
