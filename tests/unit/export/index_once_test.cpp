// Issue 15: each scenario revision is indexed once. One revision of a sample case is
// indexed, analysed, laid out (own engine, Graphviz dot, swimlanes, the live layout) and
// exported (JSON, DOT, the CSV metrics table, the HTML and PDF reports), and
// ScenarioIndex::builds() must have grown by exactly one.
#include <gtest/gtest.h>

#include <string>

#include "analytics/analysis.hpp"
#include "export/export.hpp"
#include "layout/layout.hpp"
#include "model/case_io.hpp"
#include "model/scenario_index.hpp"

namespace rk {
namespace {

Case sample_case() {
    const auto loaded = load_case_file(std::string(RK_SOURCE_DIR) +
                                       "/assets/cases/woondeal-holland-rijnland.regie.json");
    EXPECT_TRUE(loaded.value) << loaded.diagnostics.to_string();
    return loaded.value ? *loaded.value : Case{};
}

TEST(IndexOnce, AnalyseLayOutAndExportOneRevisionWithOneIndexBuild) {
    const Case c = sample_case();
    ASSERT_FALSE(c.scenarios.empty());
    Scenario s = c.scenarios.front();
    ASSERT_GT(s.actors.size(), 3u);

    const auto builds_before = ScenarioIndex::builds();
    const auto index = ScenarioIndex::build(s, /*revision=*/1);

    // Analyse: every metric family, default settings (no level filter, no agreement hubs).
    const analytics::AnalysisResult result = analytics::analyze(s, index, {});
    ASSERT_EQ(result.index.get(), index.get());  // the result carries the same index
    const auto* betweenness = result.actors.column("betweenness");
    ASSERT_NE(betweenness, nullptr);
    ASSERT_EQ(result.actors.actor_ids, index->actor_ids());  // row i is index actor i

    // Lay out through the analysis' index: own engine, Graphviz dot, swimlanes.
    for (auto engine : {layout::LayoutEngine::ForceAtlas2, layout::LayoutEngine::Dot,
                        layout::LayoutEngine::Swimlanes}) {
        layout::LayoutRequest request;
        request.engine = engine;
        request.iterations = 40;
        const layout::LayoutResult laid = layout::run_layout(s, *result.index, request);
        ASSERT_TRUE(laid.ok) << layout::engine_name(engine) << ": " << laid.error;
        ASSERT_EQ(laid.positions.size(), s.actors.size());
        s.positions = laid.positions;  // the last one is exported below
    }
    // The live layout keeps the index; node i is actor i, moved by index without lookups.
    layout::ForceLayout live(s, result.index, {}, layout::ForceOptions{});
    EXPECT_EQ(live.index().get(), index.get());
    EXPECT_TRUE(live.move_node(0, 12.5, -3.0));
    EXPECT_FALSE(live.move_node(index->actor_count(), 0, 0));  // out of range
    live.step(3);
    EXPECT_EQ(live.positions().size(), static_cast<std::size_t>(index->actor_count()));

    // Export: the JSON report and the diagram's DOT, sizes taken from the analysis through
    // its index rather than recomputed.
    const std::string json = analytics::to_json(result);
    exporter::DiagramStyle style;
    style.size_by = "betweenness";
    for (int i = 0; i < result.index->actor_count(); ++i)
        style.size_values[result.index->actor_id(i)] = (*betweenness)[i];
    const std::string dot = exporter::diagram_dot(c, s, style);
    // The tables and reports take the analysis on screen (exporter::Shown): an exporter that
    // analysed again would index the scenario a second time and fail the count below.
    const exporter::Shown shown{c, s, result};
    const std::string csv = exporter::metrics_table(shown, exporter::TableOptions{});
    const std::string html = exporter::html_report(shown, exporter::ReportOptions{});
    const exporter::RenderResult pdf = exporter::pdf_report(shown, exporter::ReportOptions{});
    ASSERT_TRUE(pdf.ok) << pdf.error;
    EXPECT_NE(csv.find(index->actor_id(0)), std::string::npos);
    EXPECT_NE(html.find(s.actors.front().name), std::string::npos);

    EXPECT_EQ(ScenarioIndex::builds() - builds_before, 1u);

    // What was exported names the actors as the index does (the one display-name rule).
    EXPECT_NE(json.find("\"" + index->actor_id(0) + "\""), std::string::npos);
    int short_names_found = 0;
    for (int i = 0; i < index->actor_count(); ++i) {
        const std::string& name = index->display_name(i);
        if (name.size() < 16 && name.find_first_of("&<>\"'") == std::string::npos) {
            EXPECT_NE(dot.find(name), std::string::npos) << name;
            ++short_names_found;
        }
    }
    EXPECT_GT(short_names_found, 0);
}

TEST(IndexOnce, ScenarioEntryPointsBuildOneIndexEach) {
    const Case c = sample_case();
    ASSERT_FALSE(c.scenarios.empty());
    const Scenario& s = c.scenarios.front();
    auto builds = ScenarioIndex::builds();
    const auto result = analytics::analyze(s, {});
    EXPECT_EQ(ScenarioIndex::builds() - builds, 1u);
    ASSERT_TRUE(result.index);
    EXPECT_EQ(result.index->actor_count(), static_cast<int>(s.actors.size()));

    builds = ScenarioIndex::builds();
    layout::LayoutRequest request;
    request.iterations = 20;
    ASSERT_TRUE(layout::run_layout(s, request).ok);
    EXPECT_EQ(ScenarioIndex::builds() - builds, 1u);
}

TEST(IndexOnce, AStaleIndexIsRebuiltNotMisread) {
    const Case c = sample_case();
    ASSERT_FALSE(c.scenarios.empty());
    Scenario s = c.scenarios.front();
    const auto old_index = ScenarioIndex::build(s, 1);
    s.actors.pop_back();  // a new revision with one actor fewer
    s.relations.clear();
    const auto builds = ScenarioIndex::builds();
    const auto result = analytics::analyze(s, old_index, {});
    EXPECT_EQ(ScenarioIndex::builds() - builds, 1u);  // rebuilt for the new revision
    EXPECT_NE(result.index.get(), old_index.get());
    EXPECT_EQ(result.network.nodes, static_cast<int>(s.actors.size()));
    // The layout refuses a stale index with an error instead of reading it.
    const auto laid = layout::run_layout(s, *old_index, layout::LayoutRequest{});
    EXPECT_FALSE(laid.ok);
    EXPECT_NE(laid.error.find("revision"), std::string::npos);
}

}  // namespace
}  // namespace rk
