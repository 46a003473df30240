#include "gui/scenario_timeline.hpp"

#include <imgui.h>

#include <algorithm>

#include "doc/i18n.hpp"
#include "gui/scenario_acts.hpp"

namespace rk::gui {

using doc::tr;

namespace {

// What a stop is called: its date when it has one (the timeline reads as years), else its name.
std::string stop_label(const Scenario& s) {
    const std::string& text = s.date.empty() ? s.name : s.date;
    return text.size() > 14 ? text.substr(0, 13) + "…" : text;
}

void draw_strip(UiContext& ui) {
    const auto& list = ui.doc.data().scenarios;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const float fs = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float margin = fs * 1.2f, y = origin.y + fs * 0.7f;
    const float step = (width - 2 * margin) / float(list.size() - 1);
    const ImU32 line = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 dot = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 current = ImGui::GetColorU32(ImGuiCol_CheckMark);
    dl->AddLine(ImVec2(origin.x + margin, y), ImVec2(origin.x + width - margin, y), line, 2.f);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Scenario& s = list[i];
        const float x = origin.x + margin + step * float(i);
        const bool here = s.id == ui.doc.scenario_id();
        dl->AddCircleFilled(ImVec2(x, y), here ? fs * 0.45f : fs * 0.3f, here ? current : dot);
        const std::string text = stop_label(s);
        const float tw = ImGui::CalcTextSize(text.c_str()).x * 0.85f;
        const float tx = std::clamp(x - tw / 2, origin.x, origin.x + width - tw);
        dl->AddText(ImGui::GetFont(), fs * 0.85f, ImVec2(tx, y + fs * 0.55f),
                    ImGui::GetColorU32(here ? ImGuiCol_Text : ImGuiCol_TextDisabled), text.c_str());
        ImGui::SetCursorScreenPos(ImVec2(x - fs * 0.6f, y - fs * 0.6f));
        if (ImGui::InvisibleButton(("##stop" + s.id).c_str(), ImVec2(fs * 1.2f, fs * 1.2f)))
            ui.doc.set_scenario(s.id);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s%s", s.name.c_str(),
                              s.date.empty() ? "" : ("  (" + s.date + ")").c_str());
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y + fs * 1.7f));
}

}  // namespace

bool draw_scenario_timeline(UiContext& ui) {
    if (ui.doc.data().scenarios.size() >= 3)
        draw_strip(ui);
    if (ScenarioActsView::previous_scenario(ui.doc).empty())
        return false;
    return ImGui::SmallButton(tr(ui.lang, "Vergelijk met vorige", "Compare with previous"));
}

}  // namespace rk::gui
