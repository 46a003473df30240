// Classic networks against values computed independently by networkx and igraph
// (tests/data/analytics/make_reference.py; each series in reference_values.hpp names its call).
#include <gtest/gtest.h>

#include <cmath>

#include "analytics/measures.hpp"
#include "graph_files.hpp"
#include "reference_values.hpp"

namespace rk::analytics {
namespace {

namespace ref = reference;
using testing::load_edges;

// NaN in the expectation must be NaN in the result; otherwise within tolerance.
void expect_series(const std::vector<double>& actual, const std::vector<double>& expected,
                   double tolerance, const char* what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (std::isnan(expected[i])) {
            EXPECT_TRUE(std::isnan(actual[i])) << what << " at " << i;
        } else {
            EXPECT_NEAR(actual[i], expected[i], tolerance) << what << " at " << i;
        }
    }
}

// networkx gives 0 closeness to an actor that reaches nobody; the engine says NaN.
std::vector<double> nx_closeness(std::vector<double> v, const std::vector<double>& degree) {
    for (std::size_t i = 0; i < v.size(); ++i)
        if (degree[i] == 0 && v[i] == 0)
            v[i] = kNaN;
    return v;
}

struct Suite {
    const char* file;
    const std::vector<double>& degree;
    const std::vector<double>& betweenness;
    const std::vector<double>& betweenness_normalized;
    const std::vector<double>& closeness;
    const std::vector<double>& harmonic;
    const std::vector<double>& pagerank;
    const std::vector<double>& constraint;
    const std::vector<double>& effective_size;
    double df, f, kp1, kp2;
    const std::vector<int>& articulation;
    const std::vector<std::pair<int, int>>& bridges;
};

void check_suite(const Suite& s) {
    SCOPED_TRACE(s.file);
    const auto g = load_edges(s.file);
    expect_series(degree_centrality(g).degree, s.degree, 0, "degree");
    const auto p = shortest_path_measures(g, PathOptions{});
    expect_series(p.betweenness, s.betweenness, 1e-9, "betweenness");
    expect_series(p.betweenness_normalized, s.betweenness_normalized, 1e-12, "betweenness_norm");
    expect_series(p.closeness, nx_closeness(s.closeness, s.degree), 1e-12, "closeness");
    expect_series(p.harmonic, s.harmonic, 1e-12, "harmonic");
    expect_series(pagerank(g), s.pagerank, 1e-10, "pagerank");
    const auto h = structural_holes(g);
    expect_series(h.constraint, s.constraint, 1e-12, "constraint");
    expect_series(h.effective_size, s.effective_size, 1e-12, "effective_size");
    EXPECT_NEAR(1.0 - p.global_efficiency, s.df, 1e-12);
    EXPECT_NEAR(weak_components(g).fragmentation, s.f, 1e-12);
    const auto cut = articulation_points_and_bridges(g);
    EXPECT_EQ(cut.articulation_points, s.articulation);
    EXPECT_EQ(cut.bridges, s.bridges);
    const auto exact = key_players(g, KeyPlayerMode::Exact, 1000);
    EXPECT_NEAR(exact.fragmentation_one, s.kp1, 1e-12);
    EXPECT_NEAR(exact.fragmentation_two, s.kp2, 1e-12);
    const auto greedy = key_players(g, KeyPlayerMode::Greedy, 0);
    EXPECT_LE(greedy.fragmentation_two, s.kp2 + 1e-12);
    EXPECT_GE(greedy.fragmentation_two, greedy.fragmentation_one - 1e-12);
}

#define SUITE(prefix, file)                                                                        \
    Suite {                                                                                        \
        file, ref::prefix##_degree, ref::prefix##_betweenness,                                     \
            ref::prefix##_betweenness_normalized, ref::prefix##_closeness, ref::prefix##_harmonic, \
            ref::prefix##_pagerank, ref::prefix##_constraint, ref::prefix##_effective_size,        \
            ref::prefix##_df, ref::prefix##_f, ref::prefix##_kp1, ref::prefix##_kp2,               \
            ref::prefix##_articulation, ref::prefix##_bridges                                      \
    }

TEST(ReferenceGraphs, KarateClub) {
    check_suite(SUITE(karate, "karate.edges"));
}
TEST(ReferenceGraphs, FlorentineFamilies) {
    check_suite(SUITE(florentine, "florentine.edges"));
}
TEST(ReferenceGraphs, FlorentineWithPucci) {
    check_suite(SUITE(florentine_pucci, "florentine_pucci.edges"));
}
TEST(ReferenceGraphs, DavisSouthernWomenProjection) {
    check_suite(SUITE(davis, "davis_women.edges"));
}
TEST(ReferenceGraphs, KrackhardtKite) {
    check_suite(SUITE(kite, "kite.edges"));
}

TEST(ReferenceGraphs, KarateAgreesWithIgraphToo) {
    const auto g = load_edges("karate.edges");
    const auto p = shortest_path_measures(g, PathOptions{});
    expect_series(p.betweenness, ref::karate_betweenness_igraph, 1e-9, "igraph betweenness");
    expect_series(p.closeness, ref::karate_closeness_igraph, 1e-12, "igraph closeness");
    expect_series(pagerank(g), ref::karate_pagerank_igraph, 1e-9, "igraph pagerank");
}

TEST(ReferenceGraphs, KarateSpectral) {
    const auto g = load_edges("karate.edges");
    const auto eig = eigenvector_centrality(g);
    EXPECT_TRUE(eig.converged);
    expect_series(eig.centrality, ref::karate_eigenvector, 1e-9, "eigenvector");
    expect_series(katz_centrality(g, 0.1), ref::karate_katz, 1e-9, "katz");
    expect_series(eigenvector_centrality(load_edges("florentine.edges")).centrality,
                  ref::florentine_eigenvector, 1e-9, "florentine eigenvector");
}

TEST(ReferenceGraphs, MediciBetweennessNeedsPucciLeftOut) {
    // The famous 0.522 (Padgett and Ansell 1993 via networkx) is normalised over 15 families.
    const auto without = load_edges("florentine.edges");
    const auto with = load_edges("florentine_pucci.edges");
    const auto p15 = shortest_path_measures(without, PathOptions{});
    const auto p16 = shortest_path_measures(with, PathOptions{});
    int medici = -1;
    for (int v = 0; v < without.n; ++v)
        if (without.ids[v] == "Medici")
            medici = v;
    ASSERT_GE(medici, 0);
    EXPECT_NEAR(p15.betweenness_normalized[medici], 0.522, 5e-4);
    EXPECT_DOUBLE_EQ(p15.betweenness[medici], p16.betweenness[medici]);  // raw unchanged
    EXPECT_LT(p16.betweenness_normalized[medici], 0.46);                 // 47.5 / 105
}

TEST(ReferenceGraphs, WeightedDavisUsesWeightsWhereAsked) {
    // Trap: nx.pagerank uses weights by default. Weighted view: the weighted reference;
    // unweighted view: the weight=None reference.
    const auto weighted = load_edges("davis_women_weighted.edges", false, true);
    expect_series(pagerank(weighted), ref::davis_weighted_pagerank, 1e-10, "weighted pagerank");
    expect_series(degree_centrality(weighted).strength, ref::davis_weighted_strength, 1e-12,
                  "strength");
    const auto plain = load_edges("davis_women_weighted.edges", false, false);
    expect_series(pagerank(plain), ref::davis_pagerank, 1e-10, "unweighted pagerank");
}

TEST(ReferenceGraphs, DirectedConventions) {
    const auto g = load_edges("digraph12.edges", /*directed=*/true);
    const auto p = shortest_path_measures(g, PathOptions{});
    expect_series(p.betweenness, ref::digraph_betweenness, 1e-9, "betweenness");
    expect_series(p.betweenness_normalized, ref::digraph_betweenness_normalized, 1e-12,
                  "betweenness_normalized");
    // Outgoing closeness = networkx closeness on the reversed graph; 0 there means NaN here.
    std::vector<double> expected = ref::digraph_closeness_out;
    for (auto& v : expected)
        if (v == 0)
            v = kNaN;
    expect_series(p.closeness, expected, 1e-12, "closeness out");
    expect_series(pagerank(g), ref::digraph_pagerank, 1e-10, "pagerank");
    // networkx returns NaN for an actor without out-arcs (it tests len(G[v]) == 0, the
    // successors); Burt counts every contact, so the engine gives a value there.
    const auto h = structural_holes(g);
    for (int v = 0; v < g.n; ++v) {
        if (std::isnan(ref::digraph_constraint[v])) {
            EXPECT_EQ(g.out_degree(v), 0);
            continue;
        }
        EXPECT_NEAR(h.constraint[v], ref::digraph_constraint[v], 1e-12) << v;
        EXPECT_NEAR(h.effective_size[v], ref::digraph_effective_size[v], 1e-12) << v;
    }
    EXPECT_NEAR(1.0 - p.global_efficiency, ref::digraph_df, 1e-12);
}

}  // namespace
}  // namespace rk::analytics
