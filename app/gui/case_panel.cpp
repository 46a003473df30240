// The case panel: goal, the four elements of regie, the eight dilemmas with position,
// strategy and evidence, the participation-ladder step of each government actor, and the
// responsibilities (RACI) matrix. Everything editable, everything through commands.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <set>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "gui/panels.hpp"

namespace rk::gui {

using doc::tr;

namespace {

bool is_government(const Actor& a) {
    switch (a.bestuurslaag) {
        case Bestuurslaag::Rijk:
        case Bestuurslaag::Provincie:
        case Bestuurslaag::Gemeente:
        case Bestuurslaag::Waterschap:
        case Bestuurslaag::Regio:
            return true;
        default:
            break;
    }
    return a.type == ActorType::Ministry || a.type == ActorType::Province ||
           a.type == ActorType::Municipality || a.type == ActorType::WaterBoard;
}

std::string raci_letters(const RaciAssignment& x) {
    std::string s;
    if (x.responsible)
        s += 'R';
    if (x.accountable)
        s += 'A';
    if (x.consulted)
        s += 'C';
    if (x.informed)
        s += 'I';
    return s;
}

}  // namespace

void CasePanelView::Draw(UiContext& ui) {
    doc::Document& d = ui.doc;
    const Scenario* s = d.scenario();
    const Language L = ui.lang;
    if (!s)
        return;
    ImGui::BeginChild("##case_fields");

    if (ImGui::CollapsingHeader(tr(L, "Casus en opgave", "Case and task (opgave)"),
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        doc::CaseInfo info = doc::case_info(d.data());
        bool changed = false;
        ImGui::TextUnformatted(tr(L, "Titel", "Title"));
        ImGui::SetNextItemWidth(-1);
        changed |= widgets::text(d, "##title", info.title);
        ImGui::TextUnformatted(tr(L, "Doel (opgave)", "Goal (opgave)"));
        changed |= widgets::text(d, "##goal", info.goal.text, true);
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.48f);
        changed |= widgets::enum_combo("##def", info.goal.definition, L);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-1);
        changed |= widgets::enum_combo("##scope", info.goal.scope, L);
        if (changed)
            d.execute(doc::set_case_info(d.data(), info));
    }

