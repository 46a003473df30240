// The scenarios of a case as a timeline in the side panel (issue 14): from three scenarios
// on (2020, 2022, proposal 2025...) a strip with one stop per scenario in list order (the
// Scenario menu moves them earlier or later); a click switches scenario. Below it,
// "compare with previous" is one click away. The view only reports that intent.
#pragma once

#include "gui/panels.hpp"

namespace rk::gui {

// Draws the strip and the button; returns true when "compare with previous" was clicked.
bool draw_scenario_timeline(UiContext& ui);

}  // namespace rk::gui
