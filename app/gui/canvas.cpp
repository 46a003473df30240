// The canvas frame: camera, fitting, drawing the GPU pass and the overlays (canvas.hpp).
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

doc::Vec2d CanvasView::to_screen(doc::Vec2d w) const {
    return cam_.to_screen(w, origin_, size_);
}
// Names hang centred under their nodes and keep their pixel size at every zoom: the
// horizontal fit is solved so that the outermost names stay whole inside the view and clear
// of the legend's reserve, without a margin of the widest name on both sides.
void CanvasView::fit_labels_horizontally(double reserve) {
    std::vector<double> xs, halves;
    xs.reserve(nodes_.size());
    halves.reserve(nodes_.size());
    for (const auto& n : nodes_) {
        xs.push_back(n.pos.x);
        halves.push_back(ImGui::CalcTextSize(n.label.c_str()).x / 2 + 6);
    }
    const auto f = doc::fit_axis(xs, halves, reserve + 8, size_.x - 8, cam_.zoom);
    if (!f || f->zoom <= 0)
        return;  // names wider than the view: keep the plain fit
    cam_.zoom = f->zoom;
    cam_.center_x = (size_.x / 2 - f->offset) / f->zoom;
}

doc::Vec2d CanvasView::to_world(doc::Vec2d s) const {
    return cam_.to_world(s, origin_, size_);
}

void CanvasView::reset_for_new_document() {
    model_revision_ = ~0ull;
    model_scenario_.clear();
    instance_key_ = ~0ull;
    fit_requested_ = true;
    have_fitted_ = false;
    drag_ = Drag::None;
    hovered_ = -1;
}

bool CanvasView::write_screen_positions(const std::string& path) {
    std::string text;
    for (const auto& n : nodes_) {
        if (n.actor < 0 || std::size_t(n.actor) >= actor_ids_.size())
            continue;
        const doc::Vec2d p = to_screen(n.pos);
        char buf[64];
        std::snprintf(buf, sizeof buf, " %.0f %.0f\n", p.x, p.y);
        text += actor_ids_[n.actor] + buf;
    }
    if (text == last_positions_)
        return false;
    last_positions_ = text;
    const std::string tmp = path + ".tmp";
    if (FILE* f = std::fopen(tmp.c_str(), "w")) {
        std::fputs(text.c_str(), f);
        std::fclose(f);
        std::rename(tmp.c_str(), path.c_str());
    }
    return true;
}

void CanvasView::fly_to(const std::string& actor_id) {
    pending_fly_ = actor_id;
}

void CanvasView::render_callback(const ImDrawList*, const ImDrawCmd* cmd) {
    auto* self = static_cast<CanvasView*>(cmd->UserCallbackData);
    const ImDrawData* dd = ImGui::GetDrawData();
    const float sx = dd->FramebufferScale.x, sy = dd->FramebufferScale.y;
    const float fb_h = dd->DisplaySize.y * sy;
    const auto x = GLint(std::lround((self->origin_.x - dd->DisplayPos.x) * sx));
    const auto w = GLsizei(std::lround(self->size_.x * sx));
    const auto h = GLsizei(std::lround(self->size_.y * sy));
    const auto y = GLint(std::lround(fb_h - (self->origin_.y - dd->DisplayPos.y) * sy - float(h)));
    glViewport(x, y, w, h);
    glEnable(GL_SCISSOR_TEST);
    glScissor(x, y, w, h);
    ViewUniforms u{};
    u.center_x = float(self->cam_.center_x);
    u.center_y = float(self->cam_.center_y);
    u.zoom = float(self->cam_.zoom);
    u.width = float(w);
    u.height = float(h);
    u.pixel_scale = sx;
    u.min_node_px = kMinNodePx;
    const bool dark = ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x < 0.5f;
    u.select_color = dark ? doc::rgba(90, 170, 255) : doc::rgba(0, 100, 230);
    u.highlight_color = doc::rgba(255, 60, 160);
    u.outline_color = dark ? doc::rgba(20, 20, 25, 200) : doc::rgba(40, 40, 50, 160);
    self->renderer_.draw(u);
}