    if (ImGui::CollapsingHeader(tr(L, "De vier elementen van regie", "The four elements of regie"),
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        RegieElements e = s->regie;
        bool changed = false;
        ImGui::TextUnformatted(tr(L, "Regisseur: wie regisseert?", "Regisseur: who directs?"));
        changed |= widgets::text(d, "##r1", e.regisseur, true);
        ImGui::TextUnformatted(
            tr(L, "Netwerk: wie worden geregisseerd?", "Network: who is directed?"));
        changed |= widgets::text(d, "##r2", e.netwerk, true);
        ImGui::TextUnformatted(tr(L, "Opgave: waarvoor?", "Opgave: for what goal?"));
        changed |= widgets::text(d, "##r3", e.opgave, true);
        ImGui::TextUnformatted(tr(L, "Middelen: waarmee?", "Means: by what means?"));
        changed |= widgets::text(d, "##r4", e.middelen, true);
        if (changed)
            d.execute(doc::set_regie_elements(d.data(), s->id, e));
    }

    if (ImGui::CollapsingHeader(
            tr(L, "De acht dilemma's van regie", "The eight dilemmas of regie"))) {
        for (const auto& entry : entries<Dilemma>()) {
            ImGui::PushID(int(entry.value));
            const DilemmaObservation* cur = nullptr;
            for (const auto& o : s->dilemmas) {
                if (o.dilemma == entry.value)
                    cur = &o;
            }
            DilemmaObservation o =
                cur ? *cur : DilemmaObservation{entry.value, std::nullopt, {}, {}, {}};
            const DilemmaPoles& poles = dilemma_poles(entry.value);
            ImGui::Separator();
            ImGui::TextWrapped(
                "%s", std::string(L == Language::Dutch ? entry.dutch : entry.english).c_str());
            bool changed = false;
            const std::string a(L == Language::Dutch ? poles.pole_a_nl : poles.pole_a_en);
            const std::string b(L == Language::Dutch ? poles.pole_b_nl : poles.pole_b_en);
            ImGui::TextDisabled("◀ %s", a.c_str());
            ImGui::SameLine();
            ImGui::TextDisabled("|  %s ▶", b.c_str());
            bool recorded = o.position.has_value();
            if (ImGui::Checkbox(tr(L, "positie", "position"), &recorded)) {
                o.position = recorded ? std::optional<double>(0.0) : std::nullopt;
                changed = true;
            }
            if (o.position) {
                ImGui::SameLine();
                float p = float(*o.position);
                ImGui::SetNextItemWidth(-1);
                if (ImGui::SliderFloat("##pos", &p, -1.f, 1.f, "%.2f")) {
                    o.position = double(p);
                    changed = true;
                }
                widgets::group_item(d,
                                    doc::bilingual("Dilemma-positie", "Dilemma position").c_str());
            }
            ImGui::SetNextItemWidth(-1);
            changed |= widgets::enum_combo("##strategy", o.strategy, L);
            ImGui::TextDisabled("%s", tr(L, "onderbouwing", "evidence"));
            changed |= widgets::text(d, "##evidence", o.evidence, true);
            if (changed)
                d.execute(doc::set_dilemma(d.data(), s->id, o));
            ImGui::PopID();
        }
    }

    if (ImGui::CollapsingHeader(
            tr(L, "Participatieladder per overheid", "Participation ladder per government"))) {
        if (ImGui::BeginTable("##ladder", 2,
                              ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            for (const auto& a : s->actors) {
                if (!is_government(a))
                    continue;
                ImGui::PushID(a.id.c_str());
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(a.short_name.empty() ? a.name.c_str()
                                                            : a.short_name.c_str());
                ImGui::TableNextColumn();
                Actor copy = a;
                ImGui::SetNextItemWidth(-1);
                if (widgets::enum_combo("##step", copy.ladder_step, L))
                    d.execute(doc::set_actor(d.data(), s->id, copy));
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    }

    if (ImGui::CollapsingHeader(tr(L, "Verantwoordelijkheden (RACI)", "Responsibilities (RACI)")))
        draw_raci(ui, *s);
    ImGui::EndChild();
}

void CasePanelView::draw_raci(UiContext& ui, const Scenario& s) {
    doc::Document& d = ui.doc;
    const Language L = ui.lang;
    // Columns: every actor that holds a letter anywhere, so the matrix stays narrow.
    std::vector<const Actor*> cols;
    std::set<std::string> involved;
    for (const auto& t : s.responsibilities) {
        for (const auto& x : t.assignments)
            involved.insert(x.actor);
    }
    for (const auto& a : s.actors) {
        if (involved.count(a.id))
            cols.push_back(&a);
    }
    ImGui::TextDisabled(
        "%s",
        tr(L, "Klik een cel om R/A/C/I te zetten. Een taak zonder R of A valt tussen wal en schip.",
           "Click a cell to set R/A/C/I. A task without R or A falls through the cracks."));
    const int ncol = int(cols.size()) + 1;
    if (ncol > 1 && ImGui::BeginTable("##raci", std::min(ncol, 63),
                                      ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX |
                                          ImGuiTableFlags_SizingFixedFit,
                                      ImVec2(0, 0))) {
        ImGui::TableSetupColumn(tr(L, "taak", "task"));
        for (int c = 0; c < std::min(ncol, 63) - 1; ++c) {
            const Actor* a = cols[c];
            ImGui::TableSetupColumn(a->short_name.empty() ? a->name.c_str()
                                                          : a->short_name.c_str());
        }
        ImGui::TableHeadersRow();
        for (const auto& t : s.responsibilities) {
            ImGui::PushID(t.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool has_r = false, has_a = false;
            for (const auto& x : t.assignments) {
                has_r |= x.responsible;
                has_a |= x.accountable;
            }
            if (!has_r || !has_a) {
                ImGui::TextColored(ImVec4(0.85f, 0.2f, 0.1f, 1), "%s ⚠", t.task.c_str());
            } else {
                ImGui::TextUnformatted(t.task.c_str());
            }
            for (int c = 0; c < std::min(ncol, 63) - 1; ++c) {
                ImGui::TableNextColumn();
                ImGui::PushID(c);
                const Actor* a = cols[c];
                auto it = std::find_if(t.assignments.begin(), t.assignments.end(),
                                       [&](const RaciAssignment& x) { return x.actor == a->id; });
                const std::string letters = it == t.assignments.end() ? "·" : raci_letters(*it);
                if (ImGui::Button((letters.empty() ? "·" : letters).c_str(),
                                  ImVec2(ImGui::GetFontSize() * 3, 0))) {
                    ImGui::OpenPopup("##cell");
                }
                if (ImGui::BeginPopup("##cell")) {
                    Responsibility after = t;
                    auto cell =
                        std::find_if(after.assignments.begin(), after.assignments.end(),
                                     [&](const RaciAssignment& x) { return x.actor == a->id; });
                    if (cell == after.assignments.end()) {
                        after.assignments.push_back(
                            {a->id, false, false, false, false, ResponsibilityBasis::Unknown});
                        cell = after.assignments.end() - 1;
                    }
                    bool changed = false;
                    changed |= ImGui::Checkbox(tr(L, "R — uitvoerend", "R — responsible"),
                                               &cell->responsible);
                    changed |= ImGui::Checkbox(tr(L, "A — eindverantwoordelijk", "A — accountable"),
                                               &cell->accountable);
                    changed |= ImGui::Checkbox(tr(L, "C — geraadpleegd", "C — consulted"),
                                               &cell->consulted);
                    changed |=
                        ImGui::Checkbox(tr(L, "I — geïnformeerd", "I — informed"), &cell->informed);
                    changed |= widgets::enum_combo("##basis", cell->basis, L);
                    if (!cell->responsible && !cell->accountable && !cell->consulted &&
                        !cell->informed) {
                        after.assignments.erase(cell);
                    }
                    if (changed)
                        d.execute(doc::set_responsibility(d.data(), s.id, after));
                    ImGui::EndPopup();
                }
                ImGui::PopID();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    // A new task, and adding an actor as a column.
    if (ImGui::SmallButton(tr(L, "+ taak", "+ task"))) {
        Responsibility t;
        int n = int(s.responsibilities.size()) + 1;
        auto taken = [&](const std::string& id) {
            return std::any_of(s.responsibilities.begin(), s.responsibilities.end(),
                               [&](const Responsibility& r) { return r.id == id; });
        };
        while (taken("task-" + std::to_string(n)))
            ++n;
        t.id = "task-" + std::to_string(n);
        t.task = tr(L, "Nieuwe taak", "New task");
        d.execute(doc::add_responsibility(d.data(), s.id, t));
    }
    ImGui::SameLine();
    if (!s.responsibilities.empty() &&
        ImGui::BeginCombo("##addcol", tr(L, "+ actor als kolom", "+ actor as column"))) {
        for (const auto& a : s.actors) {
            if (involved.count(a.id))
                continue;
            if (ImGui::Selectable((a.name + "##c" + a.id).c_str())) {
                Responsibility after = s.responsibilities.front();
                after.assignments.push_back(
                    {a.id, false, false, false, true, ResponsibilityBasis::Unknown});
                d.execute(doc::set_responsibility(d.data(), s.id, after));
            }
        }
        ImGui::EndCombo();
    }
}

}  // namespace rk::gui
