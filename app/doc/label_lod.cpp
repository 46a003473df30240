#include "doc/label_lod.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace rk::doc {

void LabelPlanner::rank(const std::vector<float>& radius, const std::vector<char>& important,
                        const std::vector<char>& dimmed) {
    radius_ = radius;
    important_.clear();
    by_size_.clear();
    skip_.assign(radius.size(), 0);
    for (std::size_t i = 0; i < radius.size(); ++i) {
        const bool imp = i < important.size() && important[i];
        const bool dim = i < dimmed.size() && dimmed[i];
        if (imp)
            important_.push_back(static_cast<int>(i));
        if (imp || dim) {
            skip_[i] = 1;
        } else {
            by_size_.push_back(static_cast<int>(i));
        }
    }
    // Largest first; equal sizes in index order, so the choice is stable between frames.
    std::stable_sort(by_size_.begin(), by_size_.end(),
                     [&](int a, int b) { return radius_[a] > radius_[b]; });
}

std::vector<int> LabelPlanner::choose(const SpatialGrid& grid, Vec2d lo, Vec2d hi, double zoom,
                                      int hovered, const LabelRules& rules,
                                      std::size_t* must_show) const {
    std::vector<int> out;
    if (must_show)
        *must_show = 0;
    const auto& pts = grid.points();
    if (pts.size() != radius_.size())
        return out;
    const double lx = std::min(lo.x, hi.x), hx = std::max(lo.x, hi.x);
    const double ly = std::min(lo.y, hi.y), hy = std::max(lo.y, hi.y);
    auto in_view = [&](int i) {
        const Vec2d p = pts[static_cast<std::size_t>(i)];
        return p.x >= lx && p.x <= hx && p.y >= ly && p.y <= hy;
    };
    const bool hovered_valid = hovered >= 0 && static_cast<std::size_t>(hovered) < pts.size();
    if (hovered_valid && in_view(hovered))
        out.push_back(hovered);
    for (int i : important_) {
        if (out.size() >= rules.max_labels)
            break;
        if (i != hovered && in_view(i))
            out.push_back(i);
    }
    if (must_show)
        *must_show = out.size();
    auto ordinary = [&](int i) { return !skip_[static_cast<std::size_t>(i)] && i != hovered; };
    std::vector<int> few = grid.in_box(lo, hi, rules.all_below);
    if (few.size() <= rules.all_below) {
        // Largest first, so that decluttering keeps the labels of the big nodes.
        std::stable_sort(few.begin(), few.end(), [&](int a, int b) {
            return radius_[static_cast<std::size_t>(a)] > radius_[static_cast<std::size_t>(b)];
        });
        for (int i : few) {
            if (out.size() >= rules.max_labels)
                break;
            if (ordinary(i))
                out.push_back(i);
        }
        return out;
    }
    // Many in view: only nodes large on screen; the ranking ends the walk at the first one
    // too small.
    const double min_radius = rules.min_radius_px / std::max(zoom, 1e-12);
    for (int i : by_size_) {
        if (out.size() >= rules.max_labels || radius_[static_cast<std::size_t>(i)] < min_radius)
            break;
        if (ordinary(i) && in_view(i))
            out.push_back(i);
    }
    return out;
}

std::vector<char> keep_unoverlapped(const std::vector<LabelBox>& boxes, std::size_t always,
                                    double gap) {
    std::vector<char> keep(boxes.size(), 0);
    if (boxes.empty())
        return keep;
    // Cells about the size of a typical label, so a box touches few cells.
    double cell = 0;
    for (const LabelBox& b : boxes)
        cell = std::max(cell, b.y1 - b.y0);
    cell = std::max(cell * 4, 16.0);
    std::unordered_map<std::int64_t, std::vector<int>> kept_in_cell;
    auto cells_of = [&](const LabelBox& b, auto&& visit) {
        // Clamped: a label is a few cells wide, and far-off coordinates must not overflow.
        auto to_cell = [&](double v) {
            return static_cast<std::int64_t>(std::clamp(std::floor(v / cell), -1e6, 1e6));
        };
        const auto cx0 = to_cell(b.x0), cy0 = to_cell(b.y0);
        const auto cx1 = std::min(to_cell(b.x1), cx0 + 64);
        const auto cy1 = std::min(to_cell(b.y1), cy0 + 64);
        for (auto cy = cy0; cy <= cy1; ++cy) {
            for (auto cx = cx0; cx <= cx1; ++cx) {
                if (!visit(cy * 1000003 + cx))
                    return;
            }
        }
    };
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const LabelBox& b = boxes[i];
        if (!(std::isfinite(b.x0) && std::isfinite(b.y0) && std::isfinite(b.x1) &&
              std::isfinite(b.y1)))
            continue;  // never drawn; also keeps the cell arithmetic defined
        const LabelBox g{b.x0 - gap, b.y0 - gap, b.x1 + gap, b.y1 + gap};
        bool free = true;
        if (i >= always) {
            cells_of(g, [&](std::int64_t key) {
                auto it = kept_in_cell.find(key);
                if (it == kept_in_cell.end())
                    return true;
                for (int k : it->second) {
                    const LabelBox& o = boxes[static_cast<std::size_t>(k)];
                    if (g.x0 < o.x1 && o.x0 < g.x1 && g.y0 < o.y1 && o.y0 < g.y1) {
                        free = false;
                        return false;
                    }
                }
                return true;
            });
        }
        if (!free)
            continue;
        keep[i] = 1;
        cells_of(boxes[i], [&](std::int64_t key) {
            kept_in_cell[key].push_back(static_cast<int>(i));
            return true;
        });
    }
    return keep;
}

}  // namespace rk::doc
