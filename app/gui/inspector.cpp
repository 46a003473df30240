// The inspector: every attribute of the selected actor or relation, editable. Each widget
// edits a copy; a change becomes one set_actor / set_relation command.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "gui/canvas.hpp"
#include "gui/fit_text.hpp"
#include "gui/panels.hpp"

namespace rk::gui {

using doc::tr;

namespace {

// Label column on the left, widget filling the rest: readable at a glance in a meeting.
void field(const char* name) {
    ImGui::AlignTextToFramePadding();
    // A name longer than its column ends in "…" (issue 19), the whole name in a tooltip.
    const float column = ImGui::GetFontSize() * 9;
    const std::string shown = ellipsize(name, column - ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextUnformatted(shown.c_str());
    if (shown != name && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", name);
    ImGui::SameLine(column);
    ImGui::SetNextItemWidth(-1);
}

bool provenance_editor(doc::Document& d, std::vector<Provenance>& list, Language L) {
    bool changed = false;
    for (std::size_t i = 0; i < list.size(); ++i) {
        ImGui::PushID(int(i));
        auto& p = list[i];
        field(tr(L, "bron", "source"));
        changed |= widgets::text(d, "##src", p.source);
        field(tr(L, "vindplaats", "locator"));
        changed |= widgets::text(d, "##loc", p.locator);
        field(tr(L, "citaat", "quote"));
        changed |= widgets::text(d, "##quote", p.quote);
        if (ImGui::SmallButton(tr(L, "bron verwijderen", "remove source"))) {
            list.erase(list.begin() + std::ptrdiff_t(i));
            changed = true;
            ImGui::PopID();
            break;
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    if (ImGui::SmallButton(tr(L, "+ bron", "+ source"))) {
        list.push_back({});
        changed = true;
    }
    return changed;
}

}  // namespace

void InspectorView::Draw(UiContext& ui) {
    const Scenario* s = ui.doc.scenario();
    if (!s)
        return;
    const auto& sel = ui.doc.selection();
    // The lookups scan every actor or relation: only when something is selected.
    const std::string sole_actor = sel.sole_actor(), sole_relation = sel.sole_relation();
    const Actor* a = sole_actor.empty() ? nullptr : s->find_actor(sole_actor);
    const Relation* r = a || sole_relation.empty() ? nullptr : s->find_relation(sole_relation);
    if (a) {
        draw_actor(ui, *s, *a);
    } else if (r) {
        draw_relation(ui, *s, *r);
    } else if (sel.actors().size() > 1) {
        ImGui::Text(tr(ui.lang, "%zu actoren geselecteerd", "%zu actors selected"),
                    sel.actors().size());
        // One pass over the actors with a set lookup each, stopping at a readable number of
        // names: a box selection of thousands of actors must not cost seconds per frame.
        constexpr std::size_t kMaxListed = 200;
        std::size_t listed = 0;
        for (const Actor& m : s->actors) {
            if (listed == kMaxListed)
                break;
            if (!sel.has_actor(m.id))
                continue;
            ImGui::BulletText("%s", m.name.c_str());
            ++listed;
        }
        if (sel.actors().size() > listed) {
            ImGui::TextDisabled(tr(ui.lang, "... en %zu meer", "... and %zu more"),
                                sel.actors().size() - listed);
        }
    } else {
        ImGui::TextWrapped(
            "%s", tr(ui.lang, "Klik op een actor of relatie om die te bekijken en te bewerken.",
                     "Click an actor or relation to inspect and edit it."));
    }
}

void InspectorView::draw_actor(UiContext& ui, const Scenario& s, const Actor& actor) {
    doc::Document& d = ui.doc;
    const Language L = ui.lang;
    Actor a = actor;
    bool changed = false;
    ImGui::PushID(actor.id.c_str());
    ImGui::TextWrapped("%s", actor.name.c_str());
    ImGui::TextDisabled("id: %s", actor.id.c_str());
    ImGui::BeginChild("##actor_fields");
    if (ImGui::CollapsingHeader(tr(L, "Organisatie", "Organisation"),
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        field(tr(L, "naam", "name"));
        changed |= widgets::text(d, "##name", a.name);
        field(tr(L, "afkorting", "short name"));
        changed |= widgets::text(d, "##short", a.short_name);
        field("type");
        changed |= widgets::enum_combo("##type", a.type, L);
        field("bestuurslaag");
        changed |= widgets::enum_combo("##laag", a.bestuurslaag, L);
        field("sector");
        changed |= widgets::text(d, "##sector", a.sector);
        field("koker");
        changed |= widgets::text(d, "##koker", a.koker);
        field(tr(L, "moederorganisatie", "parent"));
        const Actor* parent = s.find_actor(a.parent);
        if (ImGui::BeginCombo("##parent", parent ? parent->name.c_str() : "—")) {
            if (ImGui::Selectable("—", a.parent.empty())) {
                a.parent.clear();
                changed = true;
            }
            for (const auto& o : s.actors) {
                if (o.id == a.id)
                    continue;
                if (ImGui::Selectable((o.name + "##p" + o.id).c_str(), o.id == a.parent)) {
                    a.parent = o.id;
                    changed = true;
                }
            }
            ImGui::EndCombo();
        }
        field(tr(L, "groep", "group"));
        const Group* grp = nullptr;
        for (const auto& g : s.groups) {
            if (g.id == a.group)
                grp = &g;
        }
        if (ImGui::BeginCombo(
                "##group", grp ? grp->name.c_str() : (a.group.empty() ? "—" : a.group.c_str()))) {
            if (ImGui::Selectable("—", a.group.empty())) {
                a.group.clear();
                changed = true;
            }
            for (const auto& g : s.groups) {
                if (ImGui::Selectable((g.name + "##g" + g.id).c_str(), g.id == a.group)) {
                    a.group = g.id;
                    changed = true;
                }
            }
            ImGui::EndCombo();
        }
        field(tr(L, "deelname", "participation"));
        changed |= widgets::enum_combo("##part", a.participation, L);
    }
    if (ImGui::CollapsingHeader(tr(L, "Rollen in de casus", "Roles in the case"),
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        int col = 0;
        // Two columns; a role's name too long for its column ends in "…" (issue 19).
        const float half = ImGui::GetContentRegionAvail().x * 0.5f;
        const float label_w = half - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x -
                              ImGui::GetStyle().ItemInnerSpacing.x;
        for (const auto& e : entries<Role>()) {
            bool has = std::find(a.roles.begin(), a.roles.end(), e.value) != a.roles.end();
            if (col++ % 2)
                ImGui::SameLine(half + ImGui::GetStyle().WindowPadding.x);
            const std::string name(L == Language::Dutch ? e.dutch : e.english);
            const std::string shown = ellipsize(name, label_w);
            const bool clicked = ImGui::Checkbox((shown + "##" + name).c_str(), &has);
            if (shown != name && ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", name.c_str());
            if (clicked) {
                if (has) {
                    a.roles.push_back(e.value);
                } else {
                    std::erase(a.roles, e.value);
                }
                changed = true;
            }
        }
    }
    if (ImGui::CollapsingHeader(tr(L, "Mandaat en macht", "Mandate and power"),
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        field(tr(L, "beslismandaat", "decision mandate"));
        changed |= widgets::enum_combo("##mandate", a.mandate.decision, L);
        field("doorzettingsmacht");
        changed |= widgets::tri_state("##dzm", a.mandate.doorzettingsmacht, L);
        if (L == Language::English && ImGui::IsItemHovered())
            ImGui::SetTooltip("power to push a decision through");
        field(tr(L, "committeringskracht", "commitment power"));
        changed |= widgets::tri_state("##commit", a.mandate.commitment_power, L);
        field("productiemacht");
        changed |= widgets::enum_combo("##prod", a.power.production, L);
        field("blokkeermacht");
        changed |= widgets::enum_combo("##block", a.power.blocking, L);
        field(tr(L, "houding", "stance"));
        changed |= widgets::enum_combo("##stance", a.stance, L);
        field(tr(L, "belang", "interest"));
        changed |= widgets::enum_combo("##interest", a.interest, L);
        field(tr(L, "participatieladder", "participation ladder"));
        changed |= widgets::enum_combo("##ladder", a.ladder_step, L);
    }
    if (ImGui::CollapsingHeader(tr(L, "Notities en bronnen", "Notes and sources"))) {
        changed |= widgets::text(d, "##notes", a.notes, true);
        field(tr(L, "betrouwbaarheid", "confidence"));
        changed |= widgets::enum_combo("##conf", a.confidence, L);
        changed |= provenance_editor(d, a.provenance, L);
    }
    if (ImGui::CollapsingHeader(tr(L, "Relaties", "Relations"), ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const auto& r : s.relations) {
            if (r.source != a.id && r.target != a.id)
                continue;
            const bool out = r.source == a.id;
            const Actor* other = s.find_actor(out ? r.target : r.source);
            const std::string text = std::string(out ? "→ " : "← ") +
                                     std::string(label(r.layer, L)) + ": " +
                                     (other ? other->name : std::string("?")) + "##" + r.id;
            if (ImGui::Selectable(text.c_str()))
                d.selection().select_relation(r.id);
        }
        // New relation from this actor.
        ImGui::Spacing();
        const Actor* target = s.find_actor(new_relation_target);
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
        if (ImGui::BeginCombo("##newtarget",
                              target ? target->name.c_str() : tr(L, "naar…", "to…"))) {
            for (const auto& o : s.actors) {
                if (o.id != a.id && ImGui::Selectable((o.name + "##t" + o.id).c_str()))
                    new_relation_target = o.id;
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
        const auto layers = entries<Layer>();
        new_relation_layer = std::clamp(new_relation_layer, 0, int(layers.size()) - 1);
        if (ImGui::BeginCombo("##newlayer",
                              std::string(L == Language::Dutch ? layers[new_relation_layer].dutch
                                                               : layers[new_relation_layer].english)
                                  .c_str())) {
            for (int i = 0; i < int(layers.size()); ++i) {
                if (ImGui::Selectable(
                        std::string(L == Language::Dutch ? layers[i].dutch : layers[i].english)
                            .c_str())) {
                    new_relation_layer = i;
                }
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(L, "+ relatie", "+ relation")) && target) {
            Relation r;
            r.id = doc::fresh_relation_id(d.data());
            r.source = a.id;
            r.target = target->id;
            r.layer = layers[new_relation_layer].value;
            r.directed = r.layer == Layer::Directs || r.layer == Layer::Funding ||
                         r.layer == Layer::Supervision || r.layer == Layer::Commission ||
                         r.layer == Layer::FormalAuthority;
            d.execute(doc::add_relation(d.data(), s.id, r));
        }
    }
    ImGui::Spacing();
    if (ImGui::Button(tr(L, "Actor verwijderen", "Remove actor"))) {
        ImGui::EndChild();
        ImGui::PopID();
        d.execute(doc::remove_actor(d.data(), s.id, actor.id));
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(L, "Toon in beeld", "Show on canvas")))
        ui.intents.fly_to = actor.id;
    ImGui::EndChild();
    ImGui::PopID();
    if (changed)
        d.execute(doc::set_actor(d.data(), s.id, a));
}

void InspectorView::draw_relation(UiContext& ui, const Scenario& s, const Relation& rel) {
    doc::Document& d = ui.doc;
    const Language L = ui.lang;
    Relation r = rel;
    bool changed = false;
    ImGui::PushID(rel.id.c_str());
    const Actor* src = s.find_actor(r.source);
    const Actor* tgt = s.find_actor(r.target);
    ImGui::TextWrapped("%s %s %s", src ? src->name.c_str() : "?", r.directed ? "→" : "—",
                       tgt ? tgt->name.c_str() : "?");
    ImGui::TextDisabled("id: %s", rel.id.c_str());
    ImGui::BeginChild("##relation_fields");
    auto actor_combo = [&](const char* id, std::string& value) {
        const Actor* cur = s.find_actor(value);
        if (ImGui::BeginCombo(id, cur ? cur->name.c_str() : "?")) {
            for (const auto& o : s.actors) {
                if (ImGui::Selectable((o.name + "##" + o.id).c_str(), o.id == value)) {
                    value = o.id;
                    changed = true;
                }
            }
            ImGui::EndCombo();
        }
    };
    field(tr(L, "van", "from"));
    actor_combo("##src", r.source);
    field(tr(L, "naar", "to"));
    actor_combo("##tgt", r.target);
    field(tr(L, "laag", "layer"));
    changed |= widgets::enum_combo("##layer", r.layer, L);
    field(tr(L, "gericht", "directed"));
    changed |= ImGui::Checkbox("##dir", &r.directed);
    field(tr(L, "gewicht", "weight"));
    float w = float(r.weight);
    if (ImGui::DragFloat("##w", &w, 0.05f, 0.f, 100.f, "%.2f")) {
        r.weight = std::round(double(w) * 100) / 100;
        changed = true;
    }
    widgets::group_item(d, doc::bilingual("Gewicht wijzigen", "Change weight").c_str());
    if (r.layer == Layer::Directs) {
        ImGui::Separator();
        ImGui::TextDisabled("%s", tr(L, "Regie (stuurt aan)", "Regie (directs)"));
        field(tr(L, "soort regie", "kind of regie"));
        changed |= widgets::enum_combo("##kind", r.regie_kind, L);
        field(tr(L, "doel (waarvoor)", "goal (what for)"));
        changed |= widgets::text(d, "##goal", r.details->goal);
        ImGui::TextUnformatted(tr(L, "middelen (waarmee)", "means (by what)"));
        for (const auto& e : entries<Means>()) {
            bool has = std::find(r.details->means.begin(), r.details->means.end(), e.value) !=
                       r.details->means.end();
            if (ImGui::Checkbox(std::string(L == Language::Dutch ? e.dutch : e.english).c_str(),
                                &has)) {
                if (has) {
                    r.details->means.push_back(e.value);
                } else {
                    std::erase(r.details->means, e.value);
                }
                changed = true;
            }
        }
    }
    field(tr(L, "niveau", "level"));
    changed |= widgets::enum_combo("##level", r.level, L);
    field(tr(L, "formaliteit", "formality"));
    changed |= widgets::enum_combo("##formal", r.formality, L);
    field(tr(L, "geldig vanaf", "valid from"));
    changed |= widgets::text(d, "##from", r.details->valid_from);
    field(tr(L, "geldig tot", "valid to"));
    changed |= widgets::text(d, "##to", r.details->valid_to);
    if (ImGui::CollapsingHeader(tr(L, "Notities en bronnen", "Notes and sources"))) {
        changed |= widgets::text(d, "##notes", r.details->notes, true);
        changed |= provenance_editor(d, r.details->provenance, L);
    }
    ImGui::Spacing();
    if (ImGui::Button(tr(L, "Relatie verwijderen", "Remove relation"))) {
        ImGui::EndChild();
        ImGui::PopID();
        d.execute(doc::remove_relation(d.data(), s.id, rel.id));
        return;
    }
    ImGui::EndChild();
    ImGui::PopID();
    if (changed)
        d.execute(doc::set_relation(d.data(), s.id, r));
}

}  // namespace rk::gui
