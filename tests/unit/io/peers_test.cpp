// Files written by other tools (NetworkX, igraph; see tests/data/io/peers/make_peers.py)
// read with exact counts, attributes and weights.
#include <gtest/gtest.h>

#include <numeric>

#include "io_test_util.hpp"

namespace rk::io {
namespace {
using test::data_path;
using test::report;

double total_weight(const Scenario& s) {
    double w = 0;
    for (const auto& r : s.relations)
        w += r.weight;
    return w;
}

std::size_t degree(const Scenario& s, const std::string& id) {
    std::size_t d = 0;
    for (const auto& r : s.relations)
        d += (r.source == id) + (r.target == id);
    return d;
}

TEST(Peers, KarateClubInEveryFormatNetworkXWrites) {
    for (const char* f : {"karate.graphml", "karate.gexf", "karate.net", "karate.edges"}) {
        ImportResult r = read_file(data_path(std::string("peers/networkx/") + f));
        const Scenario& s = test::only_scenario(r);
        EXPECT_EQ(s.actors.size(), 34u) << f;
        EXPECT_EQ(s.relations.size(), 78u) << f;
        EXPECT_EQ(total_weight(s), 231) << f;
        EXPECT_EQ(degree(s, "33"), 17u) << f;
        EXPECT_FALSE(r.diagnostics.has_errors()) << f;
        for (const auto& rel : s.relations)
            EXPECT_FALSE(rel.directed) << f;
    }
    ImportResult g = read_file(data_path("peers/networkx/karate.graphml"));
    const Scenario& s = test::only_scenario(g);
    EXPECT_EQ(s.name, "Zachary's Karate Club");
    EXPECT_EQ(std::get<std::string>(s.find_actor("0")->attributes.at("club")), "Mr. Hi");
    EXPECT_EQ(std::get<std::string>(s.find_actor("33")->attributes.at("club")), "Officer");
}

TEST(Peers, FlorentineFamilies) {
    for (const char* f :
         {"florentine.graphml", "florentine.gexf", "florentine.net", "florentine.edges"}) {
        ImportResult r = read_file(data_path(std::string("peers/networkx/") + f));
        const Scenario& s = test::only_scenario(r);
        EXPECT_EQ(s.actors.size(), 15u) << f;
        EXPECT_EQ(s.relations.size(), 20u) << f;
        EXPECT_EQ(degree(s, "Medici"), 6u) << f;
        EXPECT_NE(s.find_actor("Acciaiuoli"), nullptr) << f;
    }
}

TEST(Peers, DirectedGexfWithPositions) {
    ImportResult r = read_file(data_path("peers/networkx/regie_directed.gexf"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 2u);
    EXPECT_TRUE(s.relations[0].directed);
    EXPECT_EQ(s.relations[0].layer, Layer::Directs);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 2.0);
    EXPECT_EQ(s.positions.at("Provincie"), (Position{1, -1, false}));
}

TEST(Peers, IgraphZachary) {
    for (const char* f : {"zachary.graphml", "zachary.net"}) {
        ImportResult r = read_file(data_path(std::string("peers/igraph/") + f));
        const Scenario& s = test::only_scenario(r);
        EXPECT_EQ(s.actors.size(), 34u) << f;
        EXPECT_EQ(s.relations.size(), 78u) << f;
    }
    ImportResult r = read_file(data_path("peers/igraph/zachary.net"));
    EXPECT_NE(report(r.diagnostics)
                  .find("peers/igraph/zachary.net: info: vertices are not listed: vertex numbers "
                        "are the ids\n"),
              std::string::npos);
}

}  // namespace
}  // namespace rk::io
