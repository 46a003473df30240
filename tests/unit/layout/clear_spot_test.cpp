// clear_spot: where an agreement hub goes when its parties' centre is covered by names.
// Expected places are worked out by hand in the comments.
#include <gtest/gtest.h>

#include <cmath>

#include "layout/clear_spot.hpp"

namespace rk::layout {
namespace {

bool overlaps(const Rect& a, const Rect& b) {
    return std::min(a.x1, b.x1) > std::max(a.x0, b.x0) &&
           std::min(a.y1, b.y1) > std::max(a.y0, b.y0);
}

TEST(ClearSpot, AFreeCentreStaysWhereItIs) {
    const Vec2 at = clear_spot({100, 50}, {80, 20}, {{300, 300, 400, 320}});
    EXPECT_DOUBLE_EQ(at.x, 100);
    EXPECT_DOUBLE_EQ(at.y, 50);
}

TEST(ClearSpot, ACoveredCentreMovesToTheNearestFreePlace) {
    // A name 100 wide and 16 high centred on the preferred point (0, 0); the box is 60 x 20,
    // so step = 10 and the gap 4 grows the name to y in [-12, 12]. Straight below, the box
    // is free once its top (c.y - 10) is at or below 12: c.y >= 22, first reached on ring 3
    // (y = 30), where every point of rings 1 and 2 still overlaps. Ring 3's first candidate is
    // the one straight below.
    const Vec2 at = clear_spot({0, 0}, {60, 20}, {{-50, -8, 50, 8}});
    EXPECT_NEAR(at.x, 0, 1e-9);
    EXPECT_NEAR(at.y, 30, 1e-9);
}

TEST(ClearSpot, TheBoxAvoidsEveryNameAroundIt) {
    // Names on a 3 x 3 grid around the centre, 70 apart, each 60 x 14: the box (50 x 16)
    // ends on a free spot that touches none of them (with the gap).
    std::vector<Rect> names;
    for (int i = -1; i <= 1; ++i)
        for (int j = -1; j <= 1; ++j)
            names.push_back({70.0 * i - 30, 70.0 * j - 7, 70.0 * i + 30, 70.0 * j + 7});
    const Box box{50, 16};
    const Vec2 at = clear_spot({0, 0}, box, names);
    const Rect placed = rect_around(at, box);
    for (const Rect& n : names)
        EXPECT_FALSE(overlaps(placed, {n.x0 - 4, n.y0 - 4, n.x1 + 4, n.y1 + 4}))
            << at.x << "," << at.y;
    // And it stays among them: the grid's free rows lie 35 from the centre, within 2 rings.
    EXPECT_LE(std::hypot(at.x, at.y), 70.0);
}

TEST(ClearSpot, WhenNothingIsFreeTheLeastCoveredSpotNearestWins) {
    // One rectangle covers everything in reach: every candidate is covered by the same area,
    // so the preferred centre (tried first) is kept.
    const Vec2 at = clear_spot({5, 5}, {40, 10}, {{-1000, -1000, 1000, 1000}});
    EXPECT_DOUBLE_EQ(at.x, 5);
    EXPECT_DOUBLE_EQ(at.y, 5);
}

}  // namespace
}  // namespace rk::layout
