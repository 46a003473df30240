// A free place for a box that floats over a drawing: an agreement hub belongs at the centre
// of its parties, but a box there hides the names around it. The canvas and the exported
// diagrams place hubs with this one rule, so a file shows the hub where the screen does.
#pragma once

#include <vector>

#include "layout/layout.hpp"

namespace rk::layout {

// An axis-aligned rectangle already drawn (a node's mark, a name's label, an earlier hub),
// in the drawing's units.
struct Rect {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct ClearSpotOptions {
    double gap = 4;      // free space kept around every taken rectangle
    int max_rings = 16;  // how far to look: ring k lies k * step from the preferred centre
};

// The centre for a box of `size` nearest to `preferred` where the box overlaps none of
// `taken` (each grown by gap). Candidates lie on rings around `preferred`, ring k at k * step
// with step = half the box's height (at least 1), 8k points per ring, tried nearest first;
// the preferred centre itself is tried first. If every candidate overlaps something, the one
// covering the least area wins (nearest first on ties), so a crowded drawing still gets its
// hub close to its parties. Cost: O(candidates + taken) to filter what is in reach, then
// O(candidates * in reach); about 1,100 candidates at the default 16 rings.
Vec2 clear_spot(Vec2 preferred, Box size, const std::vector<Rect>& taken,
                const ClearSpotOptions& options = {});

// The rectangle of a box of `size` centred at `centre`.
Rect rect_around(Vec2 centre, Box size);

}  // namespace rk::layout
