// Agreements and instruments on the canvas (issue 20): each deal, set of prestatieafspraken,
// kwaliteitscriteria or agenda is one hub between its parties, not a star of relations, so
// that signing it makes nobody a broker in the picture either. Solid spokes go to the
// signatories, dotted ones to the addressees; the hub names the agreement, its kind and how
// binding it is. Analytics leave agreements out unless asked (analyze --include-agreements).
#pragma once

#include <imgui.h>

#include "gui/canvas.hpp"

namespace rk::gui {

// Draws the hubs of `s`'s agreements over the network, each at the centre of its parties as
// drawn now. Agreements with no party on screen are skipped. O(parties) per frame.
void draw_agreement_hubs(ImDrawList* dl, const Scenario& s, const CanvasView& view, Language lang,
                         bool dark);

}  // namespace rk::gui
