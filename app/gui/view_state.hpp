// What the views share without writing each other's fields (issue 15). The App owns one
// CanvasDisplay; the canvas and the panels read it as const. A view that wants it changed
// reports intent in ViewIntents (an action id, or one of the few typed wishes below), and
// the App carries that out after the view drew: the imnodes pattern, where the UI reports
// what the user tried and the application changes its own state.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "doc/finding_cause.hpp"

namespace rk::gui {

// What the diagnostics panel, the regie toggles or presentation mode asked to show.
struct Highlight {
    std::string title;  // shown on the canvas while active
    std::set<std::string> actors;
    std::set<std::string> relations;
    // A finding's task cause (gui/presentation.hpp): broken hand-overs and actor markers,
    // both bilingual, and the caption of presentation mode.
    std::vector<doc::BrokenLink> broken_links;
    std::map<std::string, std::string> actor_notes;
    bool has_caption = false;
    doc::FindingCaption caption_nl, caption_en;
    bool empty() const { return actors.empty() && relations.empty(); }
};

// What the canvas shows besides the data: the View menu's and the side panel's toggles and
// the current highlight. Changed only by the App's actions (app_actions_view.cpp) and by
// ViewIntents; a new document starts with no highlight and no ego view.
struct CanvasDisplay {
    int ego_depth = 0;  // 0 = whole network; 1 or 2 = neighbourhood of the selection
    bool show_labels = true;
    bool show_legend = true;
    bool show_agreements = true;    // agreements as hubs between their parties (issue 20)
    bool regie_multi = false;       // highlight actors directed by several regisseurs
    bool regie_undirected = false;  // highlight actors without any regie
    bool regie_cycles = false;      // highlight cycles of direction
    Highlight highlight;
};

// What a view asks for while it draws; the App runs it once the view is done
// (App::apply_view_intents), so no view writes another's state.
struct ViewIntents {
    std::vector<std::string> actions;    // registered action ids (app.hpp), run in order
    std::string fly_to;                  // actor id the canvas should centre on; empty = none
    std::optional<Highlight> highlight;  // replaces the canvas's highlight ("Laat zien")
    std::optional<int> ego_depth;        // the side panel's ego view choice (0, 1 or 2)
    bool empty() const { return actions.empty() && fly_to.empty() && !highlight && !ego_depth; }
};

}  // namespace rk::gui
