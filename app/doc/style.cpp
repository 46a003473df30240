// The engine's visual vocabulary, packed for ImGui (see style.hpp): no colour is decided here.
#include "doc/style.hpp"

namespace rk::doc {

Coloring color_actors(const Scenario& s, ColorBy by, Language lang,
                      const std::vector<int>& communities) {
    const vocabulary::Coloring v = vocabulary::actor_coloring(s, by, lang, communities);
    Coloring out;
    out.category = v.category;
    out.legend.reserve(v.legend.size());
    for (const auto& e : v.legend)
        out.legend.push_back(LegendEntry{e.label, packed(e.color), e.count});
    return out;
}

namespace {
EdgeStyle packed_style(const vocabulary::EdgeStyle& st) {
    return {packed(st.color), st.width, st.dashed};
}
vocabulary::EdgeStyle unpacked_style(const EdgeStyle& st) {
    const auto byte = [&](int shift) {
        return static_cast<std::uint8_t>((st.color >> shift) & 0xFFu);
    };
    return {{byte(0), byte(8), byte(16), byte(24)}, st.width, st.dashed};
}
}  // namespace

EdgeStyle inferred_style(EdgeStyle st) {
    return packed_style(vocabulary::inferred_style(unpacked_style(st)));
}

EdgeStyle layer_style(Layer l, bool dark) {
    return packed_style(vocabulary::layer_style(l, dark));
}

std::uint32_t regie_kind_color(RegieKind k) {
    return packed(vocabulary::regie_kind_color(k));
}

}  // namespace rk::doc
