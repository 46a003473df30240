#include "doc/edge_pick.hpp"

#include <algorithm>
#include <cmath>

namespace rk::doc {

namespace {

// A segment crossing more cells than this goes to a coarser grid.
constexpr int kMaxCellsPerSegment = 16;
constexpr int kMaxCellsPerSide = 1024;

bool finite(const EdgeSegment& s) {
    return std::isfinite(s.a.x) && std::isfinite(s.a.y) && std::isfinite(s.b.x) &&
           std::isfinite(s.b.y) && std::isfinite(s.offset_px);
}

double distance2_to_segment(Vec2d p, Vec2d a, Vec2d b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = 0;
    if (len2 > 0)
        t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
    const double ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy);
    return ex * ex + ey * ey;
}

}  // namespace

double distance_to_segment(Vec2d p, Vec2d a, Vec2d b) {
    return std::sqrt(distance2_to_segment(p, a, b));
}

int EdgeGrid::Level::cell_x(double x, double min_x) const {
    return std::clamp(static_cast<int>(std::floor((x - min_x) / cell)), 0, nx - 1);
}
int EdgeGrid::Level::cell_y(double y, double min_y) const {
    return std::clamp(static_cast<int>(std::floor((y - min_y) / cell)), 0, ny - 1);
}

// Column by column: the part of the segment inside a column spans a range of rows.
template <class Visit>
void EdgeGrid::for_each_cell(const Level& l, const EdgeSegment& s, Visit&& visit) const {
    const double lo_x = std::min(s.a.x, s.b.x), hi_x = std::max(s.a.x, s.b.x);
    const double dx = s.b.x - s.a.x;
    for (int cx = l.cell_x(lo_x, min_x_), last = l.cell_x(hi_x, min_x_); cx <= last; ++cx) {
        double y0 = s.a.y, y1 = s.b.y;
        if (dx != 0) {
            const double x0 = std::max(lo_x, min_x_ + cx * l.cell);
            const double x1 = std::min(hi_x, min_x_ + (cx + 1) * l.cell);
            y0 = s.a.y + (x0 - s.a.x) / dx * (s.b.y - s.a.y);
            y1 = s.a.y + (x1 - s.a.x) / dx * (s.b.y - s.a.y);
        }
        const int end = l.cell_y(std::max(y0, y1), min_y_);
        for (int cy = l.cell_y(std::min(y0, y1), min_y_); cy <= end; ++cy) {
            visit(static_cast<std::size_t>(cy) * l.nx + cx);
        }
    }
}

// The finest level where the segment crosses at most kMaxCellsPerSegment cells (a straight
// segment crosses at most columns + rows - 1 cells).
int EdgeGrid::level_for(const EdgeSegment& s) const {
    for (std::size_t k = 0; k + 1 < levels_.size(); ++k) {
        const Level& l = levels_[k];
        const int cols = std::abs(l.cell_x(s.b.x, min_x_) - l.cell_x(s.a.x, min_x_)) + 1;
        const int rows = std::abs(l.cell_y(s.b.y, min_y_) - l.cell_y(s.a.y, min_y_)) + 1;
        if (cols + rows - 1 <= kMaxCellsPerSegment)
            return static_cast<int>(k);
    }
    return static_cast<int>(levels_.size()) - 1;
}