void CanvasView::draw(CanvasContext& ctx, ImVec2 size) {
    const auto started = std::chrono::steady_clock::now();
    draw_frame(ctx, size);
    stats_.draw_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
}

void CanvasView::draw_frame(CanvasContext& ctx, ImVec2 size) {
    const Scenario* s = ctx.doc.scenario();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const doc::Vec2d new_size{std::max(size.x, 1.f), std::max(size.y, 1.f)};
    // Going full screen resizes the canvas a frame or two after F11: fit again to the new size.
    if (ctx.presenting && (new_size.x != size_.x || new_size.y != size_.y))
        fit_requested_ = true;
    else
        keep_in_place(ctx.doc.selection(), {origin.x, origin.y}, new_size);  // a panel changed
    origin_ = {origin.x, origin.y};
    size_ = new_size;
    legend_shown_ = ctx.display.show_legend;
    labels_shown_ = ctx.display.show_labels;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = ctx.dark ? IM_COL32(30, 32, 38, 255) : IM_COL32(250, 250, 247, 255);
    dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), bg);
    if (!s) {
        ImGui::Dummy(size);
        return;
    }
    if (!gl_ready_ && !gl_failed_) {
        gl_ready_ = renderer_.init();
        gl_failed_ = !gl_ready_;
        instance_key_ = ~0ull;
    }

    const auto t0 = std::chrono::steady_clock::now();
    bool rebuilt = false;
    if (model_revision_ != ctx.doc.revision() || model_scenario_ != s->id) {
        const bool scenario_changed = model_scenario_ != s->id;
        rebuild_model(*s);
        stats_.model_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
        model_revision_ = ctx.doc.revision();
        model_scenario_ = s->id;
        instance_key_ = ~0ull;
        rebuilt = true;
        if (scenario_changed && !have_fitted_)
            fit_requested_ = true;
    }
    std::uint64_t key = mix(model_revision_, ctx.doc.selection().version());
    key = mix(key, reinterpret_cast<std::uintptr_t>(ctx.analysis));
    key = mix(key, std::uint64_t(ctx.display.ego_depth) |
                       (std::uint64_t(ctx.display.regie_multi) << 4) |
                       (std::uint64_t(ctx.display.regie_undirected) << 5) |
                       (std::uint64_t(ctx.display.regie_cycles) << 6) |
                       (std::uint64_t(ctx.dark) << 7) | (std::uint64_t(ctx.lang) << 8));
    key =
        mix(key, hash_str(ctx.display.highlight.title) + ctx.display.highlight.actors.size() * 31 +
                     ctx.display.highlight.relations.size());
    key = mix(key, mix(hash_str(s->view.color_by), hash_str(s->view.size_by)));
    const bool moved_live = live_dirty_;
    if (live_dirty_) {
        apply_live_positions();
        live_dirty_ = false;
    }
    if (key != instance_key_) {
        const auto t1 = std::chrono::steady_clock::now();
        rebuild_instances(ctx, *s);
        stats_.style_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t1)
                .count();
        instance_key_ = key;
        rebuilt = true;
    } else if (moved_live) {
        update_instance_positions();
    }
    if (rebuilt) {
        ++stats_.builds;
        stats_.build_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
    }

    build_legend(ctx);
    if (fit_requested_ && size.x > 10) {
        doc::Bounds b;
        for (const auto& n : nodes_)
            b.add(n.pos.x, n.pos.y);
        // Keep the legend (bottom left) clear of the network when there is room beside it.
        const double reserve =
            legend_size_.x > 0 && size_.x > 2.4 * legend_size_.x ? legend_size_.x + 10 : 0;
        const double margin = 50;
        const double top = ctx.presenting ? caption_band_height() : 0;  // the caption band
        cam_.fit(b, {size_.x - reserve, size_.y - 30 - top}, margin);
        cam_.center_x -= reserve / 2 / cam_.zoom;
        // No name may be cut at the edge or hide under the legend (issues 13 and 19).
        if (ctx.display.show_labels)
            fit_labels_horizontally(reserve);
        cam_.center_y -= (12 + top / 2) / cam_.zoom;
        fit_requested_ = false;
        have_fitted_ = true;
        fit_report_pending_ = true;
        flying_ = false;
    }
    if (!pending_fly_.empty()) {
        auto it = actor_index_.find(pending_fly_);
        if (it != actor_index_.end() && display_of_actor_[it->second] >= 0) {
            const auto& n = nodes_[display_of_actor_[it->second]];
            fly_target_ = cam_;
            fly_target_.center_x = n.pos.x;
            fly_target_.center_y = n.pos.y;
            fly_target_.zoom = std::max(cam_.zoom, 1.6);
            flying_ = true;
        }
        pending_fly_.clear();
    }
    if (flying_) {
        // Ease towards the target over a few frames; ends exactly on it.
        const double t = 0.25;
        cam_.center_x += (fly_target_.center_x - cam_.center_x) * t;
        cam_.center_y += (fly_target_.center_y - cam_.center_y) * t;
        cam_.zoom *= std::pow(fly_target_.zoom / cam_.zoom, t);
        if (std::abs(fly_target_.center_x - cam_.center_x) * cam_.zoom < 0.5 &&
            std::abs(fly_target_.center_y - cam_.center_y) * cam_.zoom < 0.5 &&
            std::abs(fly_target_.zoom / cam_.zoom - 1) < 1e-3) {
            cam_ = fly_target_;
            flying_ = false;
        }
    }

    handle_input(ctx, *s, origin, size);

    if (ctx.display.show_labels)
        plan_labels(ctx, origin, size);
    // Agreement hubs under the network, each where it covers no mark and no name
    // (layout::clear_spot; the exported view places and draws them the same way).
    if (ctx.display.show_agreements)
        draw_agreement_hubs(
            dl, *s, *this, ctx.lang, ctx.dark,
            ctx.display.show_labels ? drawn_marks_and_names(ctx) : std::vector<layout::Rect>{});
    if (gl_ready_) {
        dl->AddCallback(&CanvasView::render_callback, this);
        dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
    } else {
        dl->AddText(ImVec2(origin.x + 20, origin.y + 20), IM_COL32(200, 0, 0, 255),
                    "OpenGL shaders unavailable");
    }
    dl->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
    if (ctx.display.show_labels)
        draw_labels(ctx, dl);
    draw_cause_overlay(dl, ctx.display.highlight, *this, ctx.lang);
    if (drag_ == Drag::Box) {
        const ImVec2 a(float(box_start_.x), float(box_start_.y)),
            b(float(box_end_.x), float(box_end_.y));
        dl->AddRectFilled(ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)),
                          ImVec2(std::max(a.x, b.x), std::max(a.y, b.y)),
                          IM_COL32(60, 120, 220, 40));
        dl->AddRect(ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)),
                    ImVec2(std::max(a.x, b.x), std::max(a.y, b.y)), IM_COL32(60, 120, 220, 200));
    }
    if (ctx.display.show_legend)
        draw_legend(ctx, dl, origin, size);
    // What is highlighted, and the ego view, said in words at the top of the canvas.
    std::string banner;
    // In presentation mode a finding's caption (drawn by the app) says it instead.
    if (!ctx.display.highlight.title.empty() &&
        !(ctx.presenting && ctx.display.highlight.has_caption))
        banner = ctx.display.highlight.title;
    if (ctx.display.ego_depth > 0) {
        if (!banner.empty())
            banner += "  ·  ";
        banner += doc::tr(ctx.lang, "ego-weergave diepte ", "ego view depth ") +
                  std::to_string(ctx.display.ego_depth);
    }
    if (!banner.empty()) {
        const ImVec2 ts = ImGui::CalcTextSize(banner.c_str());
        const ImVec2 p(origin.x + (size.x - ts.x) / 2, origin.y + 10);
        dl->AddRectFilled(ImVec2(p.x - 10, p.y - 4), ImVec2(p.x + ts.x + 10, p.y + ts.y + 4),
                          IM_COL32(255, 60, 160, 230), 6.f);
        dl->AddText(p, IM_COL32(255, 255, 255, 255), banner.c_str());
    }
    dl->PopClipRect();
    gestures_.draw(ctx, *this, dl);
}

}  // namespace rk::gui
