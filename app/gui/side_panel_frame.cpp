#include "gui/side_panel_frame.hpp"

#include <algorithm>
#include <cstdio>

#include "doc/i18n.hpp"
#include "gui/icons.hpp"

namespace rk::gui {

using doc::tr;

namespace {

// The icon when the icon font was merged into the atlas, else a plain character.
const char* glyph(const char* icon, const char* fallback) {
    return ImGui::GetFont()->FindGlyphNoFallback(ImWchar(icons::kProbe)) ? icon : fallback;
}

const char* panel_name(PanelSide side, Language lang) {
    switch (side) {
        case PanelSide::Left:
            return tr(lang, "Casus en weergave", "Case and view");
        case PanelSide::Right:
            return tr(lang, "Inspector", "Inspector");
        case PanelSide::Bottom:
            return tr(lang, "Diagnostiek en maten", "Diagnostics and metrics");
    }
    return "";
}

const char* shortcut(PanelSide side) {
    switch (side) {
        case PanelSide::Left:
            return "F6";
        case PanelSide::Right:
            return "F7";
        case PanelSide::Bottom:
            return "F8";
    }
    return "";
}

constexpr ImGuiWindowFlags kEdgeFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;

}  // namespace

void SidePanelFrame::load(const std::optional<doc::PanelSizes>& saved) {
    if (saved)
        sizes_ = *saved;
}

doc::PanelExtents SidePanelFrame::layout(ImVec2 area, float font_size, bool has_selection,
                                         std::uint64_t selection_version) {
    const bool was_open = right_open_;
    selection_version_ = selection_version;
    right_open_ =
        doc::right_panel_open(sizes_, has_selection, selection_version, dismissed_selection_);
    if (right_open_ && !was_open && !sizes_.right_open) {
        // A selection made by pressing on an actor opens the inspector when the button is
        // released, and not at all when the press became a drag (moving an actor, a box
        // selection): the canvas must not change size under a drag.
        const ImGuiIO& io = ImGui::GetIO();
        const float threshold = io.MouseDragThreshold * io.MouseDragThreshold;
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            right_open_ = false;
        } else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                   io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] > threshold) {
            dismissed_selection_ = selection_version;
            right_open_ = false;
        }
    }
    if (right_open_ && !was_open && has_selection)
        right_tab_request_ = 0;  // opened by a selection: show what was selected
    doc::PanelFrameInput in;
    in.window_width = area.x;
    in.window_height = area.y;
    in.font_size = font_size;
    in.left_open = !sizes_.left_collapsed;
    in.right_open = right_open_;
    in.bottom_open = !sizes_.bottom_collapsed;
    extents_ = doc::solve_extents(sizes_, in);
    return extents_;
}

bool SidePanelFrame::open(PanelSide side) const {
    switch (side) {
        case PanelSide::Left:
            return !sizes_.left_collapsed;
        case PanelSide::Right:
            return right_open_;
        case PanelSide::Bottom:
            return !sizes_.bottom_collapsed;
    }
    return true;
}

void SidePanelFrame::set_right_open(bool open) {
    sizes_.right_open = open;
    // Collapsing while something is selected keeps it closed until the selection changes.
    dismissed_selection_ = open ? ~0ull : selection_version_;
    right_open_ = open;
}

void SidePanelFrame::toggle(PanelSide side) {
    switch (side) {
        case PanelSide::Left:
            sizes_.left_collapsed = !sizes_.left_collapsed;
            break;
        case PanelSide::Right:
            set_right_open(!right_open_);
            break;
        case PanelSide::Bottom:
            sizes_.bottom_collapsed = !sizes_.bottom_collapsed;
            break;
    }
}

void SidePanelFrame::collapse_tab(PanelSide side, Language lang) {
    const char* icon = side == PanelSide::Left    ? glyph(icons::kChevronLeft, "<")
                       : side == PanelSide::Right ? glyph(icons::kChevronRight, ">")
                                                  : glyph(icons::kChevronDown, "v");
    ImGui::PushID(int(side));
    if (ImGui::TabItemButton(icon, ImGuiTabItemFlags_Trailing | ImGuiTabItemFlags_NoTooltip))
        toggle(side);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s (%s)", tr(lang, "Inklappen", "Collapse"), shortcut(side));
    ImGui::PopID();
}

ImGuiTabItemFlags SidePanelFrame::right_tab_flags(int tab) {
    if (tab != right_tab_request_)
        return ImGuiTabItemFlags_None;
    right_tab_request_ = -1;
    return ImGuiTabItemFlags_SetSelected;
}

