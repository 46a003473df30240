// ForceAtlas2 and the stress layout: invariants (finite, pinned, seed determinism, empty,
// single, disconnected, thread independence) and quality on known graphs.
#include <gtest/gtest.h>

#include <thread>

#include "fixtures.hpp"
#include "layout/detail.hpp"
#include "layout/layout.hpp"
#include "layout/quality.hpp"

namespace rk::layout {
namespace {
using namespace testing;

std::vector<Vec2> random_layout(int n, std::uint64_t seed) {
    detail::Rng rng(seed);
    std::vector<Vec2> p(n);
    for (auto& q : p)
        q = {rng.uniform() * 1000, rng.uniform() * 1000};
    return p;
}

class OwnEngines : public ::testing::TestWithParam<LayoutEngine> {};

TEST_P(OwnEngines, EmptyGraph) {
    LayoutRequest r;
    r.engine = GetParam();
    LayoutResult res = run_layout(Scenario{}, r);
    ASSERT_TRUE(res.ok) << res.error;
    EXPECT_TRUE(res.positions.empty());
}

TEST_P(OwnEngines, SingleNode) {
    LayoutRequest r;
    r.engine = GetParam();
    LayoutResult res = run_layout(graph_scenario(1, {}), r);
    ASSERT_TRUE(res.ok) << res.error;
    ASSERT_EQ(res.positions.size(), 1u);
    EXPECT_TRUE(all_finite(res.positions));
}

TEST_P(OwnEngines, DisconnectedGraphIsFiniteAndComplete) {
    // Two triangles, a path and three isolates.
    Scenario s =
        graph_scenario(12, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {6, 7}, {7, 8}});
    LayoutRequest r;
    r.engine = GetParam();
    LayoutResult res = run_layout(s, r);
    ASSERT_TRUE(res.ok) << res.error;
    EXPECT_EQ(res.positions.size(), 12u);
    EXPECT_TRUE(all_finite(res.positions));
    EXPECT_EQ(res.stats.overlaps_left, 0);
}

TEST_P(OwnEngines, SameSeedSamePositionsOtherSeedOther) {
    Scenario s = graph_scenario(40, grid_edges(8, 5));
    LayoutRequest r;
    r.engine = GetParam();
    r.seed = 42;
    auto a = run_layout(s, r), b = run_layout(s, r);
    ASSERT_TRUE(a.ok && b.ok);
    EXPECT_EQ(a.positions, b.positions);
    r.seed = 43;
    auto c = run_layout(s, r);
    EXPECT_NE(a.positions, c.positions);
}

TEST_P(OwnEngines, PinnedNodesStay) {
    Scenario s = graph_scenario(30, grid_edges(6, 5));
    s.positions["a0"] = {-500, 250, true};
    s.positions["a17"] = {900, -40, true};
    s.positions["a5"] = {1, 1, false};  // not pinned: free to move
    LayoutRequest r;
    r.engine = GetParam();
    auto res = run_layout(s, r);
    ASSERT_TRUE(res.ok);
    EXPECT_EQ(res.positions["a0"], (Position{-500, 250, true}));
    EXPECT_EQ(res.positions["a17"], (Position{900, -40, true}));
    EXPECT_FALSE(res.positions["a5"].pinned);
    // respect_pinned off: they move.
    r.respect_pinned = false;
    auto free = run_layout(s, r);
    EXPECT_NE(free.positions["a0"].x, -500);
}

TEST_P(OwnEngines, BeatsARandomLayoutOnAGrid) {
    Scenario s = graph_scenario(100, grid_edges(10, 10));
    LayoutRequest r;
    r.engine = GetParam();
    auto res = run_layout(s, r);
    ASSERT_TRUE(res.ok);
    LayoutGraph g = build_layout_graph(s, {});
    double own = normalised_stress(g, to_vector(g, res.positions));
    double rnd = normalised_stress(g, random_layout(100, 5));
    EXPECT_NEAR(own, res.stats.stress, 1e-12);
    EXPECT_LT(own, 0.5 * rnd) << "own " << own << " random " << rnd;
    EXPECT_LT(own, GetParam() == LayoutEngine::Stress ? 0.05 : 0.2);
}

TEST_P(OwnEngines, AnchoredActorsStayNearTheirAnchor) {
    // Scenario "before": a grid. "After": the same grid plus three new actors.
    Scenario before = graph_scenario(49, grid_edges(7, 7));
    LayoutRequest r;
    r.engine = GetParam();
    r.remove_overlaps = false;
    auto first = run_layout(before, r);
    ASSERT_TRUE(first.ok);
    Scenario after = before;
    for (int k = 0; k < 3; ++k) {
        std::string id = "new" + std::to_string(k);
        after.actors.push_back(actor(id));
        after.relations.push_back(relation(id, "a" + std::to_string(10 * k + 3)));
    }
    r.anchors = first.positions;
    r.anchor_strength = 0.5;
    r.seed = 99;  // a different seed: only the anchors keep the picture
    auto second = run_layout(after, r);
    ASSERT_TRUE(second.ok);
    double extent = 0, moved = 0;
    for (const auto& [id, p] : first.positions) {
        extent = std::max({extent, std::abs(p.x), std::abs(p.y)});
        const Position& q = second.positions.at(id);
        moved += std::hypot(q.x - p.x, q.y - p.y);
    }
    moved /= static_cast<double>(first.positions.size());
    EXPECT_LT(moved, 0.1 * extent) << "mean move " << moved << " extent " << extent;
    // New actors land near their neighbour.
    for (int k = 0; k < 3; ++k) {
        const Position& p = second.positions.at("new" + std::to_string(k));
        const Position& q = second.positions.at("a" + std::to_string(10 * k + 3));
        EXPECT_LT(std::hypot(p.x - q.x, p.y - q.y), 0.5 * extent);
    }
}

INSTANTIATE_TEST_SUITE_P(Layout, OwnEngines,
                         ::testing::Values(LayoutEngine::ForceAtlas2, LayoutEngine::Stress),
                         [](const auto& info) { return std::string(engine_name(info.param)); });

TEST(ForceLayout, ThreadCountDoesNotChangeTheResult) {
    // Big enough for the parallel path (>= 4096 nodes): a 70 x 70 grid.
    LayoutGraph g = index_graph(4900, grid_edges(70, 70));
    ForceOptions o;
    o.seed = 3;
    o.threads = 1;
    ForceLayout one(g, o);
    o.threads = 2;
    ForceLayout two(g, o);
    o.threads = 5;
    ForceLayout five(g, o);
    one.step(3);
    two.step(3);
    five.step(3);
    auto a = one.positions(), b = two.positions(), c = five.positions();
    for (std::size_t i = 0; i < a.size(); ++i) {
        ASSERT_EQ(a[i].x, b[i].x) << i;
        ASSERT_EQ(a[i].y, b[i].y) << i;
        ASSERT_EQ(a[i].x, c[i].x) << i;
    }
}

TEST(ForceLayout, BarnesHutIsCloseToExactRepulsion) {
    LayoutGraph g = index_graph(200, grid_edges(20, 10));
    ForceOptions o;
    ForceLayout bh(g, o);
    o.theta = 0;
    ForceLayout exact(g, o);
    bh.step(300);
    exact.step(300);
    double sb = normalised_stress(g, bh.positions()), se = normalised_stress(g, exact.positions());
    EXPECT_LT(sb, se * 1.5 + 0.02) << "barnes-hut " << sb << " exact " << se;
}

TEST(ForceLayout, UserDraggingPinsAndUnpinning) {
    Scenario s = graph_scenario(20, path_edges(20));
    ForceLayout fl(s, {}, ForceOptions{});
    fl.step(5);
    EXPECT_TRUE(fl.move("a3", 1234, -567));
    EXPECT_FALSE(fl.move("nobody", 0, 0));
    EXPECT_FALSE(fl.move("a3", std::nan(""), 0));
    // The dragged node shows at the mouse at once, before any step.
    EXPECT_EQ(fl.snapshot().at("a3").x, 1234);
    fl.step(50);
    auto snap = fl.snapshot();
    EXPECT_EQ(snap.at("a3").x, 1234);
    EXPECT_EQ(snap.at("a3").y, -567);
    EXPECT_TRUE(snap.at("a3").pinned);
    EXPECT_TRUE(fl.unpin("a3"));
    EXPECT_FALSE(fl.converged());
    fl.step(50);
    EXPECT_NE(fl.snapshot().at("a3").x, 1234);
    EXPECT_FALSE(fl.snapshot().at("a3").pinned);
    EXPECT_TRUE(fl.pin("a4"));
    fl.step(1);
    EXPECT_TRUE(fl.snapshot().at("a4").pinned);
}

TEST(ForceLayout, ConvergesOnASmallGraph) {
    Scenario s = graph_scenario(12, grid_edges(4, 3));
    ForceLayout fl(s, {}, ForceOptions{});
    for (int k = 0; k < 300 && !fl.converged(); ++k)
        fl.step(10);
    EXPECT_TRUE(fl.converged()) << fl.iterations_done();
    int it = fl.iterations_done();
    fl.step(10);  // a converged layout does no work
    EXPECT_EQ(fl.iterations_done(), it);
}

TEST(ForceLayout, SnapshotFromAnotherThreadWhileStepping) {
    LayoutGraph g = index_graph(500, grid_edges(25, 20));
    ForceLayout fl(g, ForceOptions{});
    std::atomic<bool> stop{false};
    std::thread worker([&] {
        while (!stop)
            fl.step(1);
    });
    for (int k = 0; k < 200; ++k) {
        auto p = fl.positions();
        ASSERT_EQ(p.size(), 500u);
        for (const auto& q : p)
            ASSERT_TRUE(std::isfinite(q.x) && std::isfinite(q.y));
        if (k % 20 == 0)
            fl.move("a7", k, k);
    }
    stop = true;
    worker.join();
}

TEST(ForceLayout, EmptyGraphConvergesImmediately) {
    ForceLayout fl(LayoutGraph{}, ForceOptions{});
    fl.step(5);
    EXPECT_TRUE(fl.converged());
    EXPECT_TRUE(fl.snapshot().empty());
}

TEST(Stress, GridIsDrawnAlmostExactly) {
    LayoutGraph g = index_graph(400, grid_edges(20, 20));
    auto pos = stress_layout(g, StressOptions{});
    EXPECT_LT(normalised_stress(g, pos), 0.02);
}

TEST(LayoutGraph, FiltersLayersMergesParallelRelationsDropsLoopsAndDangling) {
    Scenario s = graph_scenario(3, {{0, 1}, {1, 0}, {1, 1}});
    s.relations.push_back(relation("a1", "a2", Layer::Directs));
    s.relations.push_back(relation("a2", "ghost"));
    std::vector<std::string> warnings;
    LayoutGraph all = build_layout_graph(s, {}, &warnings);
    ASSERT_EQ(all.edges.size(), 2u);
    EXPECT_EQ(all.edges[0], (std::pair<int, int>{0, 1}));
    EXPECT_EQ(all.weights[0], 2.0);
    EXPECT_EQ(warnings.size(), 1u);
    LayoutGraph directs = build_layout_graph(s, {Layer::Directs});
    ASSERT_EQ(directs.edges.size(), 1u);
    EXPECT_EQ(directs.edges[0], (std::pair<int, int>{1, 2}));
}

TEST(Engines, NamesRoundTrip) {
    for (auto e : {LayoutEngine::Dot, LayoutEngine::Neato, LayoutEngine::Sfdp, LayoutEngine::Fdp,
                   LayoutEngine::Circo, LayoutEngine::Twopi, LayoutEngine::ForceAtlas2,
                   LayoutEngine::Stress, LayoutEngine::Swimlanes, LayoutEngine::PowerInterest})
        EXPECT_EQ(engine_from_name(engine_name(e)), e);
    EXPECT_EQ(engine_from_name("fa2"), LayoutEngine::ForceAtlas2);
    EXPECT_FALSE(engine_from_name("spring"));
}

TEST(Cancel, CancelledProgressThrows) {
    Progress p;
    p.cancel();
    LayoutRequest r;
    EXPECT_THROW(run_layout(graph_scenario(10, path_edges(10)), r, &p), Cancelled);
    r.engine = LayoutEngine::Stress;
    EXPECT_THROW(run_layout(graph_scenario(10, path_edges(10)), r, &p), Cancelled);
}

}  // namespace
}  // namespace rk::layout
