// Which nodes get a label on the canvas (level of detail), without a window: every node
// when few are on screen; otherwise the important ones (selected, highlighted, hovered) and
// the nodes that are large on screen, largest first, up to a cap. The ranking is made once
// per rebuild, so a frame costs a grid query and a short walk, never a scan of all nodes.
#pragma once

#include <cstddef>
#include <vector>

#include "doc/camera.hpp"
#include "doc/spatial_grid.hpp"

namespace rk::doc {

struct LabelRules {
    std::size_t all_below = 250;   // label every node when at most this many are in view
    std::size_t max_labels = 600;  // at most this many labels in all
    double min_radius_px = 9;      // otherwise only nodes at least this large on screen
};

class LabelPlanner {
  public:
    // Once per rebuild: radius (world units), importance and dimming of every node, in the
    // order of the grid's points.
    void rank(const std::vector<float>& radius, const std::vector<char>& important,
              const std::vector<char>& dimmed);
    // Nodes to label whose centres lie in the world box [lo, hi], at `zoom` pixels per world
    // unit: important ones (and `hovered`, -1 for none) first, then the rest. Dimmed nodes
    // get a label only when important.
    // `must_show` (optional) receives how many leading entries are hovered or important.
    std::vector<int> choose(const SpatialGrid& grid, Vec2d lo, Vec2d hi, double zoom, int hovered,
                            const LabelRules& rules = {}, std::size_t* must_show = nullptr) const;

  private:
    std::vector<int> important_;  // ascending
    std::vector<int> by_size_;    // neither important nor dimmed, largest first
    std::vector<float> radius_;
    std::vector<char> skip_;  // important or dimmed: not labelled as an ordinary node
};

// A label's rectangle on screen, in pixels.
struct LabelBox {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Greedy label decluttering, as Gephi and Kumu do it: walks `boxes` in priority order and
// keeps a label when its box (grown by `gap` pixels) overlaps no label kept before it; the
// first `always` boxes are kept regardless. A uniform grid of kept boxes keeps it near
// O(k) for k labels. Returns one flag per box.
std::vector<char> keep_unoverlapped(const std::vector<LabelBox>& boxes, std::size_t always,
                                    double gap = 2);

}  // namespace rk::doc
