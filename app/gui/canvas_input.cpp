// The canvas input: pan, zoom, hover, click and box selection, dragging actors.
#include "gui/canvas.hpp"
#include "gui/canvas_detail.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "doc/label_fit.hpp"
#include "gui/agreement_hubs.hpp"
#include "gui/presentation.hpp"

namespace rk::gui {

using namespace canvas_detail;

void CanvasView::handle_input(CanvasContext& ctx, const Scenario& s, ImVec2 origin, ImVec2 size) {
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##canvas", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    ImGuiIO& io = ImGui::GetIO();
    const doc::Vec2d mouse{io.MousePos.x, io.MousePos.y};
    const doc::Vec2d mouse_world = to_world(mouse);

    // Hover: nearest node under the cursor (nodes keep a minimum size on screen).
    int hover = -1;
    if (hovered && drag_ == Drag::None) {
        hover = grid_.pick(mouse_world, 1.0, (kMinNodePx + 3.0) / cam_.zoom);
    }
    if (drag_ == Drag::None)
        set_hovered(hover);
    // Building the map (canvas_gestures.cpp) goes first: a click it takes is not a selection.
    const bool gesture = gestures_.handle_input(ctx, *this, hovered);

    if (hovered && io.MouseWheel != 0) {
        cam_.zoom_at(mouse, std::pow(1.15, double(io.MouseWheel)), origin_, size_);
        flying_ = false;
    }

    auto& sel = ctx.doc.selection();
    if (hovered && !gesture && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        drag_start_world_ = mouse_world;
        drag_moved_ = false;
        drag_delta_ = {0, 0};
        if (hover >= 0) {
            const DisplayNode& n = nodes_[hover];
            if (n.actor >= 0) {
                const std::string& id = s.actors[n.actor].id;
                if (io.KeyCtrl) {
                    sel.toggle_actor(id);
                } else if (!sel.has_actor(id)) {
                    sel.select_actor(id, io.KeyShift);
                }
                drag_ = Drag::Nodes;
                drag_origin_.clear();
                for (const auto& sid : sel.actors()) {
                    auto it = actor_index_.find(sid);
                    if (it == actor_index_.end() || display_of_actor_[it->second] < 0)
                        continue;
                    const auto& dn = nodes_[display_of_actor_[it->second]];
                    if (dn.actor < 0)
                        continue;
                    drag_origin_.emplace_back(sid, dn.pos);
                }
            } else {
                drag_ = Drag::None;
            }
        } else if (const int e = pick_edge(mouse_world); e >= 0 && edges_[e].relation >= 0) {
            // Nodes come first; then a relation within a few pixels of the click.
            sel.select_relation(s.relations[edges_[e].relation].id, io.KeyShift || io.KeyCtrl);
            drag_ = Drag::None;
        } else {
            drag_ = Drag::Box;
            box_start_ = box_end_ = mouse;
        }
    }
    if (hovered && !gesture && hover >= 0 && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) &&
        nodes_[hover].actor < 0) {
        // Double-click on a collapsed group expands it.
        for (const auto& g : s.groups) {
            if (g.id == nodes_[hover].group) {
                Group after = g;
                after.collapsed = false;
                ctx.doc.execute(doc::set_group(ctx.doc.data(), s.id, after));
            }
        }
    }
    if (active && (ImGui::IsMouseDragging(ImGuiMouseButton_Right) ||
                   ImGui::IsMouseDragging(ImGuiMouseButton_Middle))) {
        cam_.pan_pixels(io.MouseDelta.x, io.MouseDelta.y);
        flying_ = false;
    }
    if (drag_ == Drag::Nodes && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.f) &&
        !drag_origin_.empty()) {
        drag_moved_ = true;
        const double dx = mouse_world.x - drag_start_world_.x,
                     dy = mouse_world.y - drag_start_world_.y;
        if (dx != drag_delta_.x || dy != drag_delta_.y) {
            drag_delta_ = {dx, dy};
            drag_now_.clear();
            for (const auto& [id, p0] : drag_origin_) {
                auto it = actor_index_.find(id);
                if (it != actor_index_.end())
                    drag_now_.emplace_back(it->second, doc::Vec2d{p0.x + dx, p0.y + dy});
                if (on_node_drag_)
                    on_node_drag_(id, p0.x + dx, p0.y + dy);
            }
            live_dirty_ = true;
        }
    }
    if (drag_ == Drag::Box)
        box_end_ = mouse;
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        if (drag_ == Drag::Nodes && drag_moved_) {
            commit_drag(ctx, s);
            if (on_node_drag_end_)
                on_node_drag_end_();
        }
        if (drag_ == Drag::Box) {
            const double dist = std::hypot(box_end_.x - box_start_.x, box_end_.y - box_start_.y);
            if (dist < 3) {
                if (!io.KeyShift && !io.KeyCtrl)
                    sel.clear();
            } else {
                if (!io.KeyShift)
                    sel.clear();
                for (int i : grid_.in_box(to_world(box_start_), to_world(box_end_))) {
                    if (nodes_[i].actor >= 0)
                        sel.select_actor(s.actors[nodes_[i].actor].id, true);
                }
            }
        }
        drag_ = Drag::None;
        drag_origin_.clear();
    }

    if (hovered_ >= 0 && drag_ == Drag::None && !gestures_.busy()) {
        const DisplayNode& n = nodes_[hovered_];
        ImGui::BeginTooltip();
        if (n.actor >= 0) {
            const Actor& a = s.actors[n.actor];
            ImGui::TextUnformatted(a.name.c_str());
            ImGui::TextDisabled("%s · %s", std::string(label(a.type, ctx.lang)).c_str(),
                                std::string(label(a.bestuurslaag, ctx.lang)).c_str());
            if (!a.roles.empty()) {
                std::string roles;
                for (Role r : a.roles)
                    roles += (roles.empty() ? "" : ", ") + std::string(label(r, ctx.lang));
                ImGui::TextUnformatted(roles.c_str());
            }
        } else {
            ImGui::TextUnformatted(n.label.c_str());
            ImGui::TextDisabled("%s",
                                doc::tr(ctx.lang, "ingeklapte groep: dubbelklik om uit te klappen",
                                        "collapsed group: double-click to expand"));
        }
        ImGui::EndTooltip();
    }
}

}  // namespace rk::gui
