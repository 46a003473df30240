// Small named graphs whose values follow by hand (derivations in the comments).
#include <gtest/gtest.h>

#include <cmath>

#include "analytics/measures.hpp"
#include "graph_files.hpp"

namespace rk::analytics {
namespace {

using testing::make_view;

PathColumns paths(const NetworkView& g) {
    return shortest_path_measures(g, PathOptions{});
}

TEST(NamedGraphs, StarCentreTakesEverything) {
    // Star, centre 0 and leaves 1..4: the centre lies on all C(4,2) = 6 leaf pairs.
    const auto g = make_view(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    const auto p = paths(g);
    EXPECT_DOUBLE_EQ(p.betweenness[0], 6.0);
    EXPECT_DOUBLE_EQ(p.betweenness_normalized[0], 1.0);
    EXPECT_DOUBLE_EQ(p.betweenness[1], 0.0);
    EXPECT_DOUBLE_EQ(p.closeness[0], 1.0);
    EXPECT_DOUBLE_EQ(p.closeness[1], 4.0 / 7.0);  // distances 1 + 2 + 2 + 2
    EXPECT_DOUBLE_EQ(p.harmonic[1], (1.0 + 3 * 0.5) / 4.0);
    // A star is the most centralized graph: every Freeman centralization is 1.
    const auto d = degree_centrality(g);
    EXPECT_DOUBLE_EQ(freeman_centralization(d.degree, star_sum_degree(5)), 1.0);
    EXPECT_DOUBLE_EQ(
        freeman_centralization(p.betweenness_normalized, star_sum_normalized_betweenness(5)), 1.0);
    EXPECT_NEAR(freeman_centralization(p.closeness, star_sum_closeness(5)), 1.0, 1e-12);
    EXPECT_NEAR(freeman_centralization(p.harmonic, star_sum_harmonic(5)), 1.0, 1e-12);
    EXPECT_NEAR(
        freeman_centralization(eigenvector_centrality(g).centrality, star_sum_eigenvector(5)), 1.0,
        1e-9);
    EXPECT_NEAR(freeman_centralization(pagerank(g), star_sum_pagerank(5, 0.85)), 1.0, 1e-9);
    EXPECT_NEAR(freeman_centralization(katz_centrality(g, 0.1), star_sum_katz(5, 0.1)), 1.0, 1e-9);
    // Burt: the centre's four contacts are unconnected (p = 1/4 each), a leaf has one.
    const auto h = structural_holes(g);
    EXPECT_DOUBLE_EQ(h.constraint[0], 4 * (0.25 * 0.25));
    EXPECT_DOUBLE_EQ(h.effective_size[0], 4.0);
    EXPECT_DOUBLE_EQ(h.constraint[1], 1.0);
    EXPECT_TRUE(std::isnan(h.hierarchy[1]));  // one contact: undefined
    const auto cut = articulation_points_and_bridges(g);
    EXPECT_EQ(cut.articulation_points, std::vector<int>{0});
    EXPECT_EQ(cut.bridges.size(), 4u);
    // Removing the centre leaves four isolates: F = 1.
    const auto kp = key_players(g, KeyPlayerMode::Exact, 100);
    EXPECT_EQ(kp.best_one, std::vector<int>{0});
    EXPECT_DOUBLE_EQ(kp.fragmentation_one, 1.0);
}

TEST(NamedGraphs, PathBetweennessClosenessAndKeyPlayers) {
    // Path 0-1-2-3-4. Node 1 is between 0 and {2,3,4}: 3 pairs; node 2 between {0,1}x{3,4}.
    const auto g = make_view(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
    const auto p = paths(g);
    EXPECT_DOUBLE_EQ(p.betweenness[1], 3.0);
    EXPECT_DOUBLE_EQ(p.betweenness[2], 4.0);
    EXPECT_DOUBLE_EQ(p.closeness[2], 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(p.closeness[0], 4.0 / 10.0);
    // Ordered pairs: 8 at distance 1, 6 at 2, 4 at 3, 2 at 4; sum 1/d = 8 + 3 + 4/3 + 1/2.
    EXPECT_NEAR(1.0 - p.global_efficiency, 1.0 - (8 + 3 + 4.0 / 3 + 0.5) / 20.0, 1e-12);
    // Removing the middle leaves 2 + 2: F = 1 - 4/12; removing 1 and 3 leaves 3 isolates.
    const auto kp = key_players(g, KeyPlayerMode::Exact, 100);
    EXPECT_EQ(kp.best_one, std::vector<int>{2});
    EXPECT_NEAR(kp.fragmentation_one, 2.0 / 3.0, 1e-12);
    EXPECT_EQ(kp.best_two, (std::vector<int>{1, 3}));
    EXPECT_DOUBLE_EQ(kp.fragmentation_two, 1.0);
    const auto greedy = key_players(g, KeyPlayerMode::Greedy, 100);
    EXPECT_EQ(greedy.method, "greedy+swap");
    EXPECT_DOUBLE_EQ(greedy.fragmentation_two, 1.0);  // the swap finds {1, 3}
    EXPECT_EQ(articulation_points_and_bridges(g).bridges.size(), 4u);
}

TEST(NamedGraphs, CycleIsPerfectlyEven) {
    // C6: 6 pairs at distance 2 (1 broker each) and 3 at distance 3 (2 paths of 2 inner
    // nodes): 12 units of betweenness over 6 nodes = 2 each. Distances 1,1,2,2,3: 5/9.
    const auto g = make_view(6, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}});
    const auto p = paths(g);
    const auto eig = eigenvector_centrality(g);
    const auto pr = pagerank(g);
    for (int v = 0; v < 6; ++v) {
        EXPECT_NEAR(p.betweenness[v], 2.0, 1e-12);
        EXPECT_NEAR(p.closeness[v], 5.0 / 9.0, 1e-12);
        EXPECT_NEAR(eig.centrality[v], 1.0 / std::sqrt(6.0), 1e-9);
        EXPECT_NEAR(pr[v], 1.0 / 6.0, 1e-12);
    }
    EXPECT_NEAR(freeman_centralization(p.closeness, star_sum_closeness(6)), 0.0, 1e-12);
    const auto cut = articulation_points_and_bridges(g);
    EXPECT_TRUE(cut.articulation_points.empty());
    EXPECT_TRUE(cut.bridges.empty());
}

TEST(NamedGraphs, CompleteGraphHasNoHoles) {
    std::vector<std::pair<int, int>> pairs;
    for (int u = 0; u < 5; ++u)
        for (int v = u + 1; v < 5; ++v)
            pairs.emplace_back(u, v);
    const auto g = make_view(5, pairs);
    const auto p = paths(g);
    const auto h = structural_holes(g);
    for (int v = 0; v < 5; ++v) {
        EXPECT_DOUBLE_EQ(p.betweenness[v], 0.0);
        EXPECT_DOUBLE_EQ(p.closeness[v], 1.0);
        // p = 1/4 to each contact, plus 3 indirect paths of 1/16: (7/16)^2 per contact.
        EXPECT_NEAR(h.constraint[v], 4 * (7.0 / 16) * (7.0 / 16), 1e-12);
        EXPECT_NEAR(h.effective_size[v], 4 - 2.0 * 6 / 4, 1e-12);  // n - 2t/n
    }
    EXPECT_DOUBLE_EQ(weak_components(g).fragmentation, 0.0);
}

TEST(NamedGraphs, TwoComponentsAndAnIsolate) {
    // Triangle {0,1,2}, edge {3,4}, isolate 5: F = 1 - (3*2 + 2*1) / (6*5).
    const auto g = make_view(6, {{0, 1}, {1, 2}, {0, 2}, {3, 4}});
    const auto c = weak_components(g);
    EXPECT_EQ(c.sizes.size(), 3u);
    EXPECT_EQ(c.isolates, 1);
    EXPECT_NEAR(c.fragmentation, 1.0 - 8.0 / 30.0, 1e-12);
    const auto p = paths(g);
    EXPECT_TRUE(std::isnan(p.closeness[5]));  // reaches nobody: undefined, not 0
    EXPECT_DOUBLE_EQ(p.harmonic[5], 0.0);     // harmonic is defined: nothing reached
    EXPECT_NEAR(p.closeness[3], (1.0 / 5) * (1.0 / 1), 1e-12);  // Wasserman-Faust
    EXPECT_NEAR(p.harmonic[0], 2.0 / 5, 1e-12);
    EXPECT_NEAR(1.0 - p.global_efficiency, 1.0 - 8.0 / 30.0, 1e-12);  // all d = 1 or inf
    const auto h = structural_holes(g);
    EXPECT_TRUE(std::isnan(h.constraint[5]));
    EXPECT_TRUE(std::isnan(h.effective_size[5]));
}

TEST(NamedGraphs, EmptyAndTinyGraphsGiveNaNNotZero) {
    const auto none = make_view(0, {});
    EXPECT_TRUE(paths(none).betweenness.empty());
    EXPECT_TRUE(std::isnan(weak_components(none).fragmentation));
    const auto one = make_view(1, {});
    EXPECT_TRUE(std::isnan(paths(one).closeness[0]));
    EXPECT_TRUE(std::isnan(paths(one).betweenness_normalized[0]));
    EXPECT_TRUE(std::isnan(eigenvector_centrality(one).centrality[0]));
    EXPECT_TRUE(key_players(one, KeyPlayerMode::Exact, 10).best_one.empty());
}

TEST(NamedGraphs, DirectedPathConventions) {
    // a -> b -> c: b brokers the one ordered pair (a, c); normalised by (n-1)(n-2) = 2.
    const auto g = make_view(3, {{0, 1}, {1, 2}}, /*directed=*/true);
    const auto p = paths(g);
    EXPECT_DOUBLE_EQ(p.betweenness[1], 1.0);
    EXPECT_DOUBLE_EQ(p.betweenness_normalized[1], 0.5);
    // Outgoing closeness: a reaches b (1) and c (2); c reaches nobody.
    EXPECT_NEAR(p.closeness[0], 1.0 * (2.0 / 3.0), 1e-12);
    EXPECT_TRUE(std::isnan(p.closeness[2]));
    const auto d = degree_centrality(g);
    EXPECT_EQ(d.in_degree[1], 1);
    EXPECT_EQ(d.out_degree[1], 1);
    EXPECT_EQ(d.degree[1], 2);
}

TEST(NamedGraphs, ParallelRelationsMergeAndWeightsAdd) {
    const std::vector<NetworkView::Edge> edges{{0, 1, 2.0}, {1, 0, 3.0}, {1, 2, 1.0}, {2, 2, 9.0}};
    const auto undirected = view_from_edges({"a", "b", "c"}, edges, false, true);
    ASSERT_EQ(undirected.edge_count(), 2u);  // {a,b} merged, the self-loop dropped
    EXPECT_DOUBLE_EQ(undirected.edges[0].weight, 5.0);
    const auto directed = view_from_edges({"a", "b", "c"}, edges, true, false);
    EXPECT_EQ(directed.edge_count(), 3u);
    EXPECT_TRUE(directed.has_arc(1, 0));
    EXPECT_FALSE(directed.has_arc(2, 1));
}

TEST(NamedGraphs, ThreadCountDoesNotChangeResults) {
    std::vector<std::pair<int, int>> pairs;
    for (int v = 1; v < 400; ++v)
        pairs.emplace_back(v, (v * 7919 + 13) % v);  // a random-ish tree
    for (int v = 0; v < 400; v += 3)
        pairs.emplace_back(v, (v + 17) % 400);
    const auto g = make_view(400, pairs);
    PathOptions one, four;
    one.threads = 1;
    four.threads = 4;
    const auto a = shortest_path_measures(g, one), b = shortest_path_measures(g, four);
    for (int v = 0; v < 400; ++v) {
        EXPECT_NEAR(a.betweenness[v], b.betweenness[v], 1e-9 * (1 + a.betweenness[v]));
        EXPECT_EQ(a.closeness[v], b.closeness[v]);
    }
}

TEST(NamedGraphs, CancelStopsTheLongLoops) {
    const auto g = make_view(500, {{0, 1}});
    Progress progress;
    progress.cancel();
    EXPECT_THROW(shortest_path_measures(g, PathOptions{}, &progress), Cancelled);
    EXPECT_THROW(key_players(g, KeyPlayerMode::Exact, 1000, &progress), Cancelled);
}

}  // namespace
}  // namespace rk::analytics
