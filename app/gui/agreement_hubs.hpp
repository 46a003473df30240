// Agreements and instruments on the canvas (issue 20): each deal, set of prestatieafspraken,
// kwaliteitscriteria or agenda is one hub between its parties, not a star of relations, so
// that signing it makes nobody a broker in the picture either. Solid spokes go to the
// signatories, dotted ones to the addressees; the hub names the agreement, its kind and how
// binding it is. Analytics leave agreements out unless asked (analyze --include-agreements).
#pragma once

#include <imgui.h>

#include "gui/canvas.hpp"

namespace rk::gui {

// Draws the hubs of `s`'s agreements over the network, each at the spot nearest the centre of
// its parties as drawn now where it covers nothing in `drawn` (screen pixels) and no hub
// placed before it (layout::clear_spot, the rule of the exported diagrams). Agreements with
// no party on screen are skipped. O(parties + hubs * candidates * drawn nearby) per frame.
void draw_agreement_hubs(ImDrawList* dl, const Scenario& s, const CanvasView& view, Language lang,
                         bool dark, std::vector<layout::Rect> drawn);

}  // namespace rk::gui
