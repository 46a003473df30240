// Quality metrics on drawings whose values are known by hand.
#include <gtest/gtest.h>

#include "fixtures.hpp"
#include "layout/quality.hpp"

namespace rk::layout {
namespace {
using namespace testing;

TEST(Quality, PathOnALineHasZeroStressAtAnyScale) {
    LayoutGraph g = index_graph(5, path_edges(5));
    std::vector<Vec2> pos;
    for (int i = 0; i < 5; ++i)
        pos.push_back({37.0 * i, 0});
    EXPECT_NEAR(normalised_stress(g, pos), 0.0, 1e-12);
}

TEST(Quality, FoldedPathHasPositiveStressAndSamplingAgreesRoughly) {
    // Path a0-a1-a2 drawn with a2 on top of a0: d(0,2) = 2 but drawn 0.
    LayoutGraph g = index_graph(3, path_edges(3));
    std::vector<Vec2> pos = {{0, 0}, {1, 0}, {0, 0}};
    // Pairs (ordered, both directions): r = e/d = 1, 1, 0 each twice. a=4, b=4, pairs=6:
    // s = 1, stress = (4 - 8 + 6) / 6 = 1/3.
    EXPECT_NEAR(normalised_stress(g, pos), 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(normalised_stress(g, pos, 3), 1.0 / 3.0, 1e-12);  // all sources sampled
}

TEST(Quality, StressUndefinedWithoutConnectedPairs) {
    LayoutGraph g = index_graph(3, {});
    EXPECT_EQ(normalised_stress(g, {{0, 0}, {1, 1}, {2, 2}}), -1);
    EXPECT_EQ(normalised_stress(index_graph(0, {}), {}), -1);
}

TEST(Quality, SquareWithDiagonalsCrossesOnce) {
    // K4 drawn as a square: the two diagonals cross; sides never do.
    LayoutGraph g = index_graph(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}, {1, 3}});
    std::vector<Vec2> square = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    EXPECT_EQ(edge_crossings(g, square), 1);
    // K4 drawn with one node inside the triangle of the others: planar.
    std::vector<Vec2> planar = {{0, 0}, {4, 0}, {2, 3}, {2, 1}};
    EXPECT_EQ(edge_crossings(g, planar), 0);
}

TEST(Quality, RectangleOverlapsCountsPairsNotTouches) {
    std::vector<Box> boxes(3, Box{10, 10});
    EXPECT_EQ(rectangle_overlaps({{0, 0}, {5, 5}, {20, 0}}, boxes), 1);
    EXPECT_EQ(rectangle_overlaps({{0, 0}, {10, 0}, {20, 0}}, boxes), 0);  // touching edges
    EXPECT_EQ(rectangle_overlaps({{0, 0}, {1, 0}, {2, 0}}, boxes), 3);
    EXPECT_EQ(rectangle_overlaps({}, {}), 0);
}

}  // namespace
}  // namespace rk::layout
