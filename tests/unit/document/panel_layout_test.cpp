// Side panel sizes (doc/panel_layout.hpp, issue 19): the expected extents are worked out by
// hand in each test from the rules in the header (defaults 15/23/12 font heights, minimum 10
// wide and 6 high, the network keeps 40 % of the width and half of the height).
#include "doc/panel_layout.hpp"

#include <gtest/gtest.h>

namespace rk::doc {
namespace {

PanelFrameInput frame(float w, float h, bool left = true, bool right = true, bool bottom = true) {
    PanelFrameInput in;
    in.window_width = w;
    in.window_height = h;
    in.font_size = 10;
    in.left_open = left;
    in.right_open = right;
    in.bottom_open = bottom;
    return in;
}

TEST(PanelLayout, UnsetSizesAreTheDefaults) {
    // Font size 10: 150, 230 and 120 pixels; 380 of 1280 is well under 60 %.
    const PanelExtents e = solve_extents({}, frame(1280, 800));
    EXPECT_FLOAT_EQ(e.left, 150);
    EXPECT_FLOAT_EQ(e.right, 230);
    EXPECT_FLOAT_EQ(e.bottom, 120);
}

TEST(PanelLayout, WantedSizesAreKeptAndTooSmallOnesRaisedToTheMinimum) {
    PanelSizes s;
    s.left = 300;
    s.right = 40;   // under the minimum of 10 font heights = 100
    s.bottom = 20;  // under the minimum of 6 font heights = 60
    const PanelExtents e = solve_extents(s, frame(1280, 800));
    EXPECT_FLOAT_EQ(e.left, 300);
    EXPECT_FLOAT_EQ(e.right, 100);
    EXPECT_FLOAT_EQ(e.bottom, 60);
}

TEST(PanelLayout, CollapsedPanelsLeaveAStrip) {
    // The strip is 2.2 font heights: 22 pixels, whatever size was wanted.
    PanelSizes s;
    s.left = 300;
    const PanelExtents e = solve_extents(s, frame(1280, 800, false, false, false));
    EXPECT_FLOAT_EQ(e.left, 22);
    EXPECT_FLOAT_EQ(e.right, 22);
    EXPECT_FLOAT_EQ(e.bottom, 22);
}

TEST(PanelLayout, TheNetworkKeepsMostOfASmallWindow) {
    // 500 + 500 wanted in a 1000-pixel window: together at most 600, shared in proportion
    // (300 each); the bottom panel's 700 is cut to half of the 800-pixel height.
    PanelSizes s;
    s.left = 500;
    s.right = 500;
    s.bottom = 700;
    const PanelExtents e = solve_extents(s, frame(1000, 800));
    EXPECT_FLOAT_EQ(e.left, 300);
    EXPECT_FLOAT_EQ(e.right, 300);
    EXPECT_FLOAT_EQ(e.bottom, 400);
}

TEST(PanelLayout, InspectorOpensOnSelectionAndStaysClosedWhenDismissed) {
    PanelSizes s;  // right_open = false: a strip while nothing is selected
    EXPECT_FALSE(right_panel_open(s, false, 1, 0));
    EXPECT_TRUE(right_panel_open(s, true, 2, 0));  // something selected: open
    // The user collapsed it while selection version 2 was current: closed until it changes.
    EXPECT_FALSE(right_panel_open(s, true, 2, 2));
    EXPECT_TRUE(right_panel_open(s, true, 3, 2));
    s.right_open = true;  // opened by the user: open with or without a selection
    EXPECT_TRUE(right_panel_open(s, false, 3, 2));
}

}  // namespace
}  // namespace rk::doc
