// Graphviz engines through the C API.
#include <gtest/gtest.h>

#include "fixtures.hpp"
#include "layout/layout.hpp"
#include "layout/quality.hpp"

namespace rk::layout {
namespace {
using namespace testing;

class GraphvizEngines : public ::testing::TestWithParam<LayoutEngine> {};

TEST_P(GraphvizEngines, SmallGraphFiniteCompleteNoOverlaps) {
    Scenario s = graph_scenario(15, grid_edges(5, 3));
    s.actors.push_back(actor("isolate"));
    LayoutRequest r;
    r.engine = GetParam();
    auto res = run_layout(s, r);
    ASSERT_TRUE(res.ok) << res.error;
    EXPECT_EQ(res.positions.size(), 16u);
    EXPECT_TRUE(all_finite(res.positions));
    EXPECT_EQ(res.stats.overlaps_left, 0);
}

TEST_P(GraphvizEngines, EmptyAndSingle) {
    LayoutRequest r;
    r.engine = GetParam();
    auto empty = run_layout(Scenario{}, r);
    ASSERT_TRUE(empty.ok) << empty.error;
    EXPECT_TRUE(empty.positions.empty());
    auto one = run_layout(graph_scenario(1, {}), r);
    ASSERT_TRUE(one.ok) << one.error;
    EXPECT_TRUE(all_finite(one.positions));
}

TEST_P(GraphvizEngines, DeterministicForASeed) {
    Scenario s = graph_scenario(20, grid_edges(5, 4));
    LayoutRequest r;
    r.engine = GetParam();
    r.seed = 5;
    auto a = run_layout(s, r), b = run_layout(s, r), c = run_layout(s, r);
    ASSERT_TRUE(a.ok && b.ok && c.ok);
    if (GetParam() != LayoutEngine::Fdp) {
        EXPECT_EQ(a.positions, b.positions);
        EXPECT_EQ(a.positions, c.positions);
        return;
    }
    // fdp keeps some state inside libfdpgen between calls: its positions differ from call to
    // call in the last digits (~1e-8 relative). Same picture, not the same bits.
    for (const auto* other : {&b, &c})
        for (const auto& [id, p] : a.positions) {
            EXPECT_NEAR(p.x, other->positions.at(id).x, 0.5) << id;
            EXPECT_NEAR(p.y, other->positions.at(id).y, 0.5) << id;
        }
}

TEST_P(GraphvizEngines, PinnedActorsComeBackWhereTheyWere) {
    Scenario s = graph_scenario(10, path_edges(10));
    s.positions["a4"] = {300, 300, true};
    LayoutRequest r;
    r.engine = GetParam();
    auto res = run_layout(s, r);
    ASSERT_TRUE(res.ok) << res.error;
    EXPECT_EQ(res.positions["a4"], (Position{300, 300, true}));
}

INSTANTIATE_TEST_SUITE_P(Layout, GraphvizEngines,
                         ::testing::Values(LayoutEngine::Dot, LayoutEngine::Neato,
                                           LayoutEngine::Sfdp, LayoutEngine::Fdp,
                                           LayoutEngine::Circo, LayoutEngine::Twopi),
                         [](const auto& info) { return std::string(engine_name(info.param)); });

TEST(Graphviz, DotPutsTheRegisseurOnTop) {
    // ministry -directs-> regisseur -directs-> two municipalities; collaboration between
    // the municipalities does not change the ranks. y grows downward.
    Scenario s;
    for (const char* id : {"min", "reg", "gem1", "gem2"})
        s.actors.push_back(actor(id));
    s.relations.push_back(relation("min", "reg", Layer::Directs));
    s.relations.push_back(relation("reg", "gem1", Layer::Directs));
    s.relations.push_back(relation("reg", "gem2", Layer::Directs));
    s.relations.push_back(relation("gem2", "min"));  // would make a cycle if it ranked
    LayoutRequest r;
    r.engine = LayoutEngine::Dot;
    auto res = run_layout(s, r);
    ASSERT_TRUE(res.ok) << res.error;
    EXPECT_LT(res.positions["min"].y, res.positions["reg"].y);
    EXPECT_LT(res.positions["reg"].y, res.positions["gem1"].y);
    EXPECT_DOUBLE_EQ(res.positions["gem1"].y, res.positions["gem2"].y);
}

TEST(Graphviz, DotRefusesLargeGraphsWithAReason) {
    Scenario s = graph_scenario(100, grid_edges(10, 10));
    LayoutRequest r;
    r.engine = LayoutEngine::Dot;
    r.dot_max_edges = 50;
    auto res = run_layout(s, r);
    EXPECT_FALSE(res.ok);
    EXPECT_NE(res.error.find("dot refused"), std::string::npos) << res.error;
    r.dot_max_edges = 0;  // never refuse
    EXPECT_TRUE(run_layout(s, r).ok);
}

TEST(Graphviz, NeatoDrawsAGridWell) {
    Scenario s = graph_scenario(36, grid_edges(6, 6));
    LayoutRequest r;
    r.engine = LayoutEngine::Neato;
    r.remove_overlaps = false;
    auto res = run_layout(s, r);
    ASSERT_TRUE(res.ok);
    EXPECT_LT(res.stats.stress, 0.05);
}

TEST(Graphviz, CancelBeforeTheCallThrows) {
    Progress p;
    p.cancel();
    LayoutRequest r;
    r.engine = LayoutEngine::Sfdp;
    EXPECT_THROW(run_layout(graph_scenario(5, path_edges(5)), r, &p), Cancelled);
}

}  // namespace
}  // namespace rk::layout
