// Helpers shared by the canvas's implementation files (canvas*.cpp): cache-key hashing,
// layer visibility and sizes. Internal to the canvas; no other view includes it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>

#include <imgui.h>

#include "model/case.hpp"

namespace rk::gui::canvas_detail {
constexpr float kBaseRadius = 14.f;
constexpr float kMinNodePx = 2.5f;
constexpr double kEdgePickPx = 5;  // how near a click must be to a relation to select it

inline std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

inline std::uint64_t hash_str(const std::string& s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s)
        h = (h ^ c) * 1099511628211ull;
    return h;
}

inline bool layer_visible(const ViewSettings& v, Layer l) {
    if (l == Layer::Directs && !v.regie_overlay)
        return false;
    return v.visible_layers.empty() ||
           std::find(v.visible_layers.begin(), v.visible_layers.end(), l) != v.visible_layers.end();
}

inline ImU32 with_alpha(ImU32 c, float a) {
    const auto alpha = static_cast<ImU32>(std::clamp(a, 0.f, 1.f) * float((c >> 24) & 255));
    return (c & 0x00ffffffu) | (alpha << 24);
}

}  // namespace rk::gui::canvas_detail
