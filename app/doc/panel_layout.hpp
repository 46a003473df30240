// The side panels' sizes and collapsed state (issue 19): how much of the window each panel
// takes, kept within bounds so the network always has most of the window, and when the
// inspector shows as a thin strip. No ImGui here, so the rules are unit tested.
#pragma once

#include <cstdint>

namespace rk::doc {

// What persists between runs (settings.json "panels"). Sizes in pixels; 0 = the default.
struct PanelSizes {
    int left = 0;    // case and view
    int right = 0;   // inspector, case, history
    int bottom = 0;  // diagnostics, metrics
    bool left_collapsed = false;
    bool right_open = false;  // the inspector stays open while nothing is selected
    bool bottom_collapsed = false;
    bool operator==(const PanelSizes&) const = default;
};

// Pixel extents of the panels for one frame; a collapsed panel has its strip's size.
struct PanelExtents {
    float left = 0, right = 0, bottom = 0;
};

// Inputs of one frame's layout.
struct PanelFrameInput {
    float window_width = 0, window_height = 0;  // the work area under the menu and toolbar
    float font_size = 13;                       // the defaults and bounds scale with it
    bool left_open = true, right_open = true, bottom_open = true;
};

// The strip a collapsed panel leaves: room for one icon button.
float collapsed_strip(float font_size);
// Default sizes: left 15, right 23, bottom 12 font heights (the layout before issue 19).
PanelExtents default_extents(float font_size);

// The extents for this frame: the wanted sizes (0 = default), each at least a useful minimum
// (10 font heights wide, 6 high) and together leaving the network at least 40 % of the width
// and half of the height; when the window is too small for that, the panels shrink in
// proportion. Cost O(1); never fails.
PanelExtents solve_extents(const PanelSizes& wanted, const PanelFrameInput& in);

// Whether the right panel (inspector) is open: always when the user opened it; otherwise
// while something is selected, unless the user collapsed it during this selection
// (`dismissed_selection` is the selection version at that moment).
bool right_panel_open(const PanelSizes& s, bool has_selection, std::uint64_t selection_version,
                      std::uint64_t dismissed_selection);

}  // namespace rk::doc
