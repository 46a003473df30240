// Internal to the export module: the fixed, colour-blind-safe visual vocabulary (Okabe-Ito
// colours, plus dash patterns so that a grey-scale print still tells layers apart).
// The GUI may use the same tables so that screen and file agree.
#pragma once

#include <string>
#include <vector>

#include "model/case.hpp"

namespace rk::exporter::detail {

// The eight Okabe-Ito colours, in the order used for categorical values that have no fixed
// colour (sector, koker, group...). Index wraps around.
const std::vector<std::string>& categorical_palette();

// Fixed colour per bestuurslaag (the default colouring), so "Rijk" is always the same blue.
std::string bestuurslaag_color(Bestuurslaag b);

// Black or white, whichever reads better on `fill` (#RRGGBB), by relative luminance.
std::string text_color_on(const std::string& fill);

struct EdgeLook {
    std::string color;
    std::string style;  // solid, dashed, dotted
    double penwidth = 1.2;
    std::string sample;  // the legend's line drawn with characters
};
EdgeLook layer_look(Layer l);
// `directs` under the regie overlay: bold arrow coloured by regie kind.
EdgeLook regie_look(RegieKind k);

// The value of an actor for colouring, as a label for the legend ("" = unknown). `attribute`
// is "bestuurslaag", "type", "sector", "koker", "group", "stance" or an Actor::attributes key.
std::string color_value(const Actor& a, const std::string& attribute, Language lang);

}  // namespace rk::exporter::detail
