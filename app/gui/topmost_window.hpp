// Which of the floating windows is on top (issue 19: Escape closes the topmost floating
// window). Dear ImGui keeps its windows in display order; this reads that order so the
// application need not track focus itself.
#pragma once

#include <span>

namespace rk::gui {

// Index into `ids` (window ids such as "###compare") of the frontmost window that was shown
// in the last frame, or -1 when none was. Cost: one pass over ImGui's window list.
int topmost_window(std::span<const char* const> ids);

// True while a modal popup (a dialog) is open.
bool modal_open();

// True when the topmost modal popup has the id `id` (e.g. "###errors").
bool topmost_modal_is(const char* id);

// Closes the topmost modal popup (as its Cancel or OK button would, without their action).
void close_topmost_modal();

}  // namespace rk::gui
