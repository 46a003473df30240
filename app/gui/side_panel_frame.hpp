// The frame around the side panels (issue 19): each panel is resizable by dragging its inner
// edge and collapsible to a thin strip (a button in the panel, one in the strip, a shortcut);
// the inspector is a strip while nothing is selected and opens on a selection (after the
// click; not after a drag). Sizes and
// state persist in the settings (doc::PanelSizes); the rules live in doc/panel_layout.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <imgui.h>

#include "doc/panel_layout.hpp"
#include "doc/test_log.hpp"
#include "model/enums.hpp"

namespace rk::gui {

enum class PanelSide { Left, Right, Bottom };

class SidePanelFrame {
  public:
    void load(const std::optional<doc::PanelSizes>& saved);
    const doc::PanelSizes& saved() const { return sizes_; }

    // This frame's extents in a work area of `area` (under the menu and toolbar, above the
    // status bar); call once per frame before drawing the panels.
    doc::PanelExtents layout(ImVec2 area, float font_size, bool has_selection,
                             std::uint64_t selection_version);
    bool open(PanelSide side) const;
    // Collapses or opens a panel (the shortcut and the buttons).
    void toggle(PanelSide side);

    // A trailing tab-bar button that collapses the panel: call inside its BeginTabBar.
    void collapse_tab(PanelSide side, Language lang);
    // Flags for tab `tab` of the right panel: selects it once after a strip button asked.
    ImGuiTabItemFlags right_tab_flags(int tab);
    // Strips of collapsed panels and drag handles of open ones. Call after the canvas window,
    // so that the handles lie above it. `p0`, `size`: the area given to layout().
    void draw_edges(ImVec2 p0, ImVec2 size, Language lang);

    // "panels left 210 open right 50 strip bottom 156 open" when it changed (GUI tests).
    void report(doc::TestLog& log);

  private:
    void set_right_open(bool open);
    void draw_handle(const char* id, ImVec2 pos, ImVec2 size, PanelSide side);
    void draw_strip(const char* id, ImVec2 pos, ImVec2 size, PanelSide side, Language lang);

    doc::PanelSizes sizes_;
    doc::PanelExtents extents_;
    bool right_open_ = false;
    std::uint64_t selection_version_ = 0;
    std::uint64_t dismissed_selection_ = ~0ull;
    int right_tab_request_ = -1;
    std::string reported_;
};

}  // namespace rk::gui