void SidePanelFrame::draw_edges(ImVec2 p0, ImVec2 size, Language lang) {
    const doc::PanelExtents& e = extents_;
    const float grip = 6;
    if (open(PanelSide::Left)) {
        draw_handle("##edge_left", ImVec2(p0.x + e.left - grip / 2, p0.y), ImVec2(grip, size.y),
                    PanelSide::Left);
    } else {
        draw_strip("##strip_left", p0, ImVec2(e.left, size.y), PanelSide::Left, lang);
    }
    if (open(PanelSide::Right)) {
        draw_handle("##edge_right", ImVec2(p0.x + size.x - e.right - grip / 2, p0.y),
                    ImVec2(grip, size.y), PanelSide::Right);
    } else {
        draw_strip("##strip_right", ImVec2(p0.x + size.x - e.right, p0.y), ImVec2(e.right, size.y),
                   PanelSide::Right, lang);
    }
    const float bx = p0.x + e.left, bw = size.x - e.left - e.right;
    if (open(PanelSide::Bottom)) {
        draw_handle("##edge_bottom", ImVec2(bx, p0.y + size.y - e.bottom - grip / 2),
                    ImVec2(bw, grip), PanelSide::Bottom);
    } else {
        draw_strip("##strip_bottom", ImVec2(bx, p0.y + size.y - e.bottom), ImVec2(bw, e.bottom),
                   PanelSide::Bottom, lang);
    }
}

// A thin window over the edge between a panel and the network: dragging it resizes the panel.
// Its own window, so that it lies above both and the canvas does not also take the drag.
void SidePanelFrame::draw_handle(const char* id, ImVec2 pos, ImVec2 size, PanelSide side) {
    const bool horizontal = side == PanelSide::Bottom;
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.f);
    if (ImGui::Begin(id, nullptr, kEdgeFlags | ImGuiWindowFlags_NoBackground)) {
        ImGui::InvisibleButton("##grip", size);
        const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
        if (hot) {
            ImGui::SetMouseCursor(horizontal ? ImGuiMouseCursor_ResizeNS
                                             : ImGuiMouseCursor_ResizeEW);
            ImGui::GetWindowDrawList()->AddRectFilled(
                pos, ImVec2(pos.x + size.x, pos.y + size.y),
                ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_SeparatorActive
                                                         : ImGuiCol_SeparatorHovered));
        }
        if (ImGui::IsItemActive()) {
            const ImVec2 d = ImGui::GetIO().MouseDelta;
            // The left panel grows to the right, the others towards the network (left, up).
            switch (side) {
                case PanelSide::Left:
                    sizes_.left = int(extents_.left + d.x);
                    break;
                case PanelSide::Right:
                    sizes_.right = int(extents_.right - d.x);
                    break;
                case PanelSide::Bottom:
                    sizes_.bottom = int(extents_.bottom - d.y);
                    break;
            }
        }
        if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
            toggle(side);  // a double click on the edge collapses, as in many editors
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
}

// The strip a collapsed panel leaves: a button that opens it again and, for the right panel,
// one button per tab.
void SidePanelFrame::draw_strip(const char* id, ImVec2 pos, ImVec2 size, PanelSide side,
                                Language lang) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(2, 2));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
    if (ImGui::Begin(id, nullptr, kEdgeFlags | ImGuiWindowFlags_NoBringToFrontOnFocus)) {
        const float w = ImGui::GetContentRegionAvail().x;
        const bool vertical = side != PanelSide::Bottom;
        const ImVec2 button(vertical ? w : 0, 0);
        const char* open_icon = side == PanelSide::Left    ? glyph(icons::kChevronRight, ">")
                                : side == PanelSide::Right ? glyph(icons::kChevronLeft, "<")
                                                           : glyph(icons::kChevronUp, "^");
        if (ImGui::Button(open_icon, button))
            toggle(side);
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s %s (%s)", tr(lang, "Openen:", "Open:"), panel_name(side, lang),
                              shortcut(side));
        }
        if (side == PanelSide::Right) {
            struct Tab {
                const char* icon;
                const char* fallback;
                const char* name;
            };
            const Tab tabs[] = {
                {icons::kInfoCircle, "i", "Inspector"},
                {icons::kBook, "C", tr(lang, "Casus", "Case")},
                {icons::kHistory, "H", tr(lang, "Geschiedenis", "History")},
            };
            for (int i = 0; i < 3; ++i) {
                ImGui::PushID(i);
                if (ImGui::Button(glyph(tabs[i].icon, tabs[i].fallback), button)) {
                    set_right_open(true);
                    right_tab_request_ = i;
                }
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", tabs[i].name);
                ImGui::PopID();
            }
        } else if (side == PanelSide::Bottom) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", panel_name(side, lang));
        }
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

void SidePanelFrame::report(doc::TestLog& log) {
    if (!log.enabled())
        return;
    char line[160];
    std::snprintf(line, sizeof line, "panels left %d %s right %d %s bottom %d %s",
                  int(extents_.left), open(PanelSide::Left) ? "open" : "strip", int(extents_.right),
                  open(PanelSide::Right) ? "open" : "strip", int(extents_.bottom),
                  open(PanelSide::Bottom) ? "open" : "strip");
    if (reported_ != line) {
        reported_ = line;
        log.write(line);
    }
}

}  // namespace rk::gui
