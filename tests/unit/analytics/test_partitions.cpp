// Silos (E-I, modularity, assortativity), Louvain, Gould-Fernandez brokerage and the
// Krackhardt hierarchy measures of the regie overlay.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>

#include "analytics/measures.hpp"
#include "graph_files.hpp"
#include "reference_values.hpp"

namespace rk::analytics {
namespace {

using testing::load_edges;
using testing::make_view;

std::vector<int> karate_clubs(const NetworkView& g) {
    std::ifstream in(std::string(RK_TEST_DATA) + "/analytics/karate_club.txt");
    std::map<std::string, int> club;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto space = line.find(' ');
        club[line.substr(0, space)] = line.substr(space + 1) == "Mr. Hi" ? 0 : 1;
    }
    std::vector<int> group;
    for (const auto& id : g.ids)
        group.push_back(club.at(id));
    return group;
}

TEST(Silos, KarateClubAgainstNetworkx) {
    const auto g = load_edges("karate.edges");
    const auto group = karate_clubs(g);
    const auto ei = ei_index(g, group, 2, 999, 7);
    EXPECT_NEAR(ei.ei, reference::karate_club_ei, 1e-12);
    EXPECT_NEAR(ei.expected, reference::karate_club_expected_ei, 1e-12);
    // The split of the club is far more inward than random mixing: p at its minimum.
    EXPECT_NEAR(ei.p_value, 1.0 / 1000.0, 1e-12);
    EXPECT_NEAR(modularity(g, group), reference::karate_club_modularity, 1e-12);
    EXPECT_NEAR(nominal_assortativity(g, group, 2), reference::karate_club_assortativity, 1e-12);
}

TEST(Silos, PermutationTestRepeatsWithItsSeed) {
    const auto g = load_edges("florentine.edges");
    std::vector<int> group(g.n);
    for (int v = 0; v < g.n; ++v)
        group[v] = v % 3;
    const auto a = ei_index(g, group, 3, 200, 42), b = ei_index(g, group, 3, 200, 42);
    const auto c = ei_index(g, group, 3, 200, 43);
    EXPECT_EQ(a.p_value, b.p_value);
    EXPECT_EQ(a.permutations, 200);
    EXPECT_GT(a.p_value, 0.0);
    EXPECT_LE(a.p_value, 1.0);
    EXPECT_NE(a.p_value, c.p_value);  // another seed, other shuffles (holds for these seeds)
}

TEST(Silos, HandCountedEiPerGroupAndActor) {
    // Groups A = {0,1}, B = {2,3}; ties 0-1 (inside A), 1-2 (across), 2-3 (inside B); actor 4
    // has no group and its tie 3-4 is left out.
    const auto g = make_view(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
    const auto r = ei_index(g, {0, 0, 1, 1, -1}, 2, 0, 1);
    EXPECT_EQ(r.internal, 2);
    EXPECT_EQ(r.external, 1);
    EXPECT_NEAR(r.ei, (1.0 - 2.0) / 3.0, 1e-12);
    // 4 known actors: 2 internal pairs, 4 external pairs of 6.
    EXPECT_NEAR(r.expected, (4.0 - 2.0) / 6.0, 1e-12);
    EXPECT_TRUE(std::isnan(r.p_value));      // no permutations asked
    EXPECT_NEAR(r.group_ei[0], 0.0, 1e-12);  // A: 1 external, 1 internal
    EXPECT_DOUBLE_EQ(r.actor_ei[0], -1.0);
    EXPECT_DOUBLE_EQ(r.actor_ei[1], 0.0);
    EXPECT_TRUE(std::isnan(r.actor_ei[4]));
}

TEST(Communities, LouvainFindsTheKarateSplitQuality) {
    const auto g = load_edges("karate.edges");
    const auto community = louvain(g);
    const double q = modularity(g, community);
    // Blondel et al. (2008), table 1: Louvain reaches Q = 0.42 on the karate club.
    EXPECT_GT(q, 0.41);
    EXPECT_LT(q, 0.4198 + 1e-4);       // the best known partition (Brandes et al. 2008: 0.4198)
    EXPECT_EQ(community, louvain(g));  // deterministic
    // Two triangles joined by one edge: each triangle a community.
    const auto t = make_view(6, {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
    EXPECT_EQ(louvain(t), (std::vector<int>{0, 0, 0, 1, 1, 1}));
}

TEST(Brokerage, EachGouldFernandezRole) {
    // Five separate two-paths a -> b -> c, brokers 1, 4, 7, 10, 13; groups chosen per role.
    const auto g = make_view(
        15, {{0, 1}, {1, 2}, {3, 4}, {4, 5}, {6, 7}, {7, 8}, {9, 10}, {10, 11}, {12, 13}, {13, 14}},
        /*directed=*/true);
    const std::vector<int> group{0, 0, 0,   // coordinator: all in one group
                                 0, 1, 0,   // itinerant: a, c together, b outside
                                 0, 0, 1,   // representative: a with b, c outside
                                 1, 0, 0,   // gatekeeper: b with c, a outside
                                 0, 1, 2};  // liaison: all different
    const auto r = gould_fernandez(g, group);
    EXPECT_EQ(r[1].coordinator, 1);
    EXPECT_EQ(r[4].itinerant, 1);
    EXPECT_EQ(r[7].representative, 1);
    EXPECT_EQ(r[10].gatekeeper, 1);
    EXPECT_EQ(r[13].liaison, 1);
    EXPECT_EQ(r[1].total() + r[4].total() + r[7].total() + r[10].total() + r[13].total(), 5);
    // A closed triad brokers nothing: with 0 -> 2 added, 1 no longer brokers.
    const auto closed = make_view(3, {{0, 1}, {1, 2}, {0, 2}}, true);
    EXPECT_EQ(gould_fernandez(closed, {0, 0, 0})[1].total(), 0);
    // Undirected: the symmetric digraph, so the pair counts in both directions.
    const auto u = make_view(3, {{0, 1}, {1, 2}});
    const auto ru = gould_fernandez(u, {0, 0, 1});
    EXPECT_EQ(ru[1].representative, 1);
    EXPECT_EQ(ru[1].gatekeeper, 1);
}

Scenario directs_scenario(const std::vector<std::pair<std::string, std::string>>& ties,
                          const std::vector<std::string>& actors) {
    Scenario s;
    s.id = "s";
    for (const auto& id : actors)
        testing::add_actor(s, id);
    for (const auto& [a, b] : ties)
        testing::add_relation(s, a, b, Layer::Directs, true);
    return s;
}

TEST(Regie, OutTreeIsAPerfectHierarchy) {
    // Krackhardt (1994): an out-tree scores 1 on all four measures.
    const auto s = directs_scenario({{"r", "a"}, {"r", "b"}, {"a", "c"}}, {"r", "a", "b", "c"});
    const auto o = regie_overlay(s, 2);
    EXPECT_DOUBLE_EQ(o.connectedness, 1.0);
    EXPECT_DOUBLE_EQ(o.hierarchy, 1.0);
    EXPECT_DOUBLE_EQ(o.efficiency, 1.0);
    EXPECT_DOUBLE_EQ(o.lub, 1.0);
    EXPECT_EQ(o.regisseurs, (std::vector<std::string>{"r", "a"}));
    EXPECT_EQ(o.span.at("r"), 2);
    EXPECT_DOUBLE_EQ(o.coverage.at("r"), 1.0);  // reaches a, b, c of 3 others
    EXPECT_TRUE(o.multiply_directed.empty());
    EXPECT_TRUE(o.cycles.empty());
}

TEST(Regie, TwoBossesWithoutCommonSuperior) {
    // p and q both direct x: x is multiply directed; p and q have no upper bound: LUB 0.
    const auto s = directs_scenario({{"p", "x"}, {"q", "x"}}, {"p", "q", "x", "y"});
    const auto o = regie_overlay(s, 2);
    ASSERT_EQ(o.multiply_directed.count("x"), 1u);
    EXPECT_EQ(o.multiply_directed.at("x"), (std::vector<std::string>{"p", "q"}));
    EXPECT_DOUBLE_EQ(o.lub, 0.0);
    EXPECT_DOUBLE_EQ(o.hierarchy, 1.0);
    EXPECT_EQ(o.undirected_actors, std::vector<std::string>{"y"});
}

TEST(Regie, CycleOfDirectionIsNoHierarchy) {
    const auto s = directs_scenario({{"a", "b"}, {"b", "a"}}, {"a", "b"});
    const auto o = regie_overlay(s, 2);
    EXPECT_DOUBLE_EQ(o.hierarchy, 0.0);  // the only reachable dyad is mutual
    ASSERT_EQ(o.cycles.size(), 1u);
    EXPECT_EQ(o.cycles[0].size(), 2u);
    const auto none = regie_overlay(directs_scenario({}, {"a"}), 2);
    EXPECT_TRUE(std::isnan(none.hierarchy));  // no direction at all: undefined
    EXPECT_TRUE(std::isnan(none.lub));
}

}  // namespace
}  // namespace rk::analytics
