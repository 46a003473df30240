// Text that fits its place (issue 19: no cut-off text in the panels at 1280x800): a label too
// wide for its column is shortened with "…", and the caller shows the full text in a tooltip.
#pragma once

#include <string>

namespace rk::gui {

// `text` itself when it fits `max_width` pixels in the current font, else its longest prefix
// (cut between UTF-8 characters) that fits with "…" after it. Cost: O(log n) text measurements.
std::string ellipsize(const std::string& text, float max_width);

// The width left for a check box's or radio button's label in the current column.
float label_width_after_box();

}  // namespace rk::gui
