// Sidebar, history, help and the shared editing widgets.
#include "gui/panels.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "doc/style.hpp"
#include "gui/canvas.hpp"
#include "gui/fit_text.hpp"
#include "gui/scenario_timeline.hpp"
#include "model/text.hpp"

namespace rk::gui {

using doc::tr;

namespace widgets {

void group_item(doc::Document& d, const char* description) {
    if (ImGui::IsItemActivated())
        d.begin_group(description);
    if (ImGui::IsItemDeactivated() && d.in_group())
        d.end_group();
}

bool text(doc::Document& d, const char* label, std::string& value, bool multiline) {
    bool changed;
    if (multiline) {
        changed =
            ImGui::InputTextMultiline(label, &value, ImVec2(-1, ImGui::GetTextLineHeight() * 4));
    } else {
        changed = ImGui::InputText(label, &value);
    }
    group_item(d, doc::bilingual("Tekst bewerken", "Edit text").c_str());
    return changed;
}

bool tri_state(const char* label, std::optional<bool>& v, Language lang) {
    const char* items[] = {tr(lang, "onbekend", "unknown"), tr(lang, "ja", "yes"),
                           tr(lang, "nee", "no")};
    int cur = !v ? 0 : (*v ? 1 : 2);
    if (!ImGui::Combo(label, &cur, items, 3))
        return false;
    v = cur == 0 ? std::optional<bool>{} : std::optional<bool>{cur == 1};
    return true;
}

}  // namespace widgets

void SidebarView::Draw(UiContext& ui) {
    doc::Document& d = ui.doc;
    const Scenario* s = d.scenario();
    const Language L = ui.lang;
    ImGui::TextWrapped("%s", d.data().title.c_str());
    ImGui::Spacing();

    // Scenario switcher.
    ImGui::TextDisabled("%s", tr(L, "Scenario", "Scenario"));
    for (const auto& sc : d.data().scenarios) {
        const std::string text = sc.name + (sc.date.empty() ? "" : "  (" + sc.date + ")");
        const std::string shown = ellipsize(text, label_width_after_box());  // issue 19: no cut-off
        if (ImGui::RadioButton((shown + "##" + sc.id).c_str(), sc.id == d.scenario_id()))
            d.set_scenario(sc.id);
        if (shown != text && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", text.c_str());
    }
    if (draw_scenario_timeline(ui))
        ui.intents.actions.push_back("scenario_compare_previous");
    if (!s)
        return;
    ImGui::Separator();

    // Search an actor by name and fly to it.
    ImGui::TextDisabled("%s", tr(L, "Zoek actor", "Find actor"));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", tr(L, "naam of afkorting", "name or short name"), &search);
    if (!search.empty()) {
        const std::string q = text::ascii_lower(search);
        int shown = 0;
        ImGui::BeginChild("##found", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 5), true);
        for (const auto& a : s->actors) {
            if (text::ascii_lower(a.name).find(q) == std::string::npos &&
                text::ascii_lower(a.short_name).find(q) == std::string::npos &&
                text::ascii_lower(a.id).find(q) == std::string::npos) {
                continue;
            }
            if (ImGui::Selectable((a.name + "##" + a.id).c_str(), d.selection().has_actor(a.id))) {
                d.selection().select_actor(a.id);
                ui.intents.fly_to = a.id;
            }
            if (++shown >= 50)
                break;
        }
        ImGui::EndChild();
    }
    ImGui::Separator();

    // View settings are part of the scenario (saved with it), so they change by command.
    ViewSettings v = s->view;
    bool changed = false;
    ImGui::TextDisabled("%s", tr(L, "Kleur naar", "Colour by"));
    ImGui::SetNextItemWidth(-1);
    const doc::ColorBy by = doc::color_by_from_token(v.color_by);
    if (ImGui::BeginCombo("##colorby", doc::color_by_label(by, L))) {
        for (doc::ColorBy c : doc::kColorByAll) {
            if (ImGui::Selectable(doc::color_by_label(c, L), c == by)) {
                v.color_by = doc::color_by_token(c);
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::TextDisabled("%s", tr(L, "Grootte naar", "Size by"));
    ImGui::SetNextItemWidth(-1);
    const char* none = tr(L, "gelijk", "uniform");
    if (ImGui::BeginCombo("##sizeby", v.size_by.empty() ? none : v.size_by.c_str())) {
        if (ImGui::Selectable(none, v.size_by.empty())) {
            v.size_by.clear();
            changed = true;
        }
        if (ui.analysis) {
            for (const auto& m : ui.analysis->actors.names) {
                if (ImGui::Selectable(m.c_str(), m == v.size_by)) {
                    v.size_by = m;
                    changed = true;
                }
            }
        }
        ImGui::EndCombo();
    }
    ImGui::TextDisabled("%s", tr(L, "Indeling (verkokering)", "Partition (verkokering, silos)"));
    ImGui::SetNextItemWidth(-1);
    const char* partitions[] = {"koker", "sector", "bestuurslaag", "type", "group"};
    const std::string cur_part = v.partition.empty() ? "koker" : v.partition;
    if (ImGui::BeginCombo("##partition", cur_part.c_str())) {
        for (const char* p : partitions) {
            if (ImGui::Selectable(p, cur_part == p)) {
                // The scenario's view holds the partition (saved with it); the analysis reads
                // it from there (exporter::shown_settings), so screen and files agree.
                v.partition = p;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    // Level filter (seed 000's three levels) and agreements as hubs: analysis settings only,
    // the drawing keeps every relation.
    {
        const GovernanceLevel level = ui.settings.level;
        const std::string current = level == GovernanceLevel::Unknown
                                        ? tr(L, "alle niveaus", "all levels")
                                        : std::string(label(level, L));
        if (ImGui::BeginCombo(tr(L, "Niveau", "Level"), current.c_str())) {
            for (const auto& e : entries<GovernanceLevel>()) {
                const std::string text =
                    e.value == GovernanceLevel::Unknown
                        ? tr(L, "alle niveaus", "all levels")
                        : std::string(L == Language::Dutch ? e.dutch : e.english);
                if (ImGui::Selectable(text.c_str(), e.value == level) && e.value != level) {
                    ui.settings.level = e.value;
                    ui.settings_changed();
                }
            }
            ImGui::EndCombo();
        }
        if (ImGui::Checkbox(tr(L, "Afspraken als knooppunt", "Agreements as hubs"),
                            &ui.settings.include_agreements))
            ui.settings_changed();
    }
    ImGui::Separator();

    // Regie overlay and its highlights.
    if (ImGui::Checkbox(tr(L, "Regie-overlay (O)", "Regie overlay (O)"), &v.regie_overlay))
        changed = true;
    ImGui::Indent();
    // The toggles show the canvas's state and report a click as the View menu's action.
    auto toggle = [&](const char* label, bool on, const char* action) {
        if (ImGui::Checkbox(label, &on))
            ui.intents.actions.push_back(action);
    };
    toggle(tr(L, "meervoudig aangestuurd", "multiply directed"), ui.display.regie_multi, "multi");
    toggle(tr(L, "niet aangestuurd", "not directed"), ui.display.regie_undirected, "undirected");
    toggle(tr(L, "regiecycli", "regie cycles"), ui.display.regie_cycles, "cycles");
    ImGui::Unindent();
    ImGui::TextDisabled("%s", tr(L, "Ego-weergave (E)", "Ego view (E)"));
    int depth = ui.display.ego_depth;
    ImGui::RadioButton(tr(L, "uit", "off"), &depth, 0);
    ImGui::SameLine();
    ImGui::RadioButton("1", &depth, 1);
    ImGui::SameLine();
    ImGui::RadioButton("2", &depth, 2);
    if (depth != ui.display.ego_depth)
        ui.intents.ego_depth = depth;
    ImGui::Separator();

    // Layer filter: which relation layers are drawn (and analysed).
    ImGui::TextDisabled("%s", tr(L, "Lagen", "Layers"));
    if (layer_count_revision_ != d.revision() || layer_count_scenario_ != s->id) {
        layer_counts_.fill(0);
        for (const Relation& r : s->relations)
            ++layer_counts_[static_cast<std::size_t>(r.layer)];
        layer_count_revision_ = d.revision();
        layer_count_scenario_ = s->id;
    }
    for (const auto& e : entries<Layer>()) {
        if (e.value == Layer::Directs)
            continue;  // the overlay toggle above
        const bool visible = v.visible_layers.empty() ||
                             std::find(v.visible_layers.begin(), v.visible_layers.end(), e.value) !=
                                 v.visible_layers.end();
        bool on = visible;
        const int count = layer_counts_[static_cast<std::size_t>(e.value)];
        if (count == 0)
            continue;
        const std::string text = std::string(L == Language::Dutch ? e.dutch : e.english) + " (" +
                                 std::to_string(count) + ")";
        if (ImGui::Checkbox(text.c_str(), &on)) {
            if (v.visible_layers.empty()) {
                for (const auto& all : entries<Layer>())
                    v.visible_layers.push_back(all.value);
            }
            if (on) {
                v.visible_layers.push_back(e.value);
            } else {
                std::erase(v.visible_layers, e.value);
            }
            std::sort(v.visible_layers.begin(), v.visible_layers.end());
            v.visible_layers.erase(std::unique(v.visible_layers.begin(), v.visible_layers.end()),
                                   v.visible_layers.end());
            if (int(v.visible_layers.size()) == kLayerCount)
                v.visible_layers.clear();
            changed = true;
        }
    }
    ImGui::Separator();

    // Groups: collapse into one node, expand again.
    if (!s->groups.empty()) {
        ImGui::TextDisabled("%s", tr(L, "Groepen", "Groups"));
        for (const auto& g : s->groups) {
            bool collapsed = g.collapsed;
            const std::string name = g.name.empty() ? g.id : g.name;
            const std::string shown = ellipsize(name, label_width_after_box());  // issue 19
            if (ImGui::Checkbox((shown + "##g" + g.id).c_str(), &collapsed)) {
                Group after = g;
                after.collapsed = collapsed;
                d.execute(doc::set_group(d.data(), s->id, after));
            }
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%s%s", shown == name ? "" : (name + "\n").c_str(),
                                  tr(L, "aangevinkt = ingeklapt", "checked = collapsed"));
            }
        }
    }
    if (changed)
        d.execute(doc::set_view_settings(d.data(), s->id, v));
}

void HistoryView::Draw(UiContext& ui) {
    doc::Document& d = ui.doc;
    const auto steps = d.history();
    ImGui::TextDisabled("%s", tr(ui.lang, "Klik een stap om ernaar terug of vooruit te gaan.",
                                 "Click a step to go back or forward to it."));
    if (ImGui::Selectable(tr(ui.lang, "(geopend)", "(opened)"), d.history_cursor() == 0))
        d.jump_to(0);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const bool applied = i < d.history_cursor();
        const std::string text = std::to_string(i + 1) + ". " +
                                 std::string(doc::pick(steps[i], ui.lang)) + "##h" +
                                 std::to_string(i);
        if (!applied)
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        if (ImGui::Selectable(text.c_str(), i + 1 == d.history_cursor()))
            d.jump_to(i + 1);
        if (!applied)
            ImGui::PopStyleColor();
    }
}

void HelpView::Draw(Language lang, const std::vector<ShortcutLine>& lines) {
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, ImGui::GetFontSize() * 30),
                             ImGuiCond_Appearing);
    if (!ImGui::Begin(tr(lang, "Sneltoetsen###help", "Keyboard shortcuts###help"), &open)) {
        ImGui::End();
        return;
    }
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
        for (const auto& l : lines) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(l.keys.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(l.what.c_str());
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace rk::gui
