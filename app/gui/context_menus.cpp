// Right-click menus of the canvas (issue 13): on an actor, on a relation and on empty canvas.
// Part of CanvasGestures; every choice is one command through Document::execute.
#include <imgui.h>

#include <algorithm>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "gui/canvas.hpp"
#include "gui/canvas_gestures.hpp"
#include "gui/panels.hpp"

namespace rk::gui {

using doc::tr;

namespace {

// A submenu with one radio item per enum value; the chosen value is written to `value`.
template <typename E>
bool enum_menu(const char* title, E& value, Language lang) {
    bool changed = false;
    if (!ImGui::BeginMenu(title))
        return false;
    for (const auto& e : entries<E>()) {
        const std::string text(lang == Language::Dutch ? e.dutch : e.english);
        if (ImGui::MenuItem(text.c_str(), nullptr, e.value == value)) {
            value = e.value;
            changed = true;
        }
    }
    ImGui::EndMenu();
    return changed;
}

}  // namespace

void CanvasGestures::draw_context_menus(CanvasContext& ctx, CanvasView& view) {
    const Scenario* s = ctx.doc.scenario();
    if (open_menu_) {
        open_menu_ = false;
        ImGui::OpenPopup(!menu_actor_.empty()
                             ? "##menu_actor"
                             : (!menu_relation_.empty() ? "##menu_relation" : "##menu_canvas"));
    }
    if (ImGui::BeginPopup("##menu_actor")) {
        if (const Actor* a = s->find_actor(menu_actor_)) {
            actor_menu(ctx, *s, *a);
        } else {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (ImGui::BeginPopup("##menu_relation")) {
        auto it = std::find_if(s->relations.begin(), s->relations.end(),
                               [&](const Relation& r) { return r.id == menu_relation_; });
        if (it != s->relations.end()) {
            relation_menu(ctx, *it);
        } else {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (ImGui::BeginPopup("##menu_canvas")) {
        if (ImGui::MenuItem(tr(ctx.lang, "Nieuwe actor hier", "New actor here"),
                            tr(ctx.lang, "N / dubbelklik", "N / double-click")))
            open_editor(menu_world_);
        if (ImGui::MenuItem(tr(ctx.lang, "Actoren plakken", "Paste actors"), "Ctrl+V")) {
            const doc::Vec2d keep = pointer_screen_;
            pointer_screen_ = view.world_to_screen(menu_world_);
            pointer_on_canvas_ = true;
            paste(ctx, view, ImGui::GetClipboardText());
            pointer_screen_ = keep;
        }
        if (ImGui::MenuItem(tr(ctx.lang, "Passend maken", "Fit to view"), "F"))
            view.fit();
        ImGui::EndPopup();
    }
}

void CanvasGestures::actor_menu(CanvasContext& ctx, const Scenario& s, const Actor& a) {
    const Language L = ctx.lang;
    ImGui::TextDisabled("%s", a.name.c_str());
    ImGui::Separator();
    Actor after = a;
    if (ImGui::MenuItem(tr(L, "Hernoemen", "Rename"))) {
        auto p = s.positions.find(a.id);
        open_editor(p != s.positions.end() ? doc::Vec2d{p->second.x, p->second.y} : menu_world_,
                    a.id);
        editor_text_ = a.name;
    }
    if (ImGui::BeginMenu(tr(L, "Rollen", "Roles"))) {
        for (const auto& e : entries<Role>()) {
            if (e.value == Role{})
                continue;  // "unknown" is no role to hold
            const bool has =
                std::find(after.roles.begin(), after.roles.end(), e.value) != after.roles.end();
            const std::string text(L == Language::Dutch ? e.dutch : e.english);
            if (ImGui::MenuItem(text.c_str(), nullptr, has)) {
                if (has) {
                    after.roles.erase(std::remove(after.roles.begin(), after.roles.end(), e.value),
                                      after.roles.end());
                } else {
                    after.roles.push_back(e.value);
                }
            }
        }
        ImGui::EndMenu();
    }
    enum_menu(tr(L, "Bestuurslaag", "Bestuurslaag (tier)"), after.bestuurslaag, L);
    enum_menu("Type", after.type, L);
    if (ImGui::BeginMenu(tr(L, "Groep", "Group"), !s.groups.empty() || !a.group.empty())) {
        if (ImGui::MenuItem(tr(L, "(geen)", "(none)"), nullptr, a.group.empty()))
            after.group.clear();
        for (const auto& g : s.groups) {
            if (ImGui::MenuItem((g.name.empty() ? g.id : g.name).c_str(), nullptr, a.group == g.id))
                after.group = g.id;
        }
        ImGui::EndMenu();
    }
    if (!(after == a)) {
        if (auto cmd = doc::set_actor(ctx.doc.data(), s.id, after))
            ctx.doc.execute(std::move(cmd));
    }
    auto pos = s.positions.find(a.id);
    const bool pinned = pos != s.positions.end() && pos->second.pinned;
    if (ImGui::MenuItem(tr(L, "Vastzetten", "Pin"), nullptr, pinned, pos != s.positions.end())) {
        Position p = pos->second;
        p.pinned = !pinned;
        ctx.doc.begin_group(pinned ? doc::bilingual("Losmaken", "Unpin")
                                   : doc::bilingual("Vastzetten", "Pin"));
        ctx.doc.execute(doc::move_actors(ctx.doc.data(), s.id, {{a.id, p}}));
        ctx.doc.end_group();
    }
    ImGui::Separator();
    // Reorganisation acts (issue 14): the App runs them as its registered actions.
    auto& sel = ctx.doc.selection();
    const bool in_selection = sel.has_actor(a.id) && sel.actors().size() >= 2;
    if (ImGui::MenuItem(tr(L, "Samenvoegen met de selectie (fusie)…", "Merge with the selection…"),
                        "M", false, in_selection))
        requested_action = "act_merge";
    auto act_on_this = [&](const char* nl, const char* en, const char* key, const char* id) {
        if (ImGui::MenuItem(tr(L, nl, en), key)) {
            sel.select_actor(a.id);
            requested_action = id;
        }
    };
    act_on_this("Splitsen…", "Split…", "S", "act_split");
    act_on_this("Nieuwe identiteit (hernoemd)…", "New identity (renamed)…", nullptr, "act_rename");
    act_on_this("Opheffen", "Dissolve", nullptr, "act_dissolve");
    ImGui::Separator();
    if (ImGui::MenuItem(tr(L, "Verwijderen", "Delete"), "Del")) {
        if (auto cmd = doc::remove_actor(ctx.doc.data(), s.id, a.id))
            ctx.doc.execute(std::move(cmd));
    }
}

void CanvasGestures::relation_menu(CanvasContext& ctx, const Relation& r) {
    const Language L = ctx.lang;
    const Scenario* s = ctx.doc.scenario();
    const Actor* a = s->find_actor(r.source);
    const Actor* b = s->find_actor(r.target);
    ImGui::TextDisabled("%s %s %s", a ? a->name.c_str() : r.source.c_str(), r.directed ? "→" : "—",
                        b ? b->name.c_str() : r.target.c_str());
    ImGui::Separator();
    Relation after = r;
    if (enum_menu(tr(L, "Laag", "Layer"), after.layer, L))
        last_layer_ = after.layer;
    if (ImGui::BeginMenu(tr(L, "Richting", "Direction"))) {
        if (ImGui::MenuItem(tr(L, "bron → doel", "source → target"), nullptr, r.directed))
            after.directed = true;
        if (ImGui::MenuItem(tr(L, "wederzijds", "mutual"), nullptr, !r.directed))
            after.directed = false;
        if (ImGui::MenuItem(tr(L, "omkeren", "reverse")))
            std::swap(after.source, after.target);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(L, "Gewicht", "Weight"))) {
        float w = float(r.weight);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        if (ImGui::SliderFloat("##weight", &w, 0.f, 10.f, "%.1f"))
            after.weight = std::round(double(w) * 10) / 10;
        widgets::group_item(ctx.doc, doc::bilingual("Gewicht wijzigen", "Change weight").c_str());
        ImGui::EndMenu();
    }
    if (!(after == r)) {
        if (auto cmd = doc::set_relation(ctx.doc.data(), s->id, after))
            ctx.doc.execute(std::move(cmd));
        if (after.layer == Layer::Directs && !s->view.regie_overlay) {
            ViewSettings v = ctx.doc.scenario()->view;
            v.regie_overlay = true;
            if (auto vc = doc::set_view_settings(ctx.doc.data(), s->id, v))
                ctx.doc.execute(std::move(vc));
        }
    }
    ImGui::Separator();
    if (ImGui::MenuItem(tr(L, "Verwijderen", "Delete"), "Del")) {
        if (auto cmd = doc::remove_relation(ctx.doc.data(), s->id, r.id))
            ctx.doc.execute(std::move(cmd));
    }
}

}  // namespace rk::gui
