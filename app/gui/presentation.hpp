// Showing a diagnostic finding on the canvas (issue 13): the highlight built from its cause
// (actors, relations, and for task findings the actors holding the tasks and the broken
// hand-overs), the overlay that draws markers and broken links, and the large caption of
// presentation mode.
#pragma once

#include <imgui.h>

#include "analytics/analysis.hpp"
#include "gui/canvas.hpp"

namespace rk::gui {

// The highlight for "Laat zien" and for a presentation step: the cause of `f` and both
// captions, titled in `lang`.
Highlight highlight_for(const Scenario& s, const analytics::Finding& f, Language lang);

// Markers on the actors of a task cause and the broken hand-overs as dashed red links with a
// label, drawn over the network (between the labels and the banner).
void draw_cause_overlay(ImDrawList* dl, const Highlight& h, const CanvasView& view, Language lang);

// Height in pixels the caption band takes at the top of the canvas in presentation mode.
float caption_band_height();
// The caption of the highlighted finding at the top of the canvas (title, one-line summary,
// numbers), sized to be read from the back of a room. Nothing when the highlight has none.
void draw_presentation_caption(ImDrawList* dl, const Highlight& h, ImVec2 origin, ImVec2 size,
                               Language lang, bool dark);

}  // namespace rk::gui
