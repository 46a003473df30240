#include "gui/canvas_gestures.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "doc/actor_list.hpp"
#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "doc/map_building.hpp"
#include "gui/canvas.hpp"
#include "gui/panels.hpp"

namespace rk::gui {

using doc::tr;

namespace {

constexpr double kHandleGapPx = 9;     // rim handle centre beyond the node's rim
constexpr double kHandleRadiusPx = 5;  // drawn size; the grab area is a little larger
constexpr double kNextActorPx = 150;   // Tab: the next actor this far to the right

bool near(doc::Vec2d a, doc::Vec2d b, double px) {
    return std::hypot(a.x - b.x, a.y - b.y) <= px;
}

ImVec2 im(doc::Vec2d v) {
    return ImVec2(float(v.x), float(v.y));
}

int complete_on_tab(ImGuiInputTextCallbackData* data) {
    *static_cast<bool*>(data->UserData) = true;  // Tab: commit and open the next one
    return 0;
}

}  // namespace

doc::Vec2d CanvasGestures::pointer_or_centre(CanvasView& view) const {
    if (pointer_on_canvas_)
        return view.screen_to_world(pointer_screen_);
    const doc::Vec2d o = view.view_origin(), s = view.view_size();
    return view.screen_to_world({o.x + s.x / 2, o.y + s.y / 2});
}

void CanvasGestures::new_actor_at_pointer(CanvasView& view) {
    open_editor(pointer_or_centre(view));
}

void CanvasGestures::toggle_relation_mode() {
    relation_mode_ = !relation_mode_;
    source_.clear();
}

void CanvasGestures::open_editor(doc::Vec2d world, std::string rename_id) {
    editor_open_ = true;
    editor_focus_ = true;
    ++editor_serial_;
    editor_tab_ = false;
    editor_world_ = world;
    editor_rename_ = std::move(rename_id);
    editor_text_.clear();
}

std::string CanvasGestures::paste(CanvasContext& ctx, CanvasView& view, const char* text) {
    if (!text || !ctx.doc.scenario())
        return {};
    const doc::ActorList list = doc::parse_actor_list(text);
    // Grid cells a comfortable label's width apart on screen, whatever the zoom.
    const double spacing = 130 / std::max(view.zoom(), 1e-6);
    const auto ids = doc::paste_actors(ctx.doc, list.actors, pointer_or_centre(view), spacing);
    std::string msg =
        std::to_string(ids.size()) + tr(ctx.lang, " actoren geplakt", " actors pasted");
    if (!list.warnings.empty())
        msg += " · " + std::string(doc::pick(list.warnings.front(), ctx.lang));
    return msg;
}

bool CanvasGestures::handle_input(CanvasContext& ctx, CanvasView& view, bool canvas_hovered) {
    const ImGuiIO& io = ImGui::GetIO();
    pointer_screen_ = {io.MousePos.x, io.MousePos.y};
    pointer_on_canvas_ = canvas_hovered;
    const Scenario* s = ctx.doc.scenario();
    if (!s)
        return false;
    if (relation_mode_ && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) &&
        !editor_open_) {
        relation_mode_ = false;
        source_.clear();
    }

