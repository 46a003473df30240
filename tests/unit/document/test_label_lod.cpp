// Which nodes get a label on the canvas: the level-of-detail rules without a window.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "doc/label_lod.hpp"

namespace rk::doc {
namespace {

// n nodes on a row, 10 world units apart.
struct Row {
    std::vector<Vec2d> points;
    std::vector<float> radius;
    std::vector<char> important, dimmed;
    SpatialGrid grid;
    LabelPlanner planner;
    explicit Row(int n) : radius(n, 4.f), important(n, 0), dimmed(n, 0) {
        for (int i = 0; i < n; ++i)
            points.push_back({10.0 * i, 0});
    }
    void prepare() {
        grid.build(points, radius);
        planner.rank(radius, important, dimmed);
    }
    bool has(const std::vector<int>& v, int i) {
        return std::find(v.begin(), v.end(), i) != v.end();
    }
};

TEST(LabelPlanner, FewInViewAllGetALabelExceptDimmed) {
    Row r(20);
    r.dimmed[3] = 1;
    r.prepare();
    const auto out = r.planner.choose(r.grid, {-5, -5}, {95, 5}, 0.1, -1);  // nodes 0..9
    EXPECT_EQ(out.size(), 9u);
    EXPECT_FALSE(r.has(out, 3));
    EXPECT_FALSE(r.has(out, 10));  // outside the view
}

TEST(LabelPlanner, ImportantAndHoveredComeFirstEvenWhenDimmed) {
    Row r(20);
    r.important[7] = 1;
    r.dimmed[7] = 1;
    r.prepare();
    const auto out = r.planner.choose(r.grid, {-5, -5}, {195, 5}, 0.1, 12);
    ASSERT_GE(out.size(), 2u);
    EXPECT_EQ(out[0], 12);
    EXPECT_EQ(out[1], 7);
    EXPECT_EQ(out.size(), 20u);  // no node twice
}

TEST(LabelPlanner, ManyInViewOnlyLargeOnScreenLargestFirst) {
    Row r(1000);
    r.radius[500] = 40;
    r.radius[20] = 30;
    r.radius[900] = 50;  // large but outside the view below
    r.important[600] = 1;
    r.prepare();
    LabelRules rules;
    rules.all_below = 250;
    // zoom 0.25: radius 4 -> 1 px (too small), 30 -> 7.5 px (too small), 40 -> 10 px.
    auto out = r.planner.choose(r.grid, {-5, -5}, {8000, 5}, 0.25, -1, rules);
    EXPECT_EQ(out, (std::vector<int>{600, 500}));
    // Closer in, 30 qualifies too; order by size.
    out = r.planner.choose(r.grid, {-5, -5}, {8000, 5}, 0.4, -1, rules);
    EXPECT_EQ(out, (std::vector<int>{600, 500, 20}));
}

TEST(LabelPlanner, NeverMoreThanTheCap) {
    Row r(5000);
    r.prepare();
    LabelRules rules;
    rules.max_labels = 100;
    const auto out = r.planner.choose(r.grid, {-5, -5}, {60000, 5}, 10, -1, rules);  // all large
    EXPECT_EQ(out.size(), 100u);
}

TEST(LabelPlanner, StaleGridGivesNothing) {
    Row r(10);
    r.prepare();
    SpatialGrid other;
    other.build({{0, 0}}, {1.f});
    EXPECT_TRUE(r.planner.choose(other, {-5, -5}, {100, 5}, 1, -1).empty());
}

TEST(SpatialGrid, InBoxStopsPastTheLimit) {
    Row r(100);
    r.prepare();
    EXPECT_EQ(r.grid.in_box({-5, -5}, {2000, 5}).size(), 100u);
    const auto few = r.grid.in_box({-5, -5}, {2000, 5}, 10);
    EXPECT_EQ(few.size(), 11u);  // one more than the limit says "more than 10"
    EXPECT_TRUE(std::is_sorted(few.begin(), few.end()));
}

}  // namespace
}  // namespace rk::doc
