// The lineage editor of the comparison window: who became whom between the two scenarios.
// Lists the case's links for the pair (kind, actors before, actors after), lets a person add
// a link, change its kind, add or remove actors on either side and delete it, each as one
// undoable command (edits.hpp), and shows compare::check_lineage's problems under the link
// they concern. Without stored links it shows the proposed matching for approval.
#include <algorithm>
#include <map>
#include <optional>

#include "compare/compare.hpp"
#include "doc/comparison_state.hpp"
#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "gui/compare_text.hpp"
#include "gui/compare_view.hpp"

namespace rk::gui {

using doc::tr;

namespace {

std::string names(const Scenario* s, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        const Actor* a = s ? s->find_actor(id) : nullptr;
        out += (out.empty() ? "" : ", ") + (a ? actor_text(*a) : id);
    }
    return out.empty() ? "-" : out;
}

// The read-only proposal (matching by id, then name) with its approve button.
void draw_proposal(UiContext& ui, const compare::ComparisonResult* r, const Scenario* before,
                   const Scenario* after) {
    const Language L = ui.lang;
    ImGui::TextWrapped("%s", tr(L,
                                "De casus heeft geen herkomst voor dit paar. Voorgesteld (op id en "
                                "naam); keur het goed om het te bewerken.",
                                "The case has no lineage for this pair. Proposed (by id and name); "
                                "approve it to edit it."));
    if (!r || !r->lineage_proposed)
        return;
    if (ImGui::Button(tr(L, "Voorgestelde koppeling goedkeuren", "Approve proposed matching"))) {
        if (auto cmd = doc::approve_lineage(ui.doc.data(), r->lineage))
            ui.doc.execute(std::move(cmd));
    }
    if (!ImGui::BeginTable("##proposal", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit))
        return;
    for (const auto& p : r->lineage) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(label(p.link.kind, L)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(names(before, p.link.from_actors).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(("-> " + names(after, p.link.to_actors)).c_str());
    }
    ImGui::EndTable();
}

// The actors of one side of a link as small buttons (click removes), then a "+" menu of the
// scenario's other actors. Returns the changed link, or nothing.
std::optional<LineageLink> edit_side(const LineageLink& l, bool before_side, const Scenario& s,
                                     Language lang) {
    std::optional<LineageLink> changed;
    const auto& side = before_side ? l.from_actors : l.to_actors;
    for (const auto& id : side) {
        const Actor* a = s.find_actor(id);
        ImGui::PushID(id.c_str());
        if (ImGui::SmallButton(((a ? actor_text(*a) : id) + " x").c_str()))
            changed = doc::without_actor(l, before_side, id);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(lang, "Klik om te verwijderen", "Click to remove"));
        ImGui::PopID();
        ImGui::SameLine();
    }
    const bool side_allowed =
        before_side ? l.kind != LineageKind::New : l.kind != LineageKind::Dissolved;
    if (!side_allowed) {
        ImGui::NewLine();
        return changed;
    }
    ImGui::SetNextItemWidth(ImGui::GetFrameHeight() * 1.6f);
    if (ImGui::BeginCombo("##add", "+",
                          ImGuiComboFlags_NoArrowButton | ImGuiComboFlags_HeightLarge)) {
        for (const auto& a : s.actors) {
            if (std::find(side.begin(), side.end(), a.id) != side.end())
                continue;
            if (ImGui::Selectable((actor_text(a) + "##" + a.id).c_str()))
                changed = doc::with_actor(l, before_side, a.id);
        }
        ImGui::EndCombo();
    }
    return changed;
}

}  // namespace

void CompareView::draw_lineage(UiContext& ui) {
    const Language L = ui.lang;
    const Case& c = ui.doc.data();
    const Scenario* before = c.find_scenario(before_id);
    const Scenario* after = c.find_scenario(after_id);
    if (!before || !after)
        return;
    ImGui::TextUnformatted(tr(L, "Herkomst (wie werd wie)", "Lineage (who became whom)"));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(L, "+ koppeling", "+ link")))
        ui.doc.execute(doc::add_lineage_link(c, doc::new_lineage_link(c, before_id, after_id)));
    const auto links = doc::links_between(c, before_id, after_id);
    if (links.empty()) {
        draw_proposal(ui, result_.get(), before, after);
        return;
    }
    std::map<std::string, std::vector<std::string>> issues;
    for (const auto& i : compare::check_lineage(*before, *after, links))
        issues[i.link_id].push_back(L == Language::Dutch ? i.message_nl : i.message_en);

    const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                               ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##lineage", 4, tf))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(L, "Soort", "Kind"), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn(tr(L, "Voor", "Before"));
    ImGui::TableSetupColumn(tr(L, "Na", "After"));
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
    ImGui::TableHeadersRow();
    std::optional<LineageLink> changed;
    std::string removed;
    for (const auto& l : links) {
        ImGui::PushID(l.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##kind", std::string(label(l.kind, L)).c_str())) {
            for (const auto& e : entries<LineageKind>())
                if (ImGui::Selectable(std::string(label(e.value, L)).c_str(), e.value == l.kind))
                    changed = doc::with_kind(l, e.value);
            ImGui::EndCombo();
        }
        ImGui::TableNextColumn();
        ImGui::PushID(0);
        if (auto x = edit_side(l, true, *before, L))
            changed = x;
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::PushID(1);
        if (auto x = edit_side(l, false, *after, L))
            changed = x;
        ImGui::PopID();
        ImGui::TableNextColumn();
        if (ImGui::SmallButton("x"))
            removed = l.id;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(L, "Koppeling verwijderen", "Delete link"));
        if (auto it = issues.find(l.id); it != issues.end()) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(1);
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.1f, 0.1f, 1));
            for (const auto& m : it->second)
                ImGui::TextWrapped("! %s", m.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    // After drawing, so that the links drawn this frame stay the ones edited.
    if (changed)
        ui.doc.execute(doc::set_lineage_link(c, std::move(*changed)));
    if (!removed.empty())
        ui.doc.execute(doc::remove_lineage_link(ui.doc.data(), removed));
}

}  // namespace rk::gui