    // Right click without movement: a context menu for what is under the pointer (a drag
    // with the right button keeps panning the canvas).
    if (canvas_hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Right) &&
        io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Right] < 16) {
        menu_actor_ = view.actor_at(pointer_screen_);
        menu_relation_ =
            menu_actor_.empty() ? view.relation_at(*s, pointer_screen_) : std::string{};
        menu_world_ = view.screen_to_world(pointer_screen_);
        open_menu_ = true;
    }

    // Dragging from the rim handle: released over another actor makes a relation.
    if (rim_drag_) {
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
            rim_drag_ = false;
            const std::string target = view.actor_at(pointer_screen_);
            if (!target.empty() && target != rim_actor_)
                finish_relation(ctx, rim_actor_, target);
        }
        return true;
    }
    if (!canvas_hovered)
        return false;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        open_relation_popup_ = false;

    // The rim handle of the actor under (or just beside) the pointer.
    const std::string under = view.actor_at(pointer_screen_);
    if (!relation_mode_ && !under.empty())
        rim_actor_ = under;
    if (!rim_actor_.empty()) {
        auto c = view.actor_on_screen(rim_actor_);
        const double r = view.actor_radius_px(rim_actor_);
        if (!c || relation_mode_ || !near(*c, pointer_screen_, r + 2 * kHandleGapPx + 6)) {
            rim_actor_.clear();
        } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
                   near({c->x + r + kHandleGapPx, c->y}, pointer_screen_, kHandleRadiusPx + 3)) {
            rim_drag_ = true;
            return true;
        }
    }

    if (relation_mode_) {
        if (!ImGui::IsMouseClicked(ImGuiMouseButton_Left))
            return ImGui::IsMouseDown(ImGuiMouseButton_Left);
        if (under.empty()) {
            source_.clear();
        } else if (source_.empty()) {
            source_ = under;
        } else if (under != source_) {
            finish_relation(ctx, source_, under);
            source_.clear();
        }
        return true;
    }

    // Double-click on empty canvas: a new actor there. Counted here as two clicks within
    // 0.6 seconds and a few pixels, besides ImGui's own test (0.3 s between the frames
    // that saw the clicks), which a slow frame, as under software OpenGL, can miss.
    bool double_click = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        const double now = ImGui::GetTime();
        double_click |= now - last_click_time_ < 0.6 && near(last_click_, pointer_screen_, 6);
        last_click_time_ = double_click ? -1.0 : now;
        last_click_ = pointer_screen_;
    }
    if (double_click && under.empty() && view.relation_at(*s, pointer_screen_).empty()) {
        open_editor(view.screen_to_world(pointer_screen_));
        return true;
    }
    return false;
}

void CanvasGestures::finish_relation(CanvasContext& ctx, const std::string& source,
                                     const std::string& target) {
    const Scenario* s = ctx.doc.scenario();
    auto cmd = doc::draw_relation(ctx.doc.data(), s->id, source, target, last_layer_);
    if (!cmd)
        return;
    const std::string id = doc::fresh_relation_id(ctx.doc.data());
    ctx.doc.begin_group(doc::bilingual("Relatie tekenen", "Draw relation"));
    ctx.doc.execute(std::move(cmd));
    // A drawn relation must be seen: its layer is shown (and the regie overlay for directs).
    ViewSettings v = s->view;
    if (last_layer_ == Layer::Directs)
        v.regie_overlay = true;
    if (!v.visible_layers.empty() && std::find(v.visible_layers.begin(), v.visible_layers.end(),
                                               last_layer_) == v.visible_layers.end()) {
        v.visible_layers.push_back(last_layer_);
    }
    if (auto vc = doc::set_view_settings(ctx.doc.data(), s->id, v))
        ctx.doc.execute(std::move(vc));
    ctx.doc.end_group();
    ctx.doc.selection().select_relation(id);
    new_relation_ = id;
    open_relation_popup_ = true;
}

