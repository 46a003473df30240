#include "doc/label_lod.hpp"

#include <algorithm>

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
                                      int hovered, const LabelRules& rules) const {
    std::vector<int> out;
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
            return out;
        if (i != hovered && in_view(i))
            out.push_back(i);
    }
    auto ordinary = [&](int i) { return !skip_[static_cast<std::size_t>(i)] && i != hovered; };
    const std::vector<int> few = grid.in_box(lo, hi, rules.all_below);
    if (few.size() <= rules.all_below) {
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

}  // namespace rk::doc
