// Overlap removal: pairwise minimal-displacement pushes, then a guaranteed sweep.
#include "layout/overlap.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rk::layout {

namespace {

struct Rect {
    double hw, hh;  // half sizes including half the gap
};

// Candidate pairs whose x-intervals overlap (sweep over left edges), in a deterministic order.
void candidate_pairs(const std::vector<Vec2>& pos, const std::vector<Rect>& r,
                     std::vector<std::pair<int, int>>& out) {
    const int n = static_cast<int>(pos.size());
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    auto left = [&](int i) { return pos[i].x - r[i].hw; };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        double la = left(a), lb = left(b);
        return la < lb || (la == lb && a < b);
    });
    out.clear();
    for (int k = 0; k < n; ++k) {
        int i = order[k];
        double right = pos[i].x + r[i].hw;
        for (int l = k + 1; l < n; ++l) {
            int j = order[l];
            if (left(j) >= right)
                break;
            if (std::abs(pos[i].y - pos[j].y) < r[i].hh + r[j].hh)
                out.emplace_back(i, j);
        }
    }
}

bool overlapping(const std::vector<Vec2>& pos, const std::vector<Rect>& r, int i, int j,
                 double eps) {
    return std::abs(pos[i].x - pos[j].x) < r[i].hw + r[j].hw - eps &&
           std::abs(pos[i].y - pos[j].y) < r[i].hh + r[j].hh - eps;
}

}  // namespace

int remove_overlaps(std::vector<Vec2>& pos, const std::vector<Box>& boxes,
                    const std::vector<bool>& fixed, const OverlapOptions& options) {
    const int n = static_cast<int>(std::min(pos.size(), boxes.size()));
    if (n < 2)
        return 0;
    std::vector<Rect> r(n);
    for (int i = 0; i < n; ++i)
        r[i] = {boxes[i].width / 2 + options.gap / 2, boxes[i].height / 2 + options.gap / 2};
    auto is_fixed = [&](int i) { return i < static_cast<int>(fixed.size()) && fixed[i]; };
    constexpr double kEps = 1e-7;
    // Pushes go a hair further than the overlap so a resolved pair stays resolved.
    constexpr double kSlack = 1e-4;
    std::vector<std::pair<int, int>> pairs;
    for (int pass = 0; pass < options.max_passes; ++pass) {
        candidate_pairs(pos, r, pairs);
        bool any = false;
        for (auto [i, j] : pairs) {
            if (!overlapping(pos, r, i, j, kEps))
                continue;
            bool fi = is_fixed(i), fj = is_fixed(j);
            if (fi && fj)
                continue;
            any = true;
            double ddx = pos[j].x - pos[i].x, ddy = pos[j].y - pos[i].y;
            double ox = r[i].hw + r[j].hw - std::abs(ddx) + kSlack;
            double oy = r[i].hh + r[j].hh - std::abs(ddy) + kSlack;
            // Least displacement: along the axis that needs the smaller move.
            bool along_x = options.horizontal_only || ox <= oy;
            double sign;
            if (along_x)
                sign = ddx > 0 ? 1 : ddx < 0 ? -1 : (i < j ? 1 : -1);
            else
                sign = ddy > 0 ? 1 : ddy < 0 ? -1 : (i < j ? 1 : -1);
            double amount = along_x ? ox : oy;
            double share_i = fi ? 0.0 : fj ? 1.0 : 0.5;
            double share_j = 1.0 - share_i;
            if (along_x) {
                pos[i].x -= sign * amount * share_i;
                pos[j].x += sign * amount * share_j;
            } else {
                pos[i].y -= sign * amount * share_i;
                pos[j].y += sign * amount * share_j;
            }
        }
        if (!any)
            break;
    }

    // Guaranteed fallback: fixed rectangles are obstacles; every movable rectangle that still
    // overlaps something is moved, in x order, to the right (horizontal_only) or downward
    // until it is free. Positions only increase, so this terminates.
    candidate_pairs(pos, r, pairs);
    std::vector<char> culprit(n, 0);
    for (auto [i, j] : pairs) {
        if (!overlapping(pos, r, i, j, kEps))
            continue;
        if (!is_fixed(j))
            culprit[j] = 1;
        else if (!is_fixed(i))
            culprit[i] = 1;
    }
    std::vector<int> placed, order;
    for (int i = 0; i < n; ++i)
        (culprit[i] ? order : placed).push_back(i);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return pos[a].x < pos[b].x || (pos[a].x == pos[b].x && a < b); });
    for (int i : order) {
        for (bool moved = true; moved;) {
            moved = false;
            for (int j : placed) {
                if (!overlapping(pos, r, i, j, kEps))
                    continue;
                if (options.horizontal_only)
                    pos[i].x = pos[j].x + r[j].hw + r[i].hw + kSlack;
                else
                    pos[i].y = pos[j].y + r[j].hh + r[i].hh + kSlack;
                moved = true;
            }
        }
        placed.push_back(i);
    }
    int left = 0;
    candidate_pairs(pos, r, pairs);
    for (auto [i, j] : pairs)
        if (overlapping(pos, r, i, j, kEps))
            ++left;
    return left;
}

}  // namespace rk::layout
