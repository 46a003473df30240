// Agreement hubs in exported diagrams sit where they hide no actor and no name (the rule the
// canvas follows, layout::clear_spot): before, a hub at its parties' centre covered names.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <string>

#include "export/diagram_graph.hpp"

namespace rk::exporter::detail {
namespace {

// The pinned position of DOT node `id` ("n0", "n1", ...).
std::pair<double, double> pos_of(const std::string& dot, const std::string& id) {
    std::smatch m;
    const std::regex re("  " + id + " \\[pos=\"([-0-9.e]+),([-0-9.e]+)!\"");
    if (!std::regex_search(dot, m, re))
        throw std::runtime_error("no position for " + id);
    return {std::stod(m[1]), std::stod(m[2])};
}

DNode box_node(const std::string& id, const std::string& name, double x, double y) {
    DNode n;
    n.id = id;
    n.lines = {name};
    n.x = x;
    n.y = y;
    return n;
}

TEST(FloatingHub, AHubOnTopOfAnActorMovesOffItAndStaysClose) {
    DGraph g;
    g.nodes.push_back(box_node("a", "Gemeente Leiden", 0, 0));
    DNode hub = box_node("agreement:w", "Woondeal", 0, 0);
    hub.badge = "deal";
    hub.floating = true;
    g.nodes.push_back(hub);
    const std::string dot = to_dot(g);
    const auto [ax, ay] = pos_of(dot, "n0");
    const auto [hx, hy] = pos_of(dot, "n1");
    EXPECT_DOUBLE_EQ(ax, 0);  // actors never move
    EXPECT_DOUBLE_EQ(ay, 0);
    // Heights (diagram_graph.cpp node_height): the actor 1 line = 28, the hub 1 line and a
    // badge = 39; the widths are far larger than 2 x 28, so the nearest free spot lies
    // straight below (screen orientation; y up in DOT) at least (28 + 39) / 2 + gap 4 away,
    // and within one ring step (39 / 2) of that.
    EXPECT_NEAR(hx, 0, 1e-6);
    EXPECT_LE(hy, -(28.0 + 39.0) / 2 - 4);
    EXPECT_GE(hy, -(28.0 + 39.0) / 2 - 4 - 39.0 / 2);
}

TEST(FloatingHub, AFreeHubStaysAtItsPartiesCentre) {
    DGraph g;
    g.nodes.push_back(box_node("a", "A", -300, 0));
    g.nodes.push_back(box_node("b", "B", 300, 0));
    DNode hub = box_node("agreement:w", "Woondeal", 0, 0);
    hub.floating = true;
    g.nodes.push_back(hub);
    const auto [hx, hy] = pos_of(to_dot(g), "n2");
    EXPECT_DOUBLE_EQ(hx, 0);
    EXPECT_DOUBLE_EQ(hy, 0);
}

}  // namespace
}  // namespace rk::exporter::detail
