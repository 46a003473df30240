#include "doc/spatial_grid.hpp"

#include <algorithm>
#include <cmath>

namespace rk::doc {

void SpatialGrid::build(const std::vector<Vec2d>& points, const std::vector<float>& radius) {
    points_ = points;
    radius_ = radius;
    radius_.resize(points_.size(), 0.f);
    max_radius_ = 0;
    for (float r : radius_)
        max_radius_ = std::max(max_radius_, r);
    Bounds b;
    for (const auto& p : points_)
        b.add(p.x, p.y);
    if (!b.valid) {
        nx_ = ny_ = 0;
        cell_start_.assign(1, 0);
        cell_items_.clear();
        return;
    }
    min_x_ = b.min_x;
    min_y_ = b.min_y;
    const double w = std::max(b.max_x - b.min_x, 1e-6), h = std::max(b.max_y - b.min_y, 1e-6);
    // About two points per cell on average, at most 2048 cells a side.
    const double n = static_cast<double>(points_.size());
    cell_ = std::max({std::sqrt(w * h / std::max(1.0, n / 2)), w / 2048, h / 2048, 1e-6});
    nx_ = std::clamp(static_cast<int>(w / cell_) + 1, 1, 2049);
    ny_ = std::clamp(static_cast<int>(h / cell_) + 1, 1, 2049);
    cell_start_.assign(static_cast<std::size_t>(nx_) * ny_ + 1, 0);
    std::vector<std::uint32_t> cell_of(points_.size());
    for (std::size_t i = 0; i < points_.size(); ++i) {
        const auto c =
            static_cast<std::uint32_t>(cell_y(points_[i].y) * nx_ + cell_x(points_[i].x));
        cell_of[i] = c;
        ++cell_start_[c + 1];
    }
    for (std::size_t c = 1; c < cell_start_.size(); ++c)
        cell_start_[c] += cell_start_[c - 1];
    cell_items_.resize(points_.size());
    std::vector<std::uint32_t> fill(cell_start_.begin(), cell_start_.end() - 1);
    for (std::size_t i = 0; i < points_.size(); ++i) {
        cell_items_[fill[cell_of[i]]++] = static_cast<std::uint32_t>(i);
    }
}

int SpatialGrid::cell_x(double x) const {
    return std::clamp(static_cast<int>(std::floor((x - min_x_) / cell_)), 0, nx_ - 1);
}
int SpatialGrid::cell_y(double y) const {
    return std::clamp(static_cast<int>(std::floor((y - min_y_) / cell_)), 0, ny_ - 1);
}

int SpatialGrid::pick(Vec2d p, double radius_scale, double slack) const {
    if (nx_ == 0)
        return -1;
    const double reach = max_radius_ * radius_scale + slack;
    const int x0 = cell_x(p.x - reach), x1 = cell_x(p.x + reach);
    const int y0 = cell_y(p.y - reach), y1 = cell_y(p.y + reach);
    int best = -1;
    double best_d = 0;
    for (int cy = y0; cy <= y1; ++cy) {
        for (int cx = x0; cx <= x1; ++cx) {
            const std::size_t c = static_cast<std::size_t>(cy) * nx_ + cx;
            for (auto k = cell_start_[c]; k < cell_start_[c + 1]; ++k) {
                const auto i = cell_items_[k];
                const double dx = points_[i].x - p.x, dy = points_[i].y - p.y;
                const double d = std::sqrt(dx * dx + dy * dy);
                const double r = radius_[i] * radius_scale + slack;
                if (d > r)
                    continue;
                if (best < 0 || d < best_d || (d == best_d && static_cast<int>(i) > best)) {
                    best = static_cast<int>(i);
                    best_d = d;
                }
            }
        }
    }
    return best;
}

std::vector<int> SpatialGrid::in_box(Vec2d a, Vec2d b, std::size_t limit) const {
    std::vector<int> out;
    if (nx_ == 0)
        return out;
    const double lx = std::min(a.x, b.x), hx = std::max(a.x, b.x);
    const double ly = std::min(a.y, b.y), hy = std::max(a.y, b.y);
    for (int cy = cell_y(ly); cy <= cell_y(hy); ++cy) {
        for (int cx = cell_x(lx); cx <= cell_x(hx); ++cx) {
            const std::size_t c = static_cast<std::size_t>(cy) * nx_ + cx;
            for (auto k = cell_start_[c]; k < cell_start_[c + 1]; ++k) {
                const auto i = cell_items_[k];
                const auto& q = points_[i];
                if (q.x >= lx && q.x <= hx && q.y >= ly && q.y <= hy) {
                    out.push_back(static_cast<int>(i));
                    if (out.size() > limit) {
                        std::sort(out.begin(), out.end());
                        return out;
                    }
                }
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace rk::doc
