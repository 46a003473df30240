// Overlap removal for node+label rectangles, so that exported diagrams have no collisions.
#pragma once

#include <vector>

#include "layout/layout.hpp"

namespace rk::layout {

struct OverlapOptions {
    double gap = 4;                // minimum free space between two rectangles
    int max_passes = 200;          // push passes before the guaranteed fallback
    bool horizontal_only = false;  // move in x only (swimlanes: y is the lane)
};

// Moves rectangles (centred at pos[i], size boxes[i]) apart until no two overlap (with
// `gap`), keeping the layout's shape: each pass pushes every overlapping pair apart along
// the axis of least overlap (a PRISM-like minimal displacement); nodes with fixed[i] never
// move (their partner moves the whole way). If overlaps remain after max_passes (e.g. two
// fixed rectangles on top of each other, which cannot be resolved, or dense knots), a final
// scan places the remaining movable culprits in the nearest free row below, which always
// terminates (with horizontal_only: shifts them right instead). Returns the number of overlaps left
// (> 0 only between fixed rectangles). Cost: O(passes * (n log n + k)) with k the overlapping
// candidate pairs.
int remove_overlaps(std::vector<Vec2>& pos, const std::vector<Box>& boxes,
                    const std::vector<bool>& fixed, const OverlapOptions& options = {});

}  // namespace rk::layout
