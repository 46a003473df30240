// The two stages of the live analysis (issue 18): the quick stage computes its own values
// exactly as the full analysis does, and carries the rest over by actor id, named as stale.
#include "doc/staged_analysis.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace rk::doc {
namespace {

using analytics::AnalysisSettings;
using analytics::analyze;

Relation tie(std::string id, std::string s, std::string t, Layer layer = Layer::Collaboration) {
    Relation r;
    r.id = std::move(id);
    r.source = std::move(s);
    r.target = std::move(t);
    r.layer = layer;
    r.directed = layer == Layer::Directs;
    return r;
}

// A path a-b-c-d with a regisseur r directing b and c.
Scenario before() {
    Scenario s;
    s.id = "s";
    for (auto id : {"a", "b", "c", "d", "r"}) {
        Actor x;
        x.id = id;
        s.actors.push_back(x);
    }
    s.relations = {tie("ab", "a", "b"), tie("bc", "b", "c"), tie("cd", "c", "d"),
                   tie("rb", "r", "b", Layer::Directs), tie("rc", "r", "c", Layer::Directs)};
    return s;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(StagedAnalysis, QuickStageKeepsTheViewAndDropsPathMeasures) {
    AnalysisSettings full;
    full.layers = {Layer::Collaboration};
    full.partitions = {"koker"};
    const AnalysisSettings quick = quick_stage(full);
    EXPECT_EQ(quick.layers, full.layers);
    EXPECT_EQ(quick.partitions, full.partitions);
    EXPECT_EQ(quick.metrics, (std::vector<analytics::Metric>{analytics::Metric::Degree,
                                                             analytics::Metric::Regie}));
    EXPECT_EQ(quick.permutations, 0);
}

TEST(StagedAnalysis, AnEditShowsQuickValuesAtOnceAndCarriesTheRestById) {
    const AnalysisSettings settings;
    const auto old_full = analyze(before(), settings);
    // The edit: a new actor e tied to d, and the regisseur now also directs d.
    Scenario edited = before();
    Actor e;
    e.id = "e";
    edited.actors.insert(edited.actors.begin(), e);  // a new row order, to test the mapping
    edited.relations.push_back(tie("de", "d", "e"));
    edited.relations.push_back(tie("rd", "r", "d", Layer::Directs));
    const auto staged = combine_stages(analyze(edited, quick_stage(settings)), &old_full);
    const auto new_full = analyze(edited, settings);

    // Quick values equal the full analysis of the edited scenario.
    EXPECT_EQ(*staged.result.actors.column("degree"), *new_full.actors.column("degree"));
    EXPECT_EQ(staged.result.network.components, new_full.network.components);
    EXPECT_EQ(staged.result.regie.span, new_full.regie.span);
    EXPECT_EQ(staged.result.regie.span.at("r"), 3);
    // Path values are the old ones, by id; the new actor has none yet.
    EXPECT_DOUBLE_EQ(staged.result.actors.get("b", "betweenness"),
                     old_full.actors.get("b", "betweenness"));
    EXPECT_TRUE(std::isnan(staged.result.actors.get("e", "betweenness")));
    EXPECT_EQ(staged.result.diagnostics.size(), old_full.diagnostics.size());
    EXPECT_TRUE(contains(staged.stale, "betweenness"));
    EXPECT_TRUE(contains(staged.stale, "diagnostics"));
    EXPECT_FALSE(contains(staged.stale, "degree"));
    EXPECT_TRUE(staged.carried_over);  // the panel says "from before the edit"
}

TEST(StagedAnalysis, WithoutAFullResultOfTheSameScenarioNothingIsCarried) {
    const AnalysisSettings settings;
    auto other = analyze(before(), settings);
    other.scenario_id = "another";
    const auto staged = combine_stages(analyze(before(), quick_stage(settings)), &other);
    EXPECT_EQ(staged.result.actors.column("betweenness"), nullptr);
    EXPECT_TRUE(staged.result.diagnostics.empty());
    EXPECT_TRUE(contains(staged.stale, "diagnostics"));
    EXPECT_FALSE(staged.carried_over);  // "being computed", not "from before the edit"
}

}  // namespace
}  // namespace rk::doc