void CanvasGestures::draw(CanvasContext& ctx, CanvasView& view, ImDrawList* dl) {
    const Scenario* s = ctx.doc.scenario();
    if (!s)
        return;
    const ImU32 accent = IM_COL32(0, 110, 230, 255);
    // Rubber band from the chosen source (R mode) or the rim handle to the pointer.
    const std::string& from = rim_drag_ ? rim_actor_ : source_;
    if (!from.empty()) {
        if (auto c = view.actor_on_screen(from)) {
            dl->AddLine(im(*c), im(pointer_screen_), accent, 2.5f);
            dl->AddCircle(im(*c), float(view.actor_radius_px(from) + 4), accent, 0, 2.5f);
        }
    }
    if (!rim_drag_ && !relation_mode_)
        draw_rim_handle(view, dl);
    if (relation_mode_) {
        if (pointer_on_canvas_)
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const std::string hint =
            std::string(tr(ctx.lang, "Relatiemodus: klik de bron, dan het doel  ·  laag: ",
                           "Relation mode: click the source, then the target  ·  layer: ")) +
            std::string(label(last_layer_, ctx.lang)) +
            tr(ctx.lang, "  ·  R of Esc: stoppen", "  ·  R or Esc: stop");
        const doc::Vec2d o = view.view_origin(), sz = view.view_size();
        const ImVec2 ts = ImGui::CalcTextSize(hint.c_str());
        const ImVec2 p(float(o.x + (sz.x - ts.x) / 2),
                       float(o.y + ts.y * 2 + 24));  // below the banner
        dl->AddRectFilled(ImVec2(p.x - 10, p.y - 5), ImVec2(p.x + ts.x + 10, p.y + ts.y + 5),
                          accent, 6.f);
        dl->AddText(p, IM_COL32(255, 255, 255, 255), hint.c_str());
    }
    draw_editor(ctx, view);
    draw_relation_popup(ctx, view);
    draw_context_menus(ctx, view);
}