void EdgeGrid::build(std::vector<EdgeSegment> segments) {
    segments_ = std::move(segments);
    levels_.clear();
    max_offset_px_ = 0;
    Bounds b;
    for (const auto& s : segments_) {
        if (!finite(s))
            continue;
        b.add(s.a.x, s.a.y);
        b.add(s.b.x, s.b.y);
        max_offset_px_ = std::max(max_offset_px_, std::abs(s.offset_px));
    }
    if (!b.valid)
        return;
    min_x_ = b.min_x;
    min_y_ = b.min_y;
    const double w = std::max(b.max_x - b.min_x, 1e-6), h = std::max(b.max_y - b.min_y, 1e-6);
    // The finest level has about two segments per cell on average.
    const double n = static_cast<double>(segments_.size());
    double cell = std::max({std::sqrt(w * h / std::max(1.0, n / 2)), w / kMaxCellsPerSide,
                            h / kMaxCellsPerSide, 1e-6});
    for (;;) {
        Level l;
        l.cell = cell;
        l.nx = std::clamp(static_cast<int>(w / cell) + 1, 1, kMaxCellsPerSide + 1);
        l.ny = std::clamp(static_cast<int>(h / cell) + 1, 1, kMaxCellsPerSide + 1);
        levels_.push_back(std::move(l));
        if (levels_.back().nx <= 2 && levels_.back().ny <= 2)
            break;
        cell *= 4;
    }

    // Two passes (count, then fill) into one flat array per level: no allocation per cell.
    std::vector<signed char> level_of(segments_.size(), -1);
    for (auto& l : levels_)
        l.cell_start.assign(static_cast<std::size_t>(l.nx) * l.ny + 1, 0);
    for (std::size_t i = 0; i < segments_.size(); ++i) {
        if (!finite(segments_[i]))
            continue;
        level_of[i] = static_cast<signed char>(level_for(segments_[i]));
        Level& l = levels_[level_of[i]];
        for_each_cell(l, segments_[i], [&](std::size_t c) { ++l.cell_start[c + 1]; });
    }
    std::vector<std::vector<std::uint32_t>> fill(levels_.size());
    for (std::size_t k = 0; k < levels_.size(); ++k) {
        Level& l = levels_[k];
        for (std::size_t c = 1; c < l.cell_start.size(); ++c)
            l.cell_start[c] += l.cell_start[c - 1];
        l.cell_items.resize(l.cell_start.back());
        fill[k].assign(l.cell_start.begin(), l.cell_start.end() - 1);
    }
    for (std::size_t i = 0; i < segments_.size(); ++i) {
        if (level_of[i] < 0)
            continue;
        Level& l = levels_[level_of[i]];
        auto& next = fill[level_of[i]];
        for_each_cell(l, segments_[i], [&](std::size_t c) {
            l.cell_items[next[c]++] = static_cast<std::uint32_t>(i);
        });
    }
}

double EdgeGrid::distance2_px(std::uint32_t i, Vec2d p, double zoom) const {
    const EdgeSegment& s = segments_[i];
    Vec2d a = s.a, b = s.b;
    if (s.offset_px != 0) {
        const double len = std::hypot(b.x - a.x, b.y - a.y);
        if (len > 0) {
            // Along the normal (-dy, dx), as the edge shader offsets it.
            const double k = s.offset_px / zoom / len;
            const Vec2d n{-(b.y - a.y) * k, (b.x - a.x) * k};
            a = {a.x + n.x, a.y + n.y};
            b = {b.x + n.x, b.y + n.y};
        }
    }
    return distance2_to_segment(p, a, b) * zoom * zoom;
}

int EdgeGrid::pick(Vec2d p, double zoom, double tolerance_px) const {
    if (levels_.empty() || !(zoom > 0))
        return -1;
    int best = -1;
    double best_d2 = 0;
    const double tol2 = tolerance_px * tolerance_px;
    auto consider = [&](std::uint32_t i) {
        const double d2 = distance2_px(i, p, zoom);
        if (d2 > tol2)
            return;
        if (best < 0 || d2 < best_d2 || (d2 == best_d2 && static_cast<int>(i) > best)) {
            best = static_cast<int>(i);
            best_d2 = d2;
        }
    };
    const double reach = (tolerance_px + max_offset_px_) / zoom;
    for (const Level& l : levels_) {
        const int x0 = l.cell_x(p.x - reach, min_x_), x1 = l.cell_x(p.x + reach, min_x_);
        const int y0 = l.cell_y(p.y - reach, min_y_), y1 = l.cell_y(p.y + reach, min_y_);
        for (int cy = y0; cy <= y1; ++cy) {
            for (int cx = x0; cx <= x1; ++cx) {
                const std::size_t c = static_cast<std::size_t>(cy) * l.nx + cx;
                for (auto k = l.cell_start[c]; k < l.cell_start[c + 1]; ++k)
                    consider(l.cell_items[k]);
            }
        }
    }
    return best;
}

}  // namespace rk::doc
