// The toolbar (issue 19): icon buttons for the frequent actions, drawn in the menu bar's row
// after the menus (so the panels below keep their place). Each button runs an action of the
// application's action table, so button, menu item and shortcut stay one registration; its
// tooltip names the action and its shortcut. Without the icon font the buttons are text.
#pragma once

#include <string>
#include <vector>

#include "gui/app.hpp"

namespace rk::gui {

// The toolbar's actions in order, by action id, with their icon; an id the table does not
// (yet) register is left out. nullptr id = a gap between groups.
struct ToolbarItem {
    const char* action_id;
    const char* icon;
    const char* short_nl;  // text button when the icon font is missing
    const char* short_en;
};
const std::vector<ToolbarItem>& toolbar_items();

// The icon font's file: `chosen` (--icon-font; tests: a missing font) when set, else
// icons::kFontFile.
std::string icon_font_file(const std::string& chosen);

// True when the current font has the icon glyphs (the icon font was merged).
bool toolbar_has_icons();

// Draws the buttons inside an open menu bar; returns the action to run, or null. With a
// `dump_file` (--dump toolbar=FILE) it receives one line per button, "ID X Y W H icon|text"
// in screen pixels, whenever the toolbar changes.
const Action* draw_toolbar(const std::vector<Action>& actions, Language lang,
                           const std::string& dump_file = {});

}  // namespace rk::gui