void CanvasGestures::draw_rim_handle(CanvasView& view, ImDrawList* dl) {
    if (rim_actor_.empty())
        return;
    auto c = view.actor_on_screen(rim_actor_);
    if (!c)
        return;
    const double r = view.actor_radius_px(rim_actor_);
    const ImVec2 h(float(c->x + r + kHandleGapPx), float(c->y));
    const bool over = near({h.x, h.y}, pointer_screen_, kHandleRadiusPx + 3);
    dl->AddLine(ImVec2(float(c->x + r), h.y), h, IM_COL32(0, 110, 230, 200), 2.f);
    dl->AddCircleFilled(h, float(kHandleRadiusPx + (over ? 2 : 0)), IM_COL32(0, 110, 230, 255));
    dl->AddCircle(h, float(kHandleRadiusPx + (over ? 2 : 0)), IM_COL32(255, 255, 255, 255), 0,
                  1.5f);
    if (over)
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

void CanvasGestures::draw_editor(CanvasContext& ctx, CanvasView& view) {
    if (!editor_open_)
        return;
    // The field sits where the node's label will be, as a small window of its own so it
    // takes the keyboard without fighting the canvas for the mouse.
    const doc::Vec2d at = view.world_to_screen(editor_world_);
    const float w = ImGui::GetFontSize() * 14;
    ImGui::SetNextWindowPos(ImVec2(float(at.x) - w / 2, float(at.y) + 18));
    ImGui::SetNextWindowSize(ImVec2(w + 16, 0));
    if (editor_focus_)
        ImGui::SetNextWindowFocus();
    ImGui::Begin("##inline_name", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize);
    if (editor_rename_.empty()) {
        // A ghost of the node to come, so the room sees where it lands.
        ImGui::GetForegroundDrawList()->AddCircle(im(at), 14.f * float(view.zoom()),
                                                  IM_COL32(0, 110, 230, 255), 0, 2.f);
    }
    // Asked again every frame until the field has the keyboard: a request can be lost to
    // the click that opened it (seen under Xvfb).
    if (editor_focus_)
        ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(w);
    ImGui::PushID(editor_serial_);
    const bool enter = ImGui::InputTextWithHint(
        "##name", tr(ctx.lang, "naam, Enter / Tab / Esc", "name, Enter / Tab / Esc"), &editor_text_,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackCompletion,
        complete_on_tab, &editor_tab_);
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (ImGui::IsItemActive())
        editor_focus_ = false;
    const bool left = ImGui::IsItemDeactivated();
    ImGui::PopID();
    ImGui::End();
    if (escape) {
        editor_open_ = false;  // nothing was added: no step to undo
    } else if (editor_tab_) {
        editor_tab_ = false;
        const doc::Vec2d next{editor_world_.x + kNextActorPx / std::max(view.zoom(), 1e-6),
                              editor_world_.y};
        commit_editor(ctx);
        if (editor_rename_.empty())
            open_editor(next);
    } else if (enter || left) {
        commit_editor(ctx);
    }
}

void CanvasGestures::commit_editor(CanvasContext& ctx) {
    editor_open_ = false;
    const Scenario* s = ctx.doc.scenario();
    std::string name = editor_text_;
    while (!name.empty() && name.back() == ' ')
        name.pop_back();
    if (!s || name.empty())
        return;
    if (!editor_rename_.empty()) {
        if (const Actor* a = s->find_actor(editor_rename_)) {
            Actor after = *a;
            after.name = name;
            if (auto cmd = doc::set_actor(ctx.doc.data(), s->id, after))
                ctx.doc.execute(std::move(cmd));
        }
        return;
    }
    const std::string id = doc::actor_id_for_name(ctx.doc.data(), name);
    if (auto cmd = doc::add_actor_at(ctx.doc.data(), s->id, name,
                                     Position{editor_world_.x, editor_world_.y, false})) {
        ctx.doc.execute(std::move(cmd));
        ctx.doc.selection().select_actor(id);
    }
}

void CanvasGestures::draw_relation_popup(CanvasContext& ctx, CanvasView& view) {
    // A small window beside the new relation rather than a modal popup: the next click on
    // the canvas (the next relation's source) works at once and closes it.
    if (!open_relation_popup_)
        return;
    const Scenario* s = ctx.doc.scenario();
    const Relation* r = nullptr;
    for (const auto& x : s->relations) {
        if (x.id == new_relation_)
            r = &x;
    }
    auto a = r ? view.actor_on_screen(r->source) : std::nullopt;
    auto b = r ? view.actor_on_screen(r->target) : std::nullopt;
    if (!a || !b || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        open_relation_popup_ = false;
        return;
    }
    ImGui::SetNextWindowPos(ImVec2(float((a->x + b->x) / 2 + 14), float((a->y + b->y) / 2 + 14)));
    ImGui::Begin("##new_relation", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoMove);
    Relation after = *r;
    ImGui::TextDisabled("%s", tr(ctx.lang, "Nieuwe relatie: laag", "New relation: layer"));
    int column = 0;
    for (const auto& e : entries<Layer>()) {
        const std::string text(ctx.lang == Language::Dutch ? e.dutch : e.english);
        if (column++ % 2 == 1)
            ImGui::SameLine(ImGui::GetFontSize() * 9);
        if (ImGui::RadioButton(text.c_str(), after.layer == e.value)) {
            after.layer = e.value;
            after.directed = doc::layer_directed_by_default(e.value);
            last_layer_ = e.value;
        }
    }
    ImGui::Separator();
    if (ImGui::RadioButton(tr(ctx.lang, "bron → doel", "source → target"), after.directed))
        after.directed = true;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(ctx.lang, "wederzijds", "mutual"), !after.directed))
        after.directed = false;
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(ctx.lang, "omkeren", "reverse")))
        std::swap(after.source, after.target);
    ImGui::SameLine();
    const bool done = ImGui::SmallButton("OK");
    ImGui::End();
    if (!(after == *r)) {
        ctx.doc.begin_group(doc::bilingual("Relatie bewerken", "Edit relation"));
        if (auto cmd = doc::set_relation(ctx.doc.data(), s->id, after))
            ctx.doc.execute(std::move(cmd));
        if (after.layer == Layer::Directs && !s->view.regie_overlay) {
            ViewSettings v = s->view;
            v.regie_overlay = true;
            if (auto vc = doc::set_view_settings(ctx.doc.data(), s->id, v))
                ctx.doc.execute(std::move(vc));
        }
        ctx.doc.end_group();
    }
    if (done)
        open_relation_popup_ = false;
}

}  // namespace rk::gui
