// Fields a user can find (issue 19): on a projector a light-grey field on a light-grey dialog
// is invisible. Every field gets a thin frame, and the field that has the keyboard a thicker
// frame in the accent colour, so that it is clear where typing goes.
#pragma once

#include <imgui.h>

namespace rk::gui {

// A visible border on every frame (fields, combos, buttons); call after choosing the colours.
void frame_every_field(ImGuiStyle& style, bool dark);

// Call right after a text field: while it has the keyboard, draws the accent frame around it.
void frame_active_field();

// Call before a dialog's first field: it gets the keyboard when the dialog appears.
void focus_when_appearing();

// Enter (main or keypad) pressed this frame, while no other popup is open above this one.
bool enter_pressed();

}  // namespace rk::gui
