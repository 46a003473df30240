// Fitting a network so that the names hanging under its nodes stay inside the view
// (issues 13 and 19). Labels have a fixed size in pixels while positions scale with the
// zoom, so "fit the bounding box plus a margin" either cuts long names at the edge or wastes
// room; this solves for the largest zoom at which every label fits.
#pragma once

#include <optional>
#include <vector>

namespace rk::doc {

struct AxisFit {
    double zoom = 1;    // pixels per world unit
    double offset = 0;  // pixel position of world coordinate 0 along the axis
};

// The largest zoom (at most `max_zoom`) at which every item i, drawn from
// x_i * zoom + offset - half_i to x_i * zoom + offset + half_i pixels, lies within [lo, hi],
// with the drawing centred in that range. nullopt when even at zoom 0 the items do not fit
// (labels wider than the view) or there are none. O(n log(1/eps)): a bisection on the zoom,
// since the drawing's width grows monotonically with it.
std::optional<AxisFit> fit_axis(const std::vector<double>& x, const std::vector<double>& half,
                                double lo, double hi, double max_zoom);

}  // namespace rk::doc
