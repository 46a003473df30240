// Label decluttering: overlapping label texts give way to those of higher priority.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "doc/label_lod.hpp"

namespace rk::doc {
namespace {

bool overlap(const LabelBox& a, const LabelBox& b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

TEST(LabelDeclutter, LaterOverlappingBoxGivesWay) {
    const std::vector<LabelBox> boxes = {
        {0, 0, 100, 20},    // kept: first
        {50, 10, 150, 30},  // overlaps the first: hidden
        {200, 0, 300, 20},  // free: kept
        {140, 0, 199, 20},  // overlaps only the hidden one, but within the gap of the third
    };
    const auto keep = keep_unoverlapped(boxes, 0, 2);
    EXPECT_EQ(keep, (std::vector<char>{1, 0, 1, 0}));
    // Without a gap the last one touches nothing kept.
    EXPECT_EQ(keep_unoverlapped(boxes, 0, 0), (std::vector<char>{1, 0, 1, 1}));
}

TEST(LabelDeclutter, MustShowLabelsStayEvenWhenTheyOverlap) {
    const std::vector<LabelBox> boxes = {{0, 0, 100, 20}, {10, 5, 110, 25}, {20, 5, 120, 25}};
    // The first two are hovered/selected: both shown; the third overlaps them: hidden.
    EXPECT_EQ(keep_unoverlapped(boxes, 2), (std::vector<char>{1, 1, 0}));
}

TEST(LabelDeclutter, NonFiniteBoxesAreDroppedNotFatal) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double big = 1e300;
    const std::vector<LabelBox> boxes = {{nan, 0, 10, 10}, {-big, -big, big, big}, {0, 0, 10, 10}};
    const auto keep = keep_unoverlapped(boxes, 0);
    EXPECT_EQ(keep[0], 0);
    EXPECT_EQ(keep.size(), 3u);
}

// Against the obvious quadratic rule on random boxes: same answer, and no two kept boxes
// overlap.
TEST(LabelDeclutter, AgreesWithQuadraticGreedyOnRandomBoxes) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> pos(0, 1200), width(20, 160);
    std::vector<LabelBox> boxes;
    for (int i = 0; i < 600; ++i) {
        const double x = pos(rng), y = pos(rng) * 0.6;
        boxes.push_back({x, y, x + width(rng), y + 16});
    }
    const auto keep = keep_unoverlapped(boxes, 5, 0);
    std::vector<char> expected(boxes.size(), 0);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        bool free = true;
        for (std::size_t k = 0; k < i && i >= 5; ++k)
            free = free && !(expected[k] && overlap(boxes[i], boxes[k]));
        expected[i] = free;
    }
    EXPECT_EQ(keep, expected);
    int kept = 0;
    for (std::size_t i = 5; i < boxes.size(); ++i) {
        kept += keep[i];
        for (std::size_t k = 5; k < i; ++k)
            EXPECT_FALSE(keep[i] && keep[k] && overlap(boxes[i], boxes[k]));
    }
    EXPECT_GT(kept, 50);  // decluttering thins, it does not empty
}

TEST(LabelPlannerOrder, FewInViewLargestFirstSoDeclutteringKeepsBigNodes) {
    std::vector<Vec2d> points;
    std::vector<float> radius;
    for (int i = 0; i < 10; ++i) {
        points.push_back({10.0 * i, 0});
        radius.push_back(float(1 + i));  // the last node is the largest
    }
    SpatialGrid grid;
    grid.build(points, radius);
    LabelPlanner planner;
    planner.rank(radius, std::vector<char>(10, 0), std::vector<char>(10, 0));
    std::size_t must_show = 99;
    const auto out = planner.choose(grid, {-20, -20}, {120, 20}, 1.0, 2, {}, &must_show);
    ASSERT_EQ(out.size(), 10u);
    EXPECT_EQ(must_show, 1u);  // the hovered node
    EXPECT_EQ(out[0], 2);
    EXPECT_EQ(out[1], 9);
    EXPECT_EQ(out.back(), 0);
}

}  // namespace
}  // namespace rk::doc
