#include "layout/clear_spot.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rk::layout {

namespace {

double overlap_area(const Rect& a, const Rect& b) {
    const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
    const double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    return w > 0 && h > 0 ? w * h : 0;
}

double covered_area(const Rect& box, const std::vector<Rect>& near) {
    double area = 0;
    for (const Rect& r : near)
        area += overlap_area(box, r);
    return area;
}

// Only the taken rectangles a candidate can reach: the search keeps to this square.
std::vector<Rect> in_reach(Vec2 preferred, Box size, double reach, const std::vector<Rect>& taken,
                           double gap) {
    const Rect area{preferred.x - reach - size.width / 2, preferred.y - reach - size.height / 2,
                    preferred.x + reach + size.width / 2, preferred.y + reach + size.height / 2};
    std::vector<Rect> near;
    for (const Rect& r : taken) {
        const Rect grown{r.x0 - gap, r.y0 - gap, r.x1 + gap, r.y1 + gap};
        if (overlap_area(area, grown) > 0)
            near.push_back(grown);
    }
    return near;
}

}  // namespace

Rect rect_around(Vec2 centre, Box size) {
    return {centre.x - size.width / 2, centre.y - size.height / 2, centre.x + size.width / 2,
            centre.y + size.height / 2};
}

Vec2 clear_spot(Vec2 preferred, Box size, const std::vector<Rect>& taken,
                const ClearSpotOptions& options) {
    const double step = std::max(1.0, size.height / 2);
    const int rings = std::max(0, options.max_rings);
    const std::vector<Rect> near = in_reach(preferred, size, rings * step, taken, options.gap);
    // Areas differ by rounding on a ring: only a clearly smaller cover counts as better.
    const double tolerance = 1e-9 * size.width * size.height;
    Vec2 best = preferred;
    double best_area = covered_area(rect_around(preferred, size), near);
    for (int k = 1; k <= rings && best_area > 0; ++k) {
        const int points = 8 * k;
        for (int i = 0; i < points; ++i) {
            // Start straight below (y grows downward on screen) and go round.
            const double angle = std::numbers::pi / 2 + 2 * std::numbers::pi * i / points;
            const Vec2 c{preferred.x + k * step * std::cos(angle),
                         preferred.y + k * step * std::sin(angle)};
            const double area = covered_area(rect_around(c, size), near);
            if (area < best_area - tolerance) {
                best = c;
                best_area = area;
                if (area == 0)
                    break;
            }
        }
    }
    return best;
}

}  // namespace rk::layout
