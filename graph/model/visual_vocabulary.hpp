// The one visual vocabulary of Regiekaart (issue 15): node colour by an actor attribute with
// the legend that goes with it, edge colour, width and dash per layer, the regie colours and
// "a modelling choice is faded and dashed". The canvas (through app/doc/style.hpp, which only
// packs these colours for ImGui) and every exporter read it from here, so a screen and a file
// cannot disagree on the colour of an actor or a layer. Pure data: no drawing, no UI types.
// Node shape and badge by steering role live beside it in model/role_mark.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/case.hpp"

namespace rk::vocabulary {

// A colour with straight (not premultiplied) alpha.
struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    // "#RRGGBB", or "#RRGGBBAA" when not opaque (Graphviz and SVG read both).
    std::string hex() const;
    bool operator==(const Rgba&) const = default;
};
// Reads "#RRGGBB" or "#RRGGBBAA" (either case); opaque black when malformed. O(1).
Rgba from_hex(const std::string& hex);

// Colouring nodes. Tokens are those of ViewSettings::color_by.
enum class ColorBy { Bestuurslaag, Sector, Koker, Role, Stance, Type, Community };
inline constexpr ColorBy kColorByAll[] = {ColorBy::Bestuurslaag, ColorBy::Sector, ColorBy::Koker,
                                          ColorBy::Role,         ColorBy::Stance, ColorBy::Type,
                                          ColorBy::Community};
const char* color_by_token(ColorBy c);              // "bestuurslaag", "sector", ...
ColorBy color_by_from_token(const std::string& s);  // unknown/empty -> Bestuurslaag
bool is_color_by_token(const std::string& s);
const char* color_by_label(ColorBy c, Language lang);

// The grey of "unknown" (no value for the attribute). O(1).
Rgba unknown_color();
// Fixed colour per bestuurslaag, so "Rijk" is always the same blue. O(1).
Rgba bestuurslaag_color(Bestuurslaag b);
// Fixed colour per stance (proponent green, opponent vermillion, wait-and-see orange). O(1).
Rgba stance_color(Stance s);
// Categorical colours for values without a fixed colour, in the order they are handed out:
// Okabe-Ito (colour-blind safe, readable on a projector), then muted tones. Index wraps.
const std::vector<Rgba>& categorical_palette();
// Black or white, whichever contrasts more with `fill` (WCAG relative luminance). O(1).
Rgba text_color_on(Rgba fill);

struct LegendEntry {
    std::string label;
    Rgba color;
    int count = 0;  // actors drawn with this colour
};
struct Coloring {
    std::vector<int> category;        // per actor (scenario order): index into legend
    std::vector<LegendEntry> legend;  // only categories that occur, "unknown" last
};

// Colours every actor by `by`. `communities` (per actor, scenario order) is read for
// ColorBy::Community; when it is empty every actor is "not computed yet". Categories in a
// fixed order (enum order, else by label), "unknown" last; fixed colours where the attribute
// has them, else the categorical palette in legend order. O(n log n); never fails.
Coloring actor_coloring(const Scenario& s, ColorBy by, Language lang,
                        const std::vector<int>& communities = {});
// The same for any attribute token: a ColorBy token, "group", or an Actor::attributes key
// (values as text, categorical palette). O(n log n); never fails.
Coloring actor_coloring_by(const Scenario& s, const std::string& attribute, Language lang,
                           const std::vector<int>& communities = {});

// The value of an actor's attribute as a label ("" = unknown): "bestuurslaag", "type",
// "stance", "sector", "koker", "group", or an Actor::attributes key. O(log attributes).
std::string attribute_value(const Actor& a, const std::string& attribute, Language lang);

struct EdgeStyle {
    Rgba color;
    float width = 1;  // canvas pixels; exports use it as points
    bool dashed = false;
};
// The look of a layer's edges (dark: for a dark background). O(1).
EdgeStyle layer_style(Layer l, bool dark);
// `directs` under the regie overlay: coloured by regie kind, drawn bold on top. O(1).
Rgba regie_kind_color(RegieKind k);
EdgeStyle regie_style(RegieKind k);
// A relation whose evidence is a modelling choice (issue 20): the same colour at 45 % of its
// opacity, dashed, so the room sees which ties the sources do not state. O(1).
EdgeStyle inferred_style(EdgeStyle st);

}  // namespace rk::vocabulary
