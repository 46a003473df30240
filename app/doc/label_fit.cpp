#include "doc/label_fit.hpp"

#include <algorithm>
#include <limits>

namespace rk::doc {

namespace {

struct Extent {
    double min, max;
};

Extent extent_at(const std::vector<double>& x, const std::vector<double>& half, double zoom) {
    Extent e{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    for (std::size_t i = 0; i < x.size(); ++i) {
        e.min = std::min(e.min, x[i] * zoom - half[i]);
        e.max = std::max(e.max, x[i] * zoom + half[i]);
    }
    return e;
}

}  // namespace

std::optional<AxisFit> fit_axis(const std::vector<double>& x, const std::vector<double>& half,
                                double lo, double hi, double max_zoom) {
    if (x.empty() || x.size() != half.size() || !(hi > lo))
        return std::nullopt;
    const double span = hi - lo;
    auto width = [&](double z) {
        const Extent e = extent_at(x, half, z);
        return e.max - e.min;
    };
    if (width(0) > span)
        return std::nullopt;
    double good = 0, bad = max_zoom;
    if (width(max_zoom) <= span) {
        good = max_zoom;
    } else {
        for (int step = 0; step < 60; ++step) {
            const double mid = (good + bad) / 2;
            (width(mid) <= span ? good : bad) = mid;
        }
    }
    const Extent e = extent_at(x, half, good);
    return AxisFit{good, (lo + hi) / 2 - (e.min + e.max) / 2};
}

}  // namespace rk::doc
