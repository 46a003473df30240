#include "gui/scenario_acts.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "doc/reorganisation_commands.hpp"
#include "gui/field_frame.hpp"

namespace rk::gui {

using doc::tr;

namespace {

// A readable id prefix from a name ("Omgevingsdienst West" -> "omgevingsdienst-west"), so
// saved files stay legible; fresh_actor_id adds the number that makes it unique.
std::string id_prefix(const std::string& name) {
    std::string out;
    for (unsigned char ch : name) {
        if (std::isalnum(ch)) {
            out += static_cast<char>(std::tolower(ch));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
        if (out.size() >= 24)
            break;
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "actor" : out;
}

std::vector<std::string> selected_actors(const doc::Document& d) {
    std::vector<std::string> ids;
    if (const Scenario* s = d.scenario()) {
        for (const auto& a : s->actors) {
            if (d.selection().has_actor(a.id))
                ids.push_back(a.id);
        }
    }
    return ids;
}

std::string actor_name(const Scenario& s, const std::string& id) {
    const Actor* a = s.find_actor(id);
    return a && !a->name.empty() ? a->name : id;
}

std::string fresh_scenario_id(const Case& c, const std::string& base) {
    std::string id = base;
    for (int n = 2; c.find_scenario(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

}  // namespace

std::string ScenarioActsView::previous_scenario(const doc::Document& d) {
    const auto& list = d.data().scenarios;
    for (std::size_t i = 1; i < list.size(); ++i) {
        if (list[i].id == d.scenario_id())
            return list[i - 1].id;
    }
    return {};
}

void ScenarioActsView::open(Dialog d) {
    dialog_ = d;
    want_open_ = true;
    focus_first_ = true;
    error_.clear();
}

bool ScenarioActsView::run(UiContext& ui, const std::string& nl, const std::string& en,
                           const std::function<reorg::ActResult(Case&)>& act) {
    doc::PreparedAct p = doc::prepare_act(ui.doc.data(), doc::bilingual(nl, en), act);
    if (!p.error.empty()) {
        error_ = p.error;
        return false;
    }
    if (p.command)
        ui.doc.execute(std::move(p.command));
    return true;
}

void ScenarioActsView::copy_current(UiContext& ui) {
    const Scenario* s = ui.doc.scenario();
    if (!s)
        return;
    const std::string id = fresh_scenario_id(ui.doc.data(), s->id + "-kopie");
    const std::string name = s->name + tr(ui.lang, " (kopie)", " (copy)");
    if (run(ui, "Scenario kopiëren: " + s->name, "Copy scenario: " + s->name,
            [&](Case& c) { return reorg::copy_scenario(c, s->id, id, name); })) {
        ui.doc.set_scenario(id);
    }
}

void ScenarioActsView::new_empty(UiContext& ui) {
    const std::string id = fresh_scenario_id(ui.doc.data(), "scenario");
    const std::string name = tr(ui.lang, "Nieuw scenario", "New scenario");
    if (run(ui, "Nieuw scenario", "New scenario",
            [&](Case& c) { return reorg::add_empty_scenario(c, id, name); })) {
        ui.doc.set_scenario(id);
    }
}

void ScenarioActsView::move_current(UiContext& ui, int by) {
    const auto& list = ui.doc.data().scenarios;
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const Scenario& s) { return s.id == ui.doc.scenario_id(); });
    if (it == list.end())
        return;
    const long at = (it - list.begin()) + by;
    if (at < 0 || at >= static_cast<long>(list.size()))
        return;
    const std::string id = it->id;
    run(ui, "Scenario verplaatsen", "Move scenario",
        [&](Case& c) { return reorg::move_scenario(c, id, static_cast<std::size_t>(at)); });
}

void ScenarioActsView::begin_edit_scenario(UiContext& ui) {
    const Scenario* s = ui.doc.scenario();
    if (!s)
        return;
    name_ = s->name;
    date_ = s->date;
    open(Dialog::EditScenario);
}

void ScenarioActsView::begin_delete_scenario(UiContext& ui) {
    if (ui.doc.data().scenarios.size() < 2)
        return;
    open(Dialog::DeleteScenario);
}

void ScenarioActsView::begin_merge(UiContext& ui) {
    parts_ = selected_actors(ui.doc);
    if (parts_.size() < 2)
        return;
    const Scenario& s = *ui.doc.scenario();
    name_.clear();
    for (const auto& id : parts_)
        name_ += (name_.empty() ? "" : " + ") + actor_name(s, id);
    open(Dialog::Merge);
}

void ScenarioActsView::begin_split(UiContext& ui) {
    parts_ = selected_actors(ui.doc);
    if (parts_.size() != 1)
        return;
    const Scenario& s = *ui.doc.scenario();
    const std::string base = actor_name(s, parts_[0]);
    part_names_ = {base + " 1", base + " 2"};
    keep_.clear();
    for (const auto& r : s.relations) {
        if (r.source == parts_[0] || r.target == parts_[0])
            keep_.push_back({r.id, {1, 1}});
    }
    for (const auto& t : s.responsibilities) {
        for (const auto& a : t.assignments) {
            if (a.actor == parts_[0])
                keep_.push_back({t.id + "/" + a.actor, {1, 1}});
        }
    }
    open(Dialog::Split);
}

void ScenarioActsView::begin_rename_actor(UiContext& ui) {
    parts_ = selected_actors(ui.doc);
    if (parts_.size() != 1)
        return;
    name_ = actor_name(*ui.doc.scenario(), parts_[0]);
    new_identity_ = false;
    open(Dialog::RenameActor);
}

void ScenarioActsView::dissolve_selected(UiContext& ui) {
    const auto ids = selected_actors(ui.doc);
    if (ids.empty())
        return;
    const std::string scenario = ui.doc.scenario_id();
    // One step for the whole selection; each actor leaves a `dissolved` lineage link.
    run(ui, "Opheffen", "Dissolve", [&](Case& c) {
        for (const auto& id : ids) {
            if (auto r = reorg::dissolve_actor(c, scenario, id); !r.ok())
                return r;
        }
        return reorg::ActResult{};
    });
    ui.doc.selection().clear();
}

bool ScenarioActsView::buttons(UiContext& ui, bool can_confirm) {
    if (!error_.empty())
        ImGui::TextColored(ImVec4(0.85f, 0.2f, 0.2f, 1), "%s", error_.c_str());
    ImGui::Separator();
    bool ok = false;
    ImGui::BeginDisabled(!can_confirm);
    ok = ImGui::Button(tr(ui.lang, "OK", "OK"), ImVec2(120, 0)) || (can_confirm && enter_pressed());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(ui.lang, "Annuleren", "Cancel"), ImVec2(120, 0)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        dialog_ = Dialog::None;
        ImGui::CloseCurrentPopup();
    }
    return ok;
}

void ScenarioActsView::Draw(UiContext& ui) {
    if (dialog_ == Dialog::None)
        return;
    const char* id = "###scenario_act";
    if (want_open_) {
        ImGui::OpenPopup(id);
        want_open_ = false;
    }
    const char* title = "";
    switch (dialog_) {
        case Dialog::EditScenario:
            title = tr(ui.lang, "Scenario bewerken", "Edit scenario");
            break;
        case Dialog::DeleteScenario:
            title = tr(ui.lang, "Scenario verwijderen", "Delete scenario");
            break;
        case Dialog::Merge:
            title = tr(ui.lang, "Samenvoegen (fusie)", "Merge");
            break;
        case Dialog::Split:
            title = tr(ui.lang, "Splitsen", "Split");
            break;
        case Dialog::RenameActor:
            title = tr(ui.lang, "Actor hernoemen", "Rename actor");
            break;
        case Dialog::None:
            return;
    }
    if (!ImGui::BeginPopupModal((std::string(title) + id).c_str(), nullptr,
                                ImGuiWindowFlags_AlwaysAutoResize)) {
        dialog_ = Dialog::None;  // closed from outside
        return;
    }
    switch (dialog_) {
        case Dialog::EditScenario:
            draw_edit_scenario(ui);
            break;
        case Dialog::DeleteScenario:
            draw_delete_scenario(ui);
            break;
        case Dialog::Merge:
            draw_merge(ui);
            break;
        case Dialog::Split:
            draw_split(ui);
            break;
        case Dialog::RenameActor:
            draw_rename_actor(ui);
            break;
        case Dialog::None:
            break;
    }
    if (dialog_ == Dialog::None)
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

namespace {
// The first field of a dialog gets the keyboard when the dialog opens.
void focus_once(bool& focus) {
    if (focus)
        ImGui::SetKeyboardFocusHere();
    focus = false;
}
}  // namespace

void ScenarioActsView::draw_edit_scenario(UiContext& ui) {
    focus_once(focus_first_);
    ImGui::InputText(tr(ui.lang, "Naam", "Name"), &name_);
    frame_active_field();
    ImGui::InputTextWithHint(tr(ui.lang, "Datum", "Date"), "2025 / 2025-06-01", &date_);
    frame_active_field();
    if (buttons(ui, !name_.empty())) {
        const std::string scenario = ui.doc.scenario_id();
        if (run(ui, "Scenario bewerken", "Edit scenario", [&](Case& c) {
                Scenario* s = c.find_scenario(scenario);
                s->name = name_;
                s->date = date_;
                return reorg::ActResult{};
            })) {
            dialog_ = Dialog::None;
        }
    }
}

void ScenarioActsView::draw_delete_scenario(UiContext& ui) {
    const Scenario* s = ui.doc.scenario();
    const auto what = reorg::removal_summary(ui.doc.data(), ui.doc.scenario_id());
    ImGui::Text(tr(ui.lang, "Scenario \"%s\" verwijderen?", "Delete scenario \"%s\"?"),
                s->name.c_str());
    ImGui::Text(tr(ui.lang,
                   "Er verdwijnen %zu actoren, %zu relaties, %zu taken en %zu lineage-koppelingen.",
                   "This removes %zu actors, %zu relations, %zu tasks and %zu lineage links."),
                what.actors, what.relations, what.responsibilities, what.lineage_links);
    ImGui::TextDisabled("%s", tr(ui.lang, "Ongedaan maken (Ctrl+Z) brengt alles terug.",
                                 "Undo (Ctrl+Z) brings everything back."));
    if (buttons(ui, true)) {
        const std::string scenario = ui.doc.scenario_id();
        if (run(ui, "Scenario verwijderen: " + s->name, "Delete scenario: " + s->name,
                [&](Case& c) { return reorg::remove_scenario(c, scenario); })) {
            dialog_ = Dialog::None;
        }
    }
}

void ScenarioActsView::draw_merge(UiContext& ui) {
    const Scenario& s = *ui.doc.scenario();
    ImGui::TextUnformatted(tr(
        ui.lang, "Deze actoren worden één organisatie:", "These actors become one organisation:"));
    for (const auto& id : parts_)
        ImGui::BulletText("%s", actor_name(s, id).c_str());
    focus_once(focus_first_);
    ImGui::SetNextItemWidth(360);
    ImGui::InputText(tr(ui.lang, "Nieuwe naam", "New name"), &name_);
    frame_active_field();
    ImGui::TextDisabled("%s",
                        tr(ui.lang, "Relaties tussen de delen worden intern (geïnternaliseerd).",
                           "Relations between the parts become internal (internalised)."));
    if (buttons(ui, !name_.empty())) {
        Actor merged = *s.find_actor(parts_[0]);  // type, bestuurslaag, roles of the first part
        merged.id = doc::fresh_actor_id(ui.doc.data(), id_prefix(name_));
        merged.name = name_;
        merged.short_name.clear();
        merged.role_evidence.clear();
        const std::string scenario = s.id;
        if (run(ui, "Samenvoegen: " + name_, "Merge: " + name_,
                [&](Case& c) { return reorg::merge_actors(c, scenario, parts_, merged); })) {
            ui.doc.selection().select_actor(merged.id);
            dialog_ = Dialog::None;
        }
    }
}

void ScenarioActsView::draw_split(UiContext& ui) {
    const Scenario& s = *ui.doc.scenario();
    ImGui::Text(tr(ui.lang, "\"%s\" splitsen in:", "Split \"%s\" into:"),
                actor_name(s, parts_[0]).c_str());
    for (std::size_t i = 0; i < part_names_.size(); ++i) {
        if (i == 0)
            focus_once(focus_first_);
        ImGui::SetNextItemWidth(300);
        ImGui::InputText(("##part" + std::to_string(i)).c_str(), &part_names_[i]);
        frame_active_field();
    }
    if (ImGui::SmallButton(tr(ui.lang, "+ deel", "+ part"))) {
        part_names_.push_back(actor_name(s, parts_[0]) + " " +
                              std::to_string(part_names_.size() + 1));
        for (auto& [item, flags] : keep_)
            flags.push_back(1);
    }
    if (!keep_.empty() &&
        ImGui::BeginTable("##keep", static_cast<int>(part_names_.size()) + 1,
                          ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY,
                          ImVec2(0, std::min(300.0f, 28.0f * (keep_.size() + 1))))) {
        ImGui::TableSetupColumn(tr(ui.lang, "Relatie of taak", "Relation or task"));
        for (const auto& n : part_names_)
            ImGui::TableSetupColumn(n.c_str());
        ImGui::TableHeadersRow();
        for (auto& [item, flags] : keep_) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const Relation* r = s.find_relation(item);
            const std::string other =
                r ? actor_name(s, r->source == parts_[0] ? r->target : r->source) : item;
            ImGui::Text("%s  %s", r ? std::string(label(r->layer, ui.lang)).c_str() : "RACI",
                        other.c_str());
            for (std::size_t k = 0; k < flags.size(); ++k) {
                ImGui::TableNextColumn();
                bool on = flags[k];
                if (ImGui::Checkbox(("##k" + item + std::to_string(k)).c_str(), &on))
                    flags[k] = on;
            }
        }
        ImGui::EndTable();
    }
    const bool names_ok = std::all_of(part_names_.begin(), part_names_.end(),
                                      [](const std::string& n) { return !n.empty(); });
    if (buttons(ui, names_ok)) {
        std::vector<Actor> parts;
        Case ids = ui.doc.data();  // fresh ids must differ from each other too
        for (const auto& n : part_names_) {
            Actor a = *s.find_actor(parts_[0]);
            a.id = doc::fresh_actor_id(ids, id_prefix(n));
            a.name = n;
            a.short_name.clear();
            ids.scenarios.front().actors.push_back(a);
            parts.push_back(std::move(a));
        }
        std::vector<reorg::SplitChoice> choices;
        for (const auto& [item, flags] : keep_) {
            reorg::SplitChoice ch{item, {}};
            for (std::size_t k = 0; k < flags.size(); ++k) {
                if (flags[k])
                    ch.keepers.push_back(static_cast<int>(k));
            }
            if (ch.keepers.empty()) {
                error_ = tr(ui.lang, "Elke relatie en taak gaat naar minstens één deel.",
                            "Every relation and task goes to at least one part.");
                return;
            }
            choices.push_back(std::move(ch));
        }
        const std::string scenario = s.id, actor = parts_[0];
        const std::string name = actor_name(s, actor);
        if (run(ui, "Splitsen: " + name, "Split: " + name,
                [&](Case& c) { return reorg::split_actor(c, scenario, actor, parts, choices); })) {
            ui.doc.selection().clear();
            for (const auto& p : parts)
                ui.doc.selection().select_actor(p.id, true);
            dialog_ = Dialog::None;
        }
    }
}

void ScenarioActsView::draw_rename_actor(UiContext& ui) {
    focus_once(focus_first_);
    ImGui::SetNextItemWidth(360);
    ImGui::InputText(tr(ui.lang, "Naam", "Name"), &name_);
    frame_active_field();
    ImGui::Checkbox(tr(ui.lang, "Nieuwe organisatie (nieuwe identiteit, lineage 'hernoemd')",
                       "New organisation (new identity, lineage 'rename')"),
                    &new_identity_);
    if (buttons(ui, !name_.empty())) {
        const std::string scenario = ui.doc.scenario_id(), actor = parts_[0];
        const std::string new_id =
            new_identity_ ? doc::fresh_actor_id(ui.doc.data(), id_prefix(name_)) : actor;
        if (run(ui, "Hernoemen: " + name_, "Rename: " + name_,
                [&](Case& c) { return reorg::rename_actor(c, scenario, actor, new_id, name_); })) {
            ui.doc.selection().select_actor(new_id);
            dialog_ = Dialog::None;
        }
    }
}

}  // namespace rk::gui
