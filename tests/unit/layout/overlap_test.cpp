// Overlap removal leaves no overlapping rectangles, keeps fixed ones, keeps lanes.
#include <gtest/gtest.h>

#include "fixtures.hpp"
#include "layout/detail.hpp"
#include "layout/overlap.hpp"
#include "layout/quality.hpp"

namespace rk::layout {
namespace {

std::vector<Vec2> random_points(int n, double side, std::uint64_t seed) {
    detail::Rng rng(seed);
    std::vector<Vec2> p(n);
    for (auto& q : p)
        q = {rng.uniform() * side, rng.uniform() * side};
    return p;
}

std::vector<Box> random_boxes(int n, std::uint64_t seed) {
    detail::Rng rng(seed);
    std::vector<Box> b(n);
    for (auto& q : b)
        q = {30 + rng.uniform() * 90, 20 + rng.uniform() * 10};
    return b;
}

TEST(Overlap, DenseKnotEndsWithZeroOverlaps) {
    const int n = 300;
    auto pos = random_points(n, 200, 7);  // far too small an area: heavy overlap
    auto boxes = random_boxes(n, 8);
    ASSERT_GT(rectangle_overlaps(pos, boxes), 100);
    OverlapOptions o;
    o.gap = 4;
    EXPECT_EQ(remove_overlaps(pos, boxes, {}, o), 0);
    EXPECT_EQ(rectangle_overlaps(pos, boxes), 0);
    // The gap is honoured too: inflated rectangles do not overlap either.
    std::vector<Box> inflated = boxes;
    for (auto& b : inflated) {
        b.width += o.gap - 1e-3;
        b.height += o.gap - 1e-3;
    }
    EXPECT_EQ(rectangle_overlaps(pos, inflated), 0);
}

TEST(Overlap, FixedRectanglesDoNotMove) {
    const int n = 80;
    auto pos = random_points(n, 150, 3);
    auto boxes = random_boxes(n, 4);
    std::vector<bool> fixed(n, false);
    fixed[0] = fixed[10] = true;
    pos[10] = {pos[0].x + 1000, pos[0].y};  // two fixed ones apart: resolvable
    auto before = pos;
    EXPECT_EQ(remove_overlaps(pos, boxes, fixed), 0);
    EXPECT_EQ(pos[0].x, before[0].x);
    EXPECT_EQ(pos[0].y, before[0].y);
    EXPECT_EQ(pos[10].x, before[10].x);
    EXPECT_EQ(rectangle_overlaps(pos, boxes), 0);
}

TEST(Overlap, TwoFixedOnTopOfEachOtherAreReported) {
    std::vector<Vec2> pos = {{0, 0}, {0, 0}, {1, 1}};
    std::vector<Box> boxes(3, Box{20, 10});
    EXPECT_EQ(remove_overlaps(pos, boxes, {true, true, false}), 1);
    EXPECT_EQ(rectangle_overlaps(pos, boxes), 1);  // only the fixed pair
}

TEST(Overlap, HorizontalOnlyKeepsY) {
    const int n = 60;
    auto pos = random_points(n, 100, 11);
    auto boxes = random_boxes(n, 12);
    auto before = pos;
    OverlapOptions o;
    o.horizontal_only = true;
    EXPECT_EQ(remove_overlaps(pos, boxes, {}, o), 0);
    for (int i = 0; i < n; ++i)
        EXPECT_EQ(pos[i].y, before[i].y);
    EXPECT_EQ(rectangle_overlaps(pos, boxes), 0);
}

TEST(Overlap, NoOverlapMeansNoMove) {
    std::vector<Vec2> pos = {{0, 0}, {100, 0}, {0, 100}};
    auto before = pos;
    EXPECT_EQ(remove_overlaps(pos, std::vector<Box>(3, Box{20, 10}), {}), 0);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(pos[i].x, before[i].x);
}

TEST(Overlap, EmptyAndSingle) {
    std::vector<Vec2> none;
    EXPECT_EQ(remove_overlaps(none, {}, {}), 0);
    std::vector<Vec2> one = {{5, 5}};
    EXPECT_EQ(remove_overlaps(one, {Box{}}, {}), 0);
    EXPECT_EQ(one[0].x, 5);
}

}  // namespace
}  // namespace rk::layout
