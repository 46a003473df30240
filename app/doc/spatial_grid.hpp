// A uniform grid over point positions for picking and box selection on the canvas.
// Build O(n); a point query looks at the cells within the radius only, so picking stays
// fast at 100k nodes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "doc/camera.hpp"

namespace rk::doc {

class SpatialGrid {
  public:
    // `radius[i]` is the world-space radius of point i (used for hit testing).
    void build(const std::vector<Vec2d>& points, const std::vector<float>& radius);
    // The point whose disc (radius scaled by `radius_scale`, plus `slack` world units)
    // contains `p` and whose centre is nearest; -1 if none. When discs overlap, the point
    // drawn last (highest index) among equally near ones wins.
    int pick(Vec2d p, double radius_scale, double slack) const;
    // Indices (ascending) of the points whose centres lie in the box (any corner order);
    // stops looking once more than `limit` are found, so "are there more than n?" is cheap.
    std::vector<int> in_box(Vec2d a, Vec2d b, std::size_t limit = SIZE_MAX) const;
    std::size_t size() const { return points_.size(); }
    const std::vector<Vec2d>& points() const { return points_; }

  private:
    int cell_x(double x) const;
    int cell_y(double y) const;
    std::vector<Vec2d> points_;
    std::vector<float> radius_;
    double cell_ = 1, min_x_ = 0, min_y_ = 0;
    int nx_ = 0, ny_ = 0;
    float max_radius_ = 0;
    std::vector<std::uint32_t> cell_start_;  // size nx*ny+1 (CSR)
    std::vector<std::uint32_t> cell_items_;
};

}  // namespace rk::doc
