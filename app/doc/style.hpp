// How the canvas styles a scenario: the engine's visual vocabulary (model/visual_vocabulary.hpp:
// node colour by an attribute with its legend, edge style per layer, regie colours) with the
// colours packed as ImGui's 32-bit values. Pure data (no drawing), so "the legend matches what
// is drawn" is testable: the canvas colours node i with legend[category[i]].color only.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "model/case.hpp"
#include "model/role_mark.hpp"
#include "model/visual_vocabulary.hpp"

namespace rk::doc {

// Colour packed as in Dear ImGui's IM_COL32: R in the low byte, A in the high byte.
constexpr std::uint32_t rgba(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
    return (a << 24) | (b << 16) | (g << 8) | r;
}

// The vocabulary itself lives in the engine (model/visual_vocabulary.hpp), so exports use
// the same colours; this header packs them for ImGui.
using ColorBy = vocabulary::ColorBy;
using vocabulary::color_by_from_token;
using vocabulary::color_by_label;
using vocabulary::color_by_token;
using vocabulary::kColorByAll;

// An engine colour packed for ImGui. O(1).
constexpr std::uint32_t packed(vocabulary::Rgba c) {
    return rgba(c.r, c.g, c.b, c.a);
}

struct LegendEntry {
    std::string label;
    std::uint32_t color = 0;
    int count = 0;  // actors drawn with this colour
};

struct Coloring {
    std::vector<int> category;        // per actor (scenario order): index into legend
    std::vector<LegendEntry> legend;  // only categories that occur, "unknown" last
};

// `communities` (per actor, scenario order) is used for ColorBy::Community; when it is
// empty every actor gets the "not computed" category.
Coloring color_actors(const Scenario& s, ColorBy by, Language lang,
                      const std::vector<int>& communities = {});

// Node shape and badge from the actor's most telling steering role: the engine's rule
// (model/role_mark.hpp), which the exported diagrams use too.
using Shape = MarkShape;
using RoleBadge = RoleMark;
inline RoleBadge role_badge(const Actor& a) {
    return role_mark(a);
}

// Node radius (world units) for a size-by metric: the square root, so that the area follows
// the value; 7 for a missing value. The canvas and the "current view" export share it.
inline float metric_node_radius(double value, double max_value) {
    if (!std::isfinite(value) || !(max_value > 0))
        return 7.f;
    return float(8 + 18 * std::sqrt(std::max(0.0, value) / max_value));
}

struct EdgeStyle {
    std::uint32_t color = 0;
    float width = 1;  // pixels
    bool dashed = false;
};
// Style of a layer's edges under the regie overlay (directs drawn on top, coloured by kind).
EdgeStyle layer_style(Layer l, bool dark);
// A relation whose evidence is a modelling choice (issue 20): the same colour, faded, and
// dashed, so the room sees at a glance which ties the sources do not state.
EdgeStyle inferred_style(EdgeStyle st);
std::uint32_t regie_kind_color(RegieKind k);

}  // namespace rk::doc
