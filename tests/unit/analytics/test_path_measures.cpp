// Betweenness, closeness, harmonic closeness and global efficiency on graphs that stress the
// bit-parallel BFS and the renumbered Brandes: several components, isolates, a digraph with
// sources and sinks, and 600 actors (more than two 256-source batches). Expected values come
// from igraph and networkx (tests/data/analytics/make_path_reference.py; every series in
// path_reference_values.hpp names its call).
#include <gtest/gtest.h>

#include <cmath>

#include "analytics/measures.hpp"
#include "graph_files.hpp"
#include "path_reference_values.hpp"
#include "reference_values.hpp"

namespace rk::analytics {
namespace {

namespace ref = path_reference;
using testing::load_edges;

// networkx says 0 where an actor reaches nobody; the engine says NaN (closeness undefined).
void expect_closeness(const std::vector<double>& actual, const std::vector<double>& nx) {
    ASSERT_EQ(actual.size(), nx.size());
    for (std::size_t v = 0; v < nx.size(); ++v) {
        if (nx[v] == 0)
            EXPECT_TRUE(std::isnan(actual[v])) << v;
        else
            EXPECT_NEAR(actual[v], nx[v], 1e-12) << v;
    }
}

void expect_near_all(const std::vector<double>& actual, const std::vector<double>& expected,
                     double tolerance, const char* what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t v = 0; v < expected.size(); ++v)
        EXPECT_NEAR(actual[v], expected[v], tolerance * std::max(1.0, std::fabs(expected[v])))
            << what << " at " << v;
}

void check(const char* file, bool directed, const std::vector<double>& betweenness,
           const std::vector<double>& closeness, const std::vector<double>& harmonic,
           double efficiency) {
    SCOPED_TRACE(file);
    const auto g = load_edges(file, directed);
    for (unsigned threads : {1u, 2u, 3u}) {
        PathOptions options;
        options.threads = threads;
        const auto p = shortest_path_measures(g, options);
        expect_near_all(p.betweenness, betweenness, 1e-9, "betweenness");
        expect_closeness(p.closeness, closeness);
        expect_near_all(p.harmonic, harmonic, 1e-12, "harmonic");
        EXPECT_NEAR(p.global_efficiency, efficiency, 1e-12);
    }
}

TEST(PathMeasures, ComponentsAndIsolates) {
    check("components.edges", false, ref::components_betweenness, ref::components_closeness,
          ref::components_harmonic, ref::components_efficiency);
}

TEST(PathMeasures, DirectedWithSourcesSinksAndIsolates) {
    check("digraph30.edges", true, ref::digraph30_betweenness, ref::digraph30_closeness,
          ref::digraph30_harmonic, ref::digraph30_efficiency);
}

TEST(PathMeasures, SixHundredActorsAcrossSeveralBatches) {
    check("random600.edges", false, ref::random600_betweenness, ref::random600_closeness,
          ref::random600_harmonic, ref::random600_efficiency);
}

TEST(PathMeasures, DistanceSumsCountHopsToEachReachedActor) {
    // Path 0 -> 1 -> 2 plus an isolate 3, directed: by hand, 0 reaches 1 (1 hop) and 2 (2 hops),
    // 1 reaches 2, 2 and 3 reach nobody.
    const auto g = testing::make_view(4, {{0, 1}, {1, 2}}, true);
    const DistanceSums d = outgoing_distance_sums(g, 1);
    EXPECT_EQ(d.reached, (std::vector<int>{2, 1, 0, 0}));
    EXPECT_EQ(d.distance_sum, (std::vector<std::int64_t>{3, 1, 0, 0}));
    EXPECT_DOUBLE_EQ(d.inverse_sum[0], 1.5);
    EXPECT_DOUBLE_EQ(d.inverse_sum[1], 1.0);
}

TEST(PathMeasures, BrandesCountsOrderedPairs) {
    // Undirected path a - b - c: b lies on the one shortest path between a and c, counted from
    // both ends (2); shortest_path_measures halves it to igraph's 1.
    const auto g = testing::make_view(3, {{0, 1}, {1, 2}});
    EXPECT_EQ(brandes_betweenness(g, 1), (std::vector<double>{0, 2, 0}));
    EXPECT_EQ(shortest_path_measures(g, PathOptions{}).betweenness, (std::vector<double>{0, 1, 0}));
}

TEST(PathMeasures, WeightsNeverLengthenPaths) {
    // The convention (measures.hpp): paths are hop counts in weighted views too, so the
    // weighted Davis projection gives the unweighted projection's reference values (networkx
    // on the unweighted graph, reference_values.hpp via make_reference.py).
    const auto weighted = load_edges("davis_women_weighted.edges", false, true);
    const auto plain = load_edges("davis_women_weighted.edges", false, false);
    const auto w = shortest_path_measures(weighted, PathOptions{});
    const auto p = shortest_path_measures(plain, PathOptions{});
    expect_near_all(w.betweenness, reference::davis_betweenness, 1e-9, "betweenness");
    expect_closeness(w.closeness, reference::davis_closeness);
    EXPECT_EQ(w.betweenness, p.betweenness);
    EXPECT_EQ(w.closeness, p.closeness);
    EXPECT_EQ(w.harmonic, p.harmonic);
}

}  // namespace
}  // namespace rk::analytics
