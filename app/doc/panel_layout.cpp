#include "doc/panel_layout.hpp"

#include <algorithm>

namespace rk::doc {

float collapsed_strip(float font_size) {
    return font_size * 2.2f;
}

PanelExtents default_extents(float font_size) {
    return {font_size * 15, font_size * 23, font_size * 12};
}

namespace {

// Scales a and b down together so that a + b <= limit; each at least `floor` when possible.
void share(float& a, float& b, float limit) {
    const float sum = a + b;
    if (sum <= limit || sum <= 0)
        return;
    const float k = std::max(limit, 0.f) / sum;
    a *= k;
    b *= k;
}

}  // namespace

PanelExtents solve_extents(const PanelSizes& wanted, const PanelFrameInput& in) {
    const PanelExtents def = default_extents(in.font_size);
    const float strip = collapsed_strip(in.font_size);
    const float min_side = in.font_size * 10, min_bottom = in.font_size * 6;
    auto pick = [](int w, float d) { return w > 0 ? float(w) : d; };
    PanelExtents e;
    e.left = in.left_open ? std::max(pick(wanted.left, def.left), min_side) : strip;
    e.right = in.right_open ? std::max(pick(wanted.right, def.right), min_side) : strip;
    e.bottom = in.bottom_open ? std::max(pick(wanted.bottom, def.bottom), min_bottom) : strip;
    // The network keeps at least 40 % of the width and half of the height.
    share(e.left, e.right, in.window_width * 0.6f);
    e.bottom = std::min(e.bottom, std::max(in.window_height * 0.5f, 0.f));
    e.left = float(int(e.left + 0.5f));
    e.right = float(int(e.right + 0.5f));
    e.bottom = float(int(e.bottom + 0.5f));
    return e;
}

bool right_panel_open(const PanelSizes& s, bool has_selection, std::uint64_t selection_version,
                      std::uint64_t dismissed_selection) {
    if (s.right_open)
        return true;
    return has_selection && selection_version != dismissed_selection;
}

}  // namespace rk::doc
