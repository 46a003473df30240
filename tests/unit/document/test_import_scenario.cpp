// "Compare with file…" (issue 16): another case's first scenario joins the open case under
// an unused id and a name naming the file, as one undoable step.
#include <gtest/gtest.h>

#include "doc/document.hpp"
#include "doc/import_scenario.hpp"

namespace rk::doc {
namespace {

Case case_with(std::vector<std::string> scenario_ids, std::string title) {
    Case c;
    c.id = "c";
    c.title = std::move(title);
    for (const auto& id : scenario_ids) {
        Scenario s;
        s.id = id;
        s.name = "Scenario " + id;
        Actor a;
        a.id = "a-" + id;
        a.name = "Actor of " + id;
        s.actors.push_back(a);
        c.scenarios.push_back(s);
    }
    return c;
}

TEST(ImportScenario, FirstScenarioGetsAnUnusedIdAndItsFileInTheName) {
    const Case open = case_with({"s1", "na", "na-2"}, "Open");
    const Case other = case_with({"first", "second"}, "Other");
    const Scenario s = scenario_for_comparison(open, other, "na");
    EXPECT_EQ(s.id, "na-3");  // "na" and "na-2" are taken
    EXPECT_EQ(s.name, "Scenario first (na)");
    ASSERT_EQ(s.actors.size(), 1u);
    EXPECT_EQ(s.actors[0].id, "a-first");  // the first scenario, actors unchanged
}

TEST(ImportScenario, AddingIsOneUndoableStep) {
    Document doc(case_with({"s1"}, "Open"), {});
    const Case other = case_with({"x"}, "Other");
    doc.execute(add_scenario(scenario_for_comparison(doc.data(), other, "ander")));
    ASSERT_EQ(doc.data().scenarios.size(), 2u);
    EXPECT_EQ(doc.data().scenarios[1].id, "ander");
    EXPECT_EQ(doc.scenario_id(), "s1");  // the current scenario stays
    EXPECT_TRUE(doc.dirty());
    doc.undo();
    EXPECT_EQ(doc.data().scenarios.size(), 1u);
    doc.redo();
    EXPECT_EQ(doc.data().scenarios.back().name, "Scenario x (ander)");
}

}  // namespace
}  // namespace rk::doc
