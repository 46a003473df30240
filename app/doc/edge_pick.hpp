// Picking a relation on the canvas: the distance from a point to an edge segment, and grids
// over the segments so that a click tests only the segments passing through the cells
// around it. Each segment goes into the finest of several grids (each 4x coarser than the
// one before) where it crosses only a few cells: long relations across the network would
// otherwise fill a fine grid with millions of entries, or all be tested on every click.
#pragma once

#include <cstdint>
#include <vector>

#include "doc/camera.hpp"

namespace rk::doc {

// Distance from `p` to the segment a-b (to the point a when the segment is degenerate).
double distance_to_segment(Vec2d p, Vec2d a, Vec2d b);

struct EdgeSegment {
    Vec2d a, b;           // world positions of the two ends
    float offset_px = 0;  // drawn this many screen pixels along the normal (-dy, dx) of a->b
};

class EdgeGrid {
  public:
    void build(std::vector<EdgeSegment> segments);
    // The segment drawn nearest to `p` (world) within `tolerance_px` screen pixels, at
    // `zoom` pixels per world unit; -1 if none. Among equally near ones the highest index
    // (drawn last, so on top) wins.
    int pick(Vec2d p, double zoom, double tolerance_px) const;
    std::size_t size() const { return segments_.size(); }
    std::size_t level_count() const { return levels_.size(); }

  private:
    struct Level {
        double cell = 1;
        int nx = 0, ny = 0;
        std::vector<std::uint32_t> cell_start;  // size nx*ny+1 (CSR)
        std::vector<std::uint32_t> cell_items;
        int cell_x(double x, double min_x) const;
        int cell_y(double y, double min_y) const;
    };
    // Calls `visit(cell)` for every cell of `level` the segment passes through (each once).
    template <class Visit>
    void for_each_cell(const Level& level, const EdgeSegment& s, Visit&& visit) const;
    int level_for(const EdgeSegment& s) const;
    double distance2_px(std::uint32_t i, Vec2d p, double zoom) const;

    std::vector<EdgeSegment> segments_;
    double min_x_ = 0, min_y_ = 0;
    float max_offset_px_ = 0;
    std::vector<Level> levels_;  // finest first; the last has a single cell
};

}  // namespace rk::doc
