#include "gui/toolbar.hpp"

#include <imgui.h>

#include <algorithm>
#include <fstream>
#include <string>

#include "gui/icons.hpp"

namespace rk::gui {

const std::vector<ToolbarItem>& toolbar_items() {
    // "new" and "relation_mode" appear once the table registers them (File > New and the
    // canvas's relation mode, issue 13).
    static const std::vector<ToolbarItem> items = {
        {"start_screen", icons::kHome, "Start", "Start"},
        {"new", icons::kFileO, "Nieuw", "New"},
        {"open", icons::kFolderOpenO, "Openen", "Open"},
        {"save", icons::kFloppyO, "Opslaan", "Save"},
        {nullptr, nullptr, nullptr, nullptr},
        {"undo", icons::kUndo, "Ongedaan", "Undo"},
        {"redo", icons::kRepeat, "Opnieuw", "Redo"},
        {nullptr, nullptr, nullptr, nullptr},
        {"new_actor", icons::kUserPlus, "Actor", "Actor"},
        {"relation_mode", icons::kLongArrowRight, "Relatie", "Relation"},
        {"live_layout", icons::kPlay, "Live", "Live"},
        {nullptr, nullptr, nullptr, nullptr},
        {"compare", icons::kColumns, "Vergelijken", "Compare"},
        {"export", icons::kShareSquareO, "Exporteren", "Export"},
        {"present", icons::kTelevision, "Presenteren", "Present"},
    };
    return items;
}

std::string icon_font_file(const std::string& chosen) {
    return chosen.empty() ? std::string(icons::kFontFile) : chosen;
}

bool toolbar_has_icons() {
    const ImFont* font = ImGui::GetFont();
    return font && font->FindGlyphNoFallback(ImWchar(icons::kProbe)) != nullptr;
}

namespace {

const Action* find_action(const std::vector<Action>& actions, const char* id) {
    auto it =
        std::find_if(actions.begin(), actions.end(), [id](const Action& a) { return a.id == id; });
    return it == actions.end() ? nullptr : &*it;
}

// "Save (Ctrl+S)": the name as the menu shows it, without the trailing dots.
std::string tooltip_text(const Action& a, Language lang) {
    std::string name = lang == Language::Dutch ? a.name_nl : a.name_en;
    if (name.ends_with("…"))
        name.resize(name.size() - std::string("…").size());
    return a.shortcut.empty() ? name : name + "  (" + a.shortcut + ")";
}

// --dump toolbar=FILE (tests/gui/toolbar.sh): the button places, written when they change.
void dump_buttons(const std::string& file, const std::string& lines) {
    static std::string written;
    if (file.empty() || lines == written)
        return;
    std::ofstream(file) << lines;
    written = lines;
}

}  // namespace

const Action* draw_toolbar(const std::vector<Action>& actions, Language lang,
                           const std::string& dump_file) {
    const bool icons = toolbar_has_icons();
    const Action* clicked = nullptr;
    std::string placed;                                          // for --dump toolbar
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));  // flat until hovered
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(7, ImGui::GetStyle().FramePadding.y));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2, ImGui::GetStyle().ItemSpacing.y));
    ImGui::TextDisabled("|");
    for (const auto& item : toolbar_items()) {
        if (!item.action_id) {
            ImGui::TextDisabled("|");
            continue;
        }
        const Action* a = find_action(actions, item.action_id);
        if (!a)
            continue;
        const bool enabled = !a->enabled || a->enabled();
        const bool checked = a->checked && a->checked();
        ImGui::PushID(item.action_id);
        if (checked)
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::BeginDisabled(!enabled);
        const char* label =
            icons ? item.icon : (lang == Language::Dutch ? item.short_nl : item.short_en);
        if (ImGui::Button(label))
            clicked = a;
        ImGui::EndDisabled();
        const ImVec2 r0 = ImGui::GetItemRectMin(), r1 = ImGui::GetItemRectMax();
        placed += std::string(item.action_id) + " " + std::to_string(int(r0.x)) + " " +
                  std::to_string(int(r0.y)) + " " + std::to_string(int(r1.x - r0.x)) + " " +
                  std::to_string(int(r1.y - r0.y)) + (icons ? " icon\n" : " text\n");
        if (checked)
            ImGui::PopStyleColor();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("%s", tooltip_text(*a, lang).c_str());
        }
        ImGui::PopID();
    }
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    dump_buttons(dump_file, placed);
    return clicked;
}

}  // namespace rk::gui
