// Where the views sit in the window: the side panel, the right and bottom tab panels and
// the canvas, each drawn from what the App lets it read (UiContext, CanvasContext). What a
// view asks for (an action id, an intent) is carried out here, after it drew.
#include <imgui.h>

#include <cmath>
#include <string>
#include <utility>

#include "doc/i18n.hpp"
#include "gui/app.hpp"
#include "gui/presentation.hpp"

namespace rk::gui {

using doc::tr;

void App::draw_layout_windows() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float fs = ImGui::GetFontSize();
    const float status_h = presenting_ ? 0.f : fs + 8;
    const bool panels = show_panels_ && !presenting_;
    const ImVec2 p0 = vp->WorkPos;
    const ImVec2 sz(vp->WorkSize.x, vp->WorkSize.y - status_h);
    // Sizes and collapsed state of the panels (issue 19): dragged, collapsed, remembered.
    const doc::PanelExtents ext =
        panel_frame_.layout(sz, fs, !doc_->selection().empty(), doc_->selection().version());
    panel_frame_.report(test_log_);
    const float left_w = panels ? ext.left : 0;
    const float right_w = panels ? ext.right : 0;
    const float bottom_h = panels ? ext.bottom : 0;
    const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    UiContext ui = context();

    if (panels && panel_frame_.open(PanelSide::Left))
        draw_side_panel(ui, p0, ImVec2(left_w, sz.y), fixed);
    if (panels && panel_frame_.open(PanelSide::Right))
        draw_right_panel(ui, ImVec2(p0.x + sz.x - right_w, p0.y), ImVec2(right_w, sz.y), fixed);
    if (panels && panel_frame_.open(PanelSide::Bottom)) {
        draw_bottom_panel(ui, ImVec2(p0.x + left_w, p0.y + sz.y - bottom_h),
                          ImVec2(sz.x - left_w - right_w, bottom_h), fixed);
    }
    apply_view_intents();  // what the panels asked for shows on the canvas in this frame
    draw_canvas_window(ui, ImVec2(p0.x + left_w, p0.y),
                       ImVec2(sz.x - left_w - right_w, sz.y - bottom_h), fixed);
    if (panels)
        panel_frame_.draw_edges(p0, sz, lang_);  // above the canvas: its edges take the drag
    if (!presenting_)
        draw_status_bar(status_h);
}

void App::draw_side_panel(UiContext& ui, ImVec2 pos, ImVec2 size, int flags) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    // A tab row, as the other panels have, to hold the collapse button.
    if (ImGui::Begin("###side", nullptr, flags | ImGuiWindowFlags_NoTitleBar) &&
        ImGui::BeginTabBar("side_tabs")) {
        panel_frame_.collapse_tab(PanelSide::Left, lang_);
        if (ImGui::BeginTabItem(
                tr(lang_, "Casus en weergave###sidetab", "Case and view###sidetab"))) {
            sidebar_.Draw(ui);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
}

void App::draw_right_panel(UiContext& ui, ImVec2 pos, ImVec2 size, int flags) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (ImGui::Begin("###right", nullptr, flags | ImGuiWindowFlags_NoTitleBar)) {
        if (ImGui::BeginTabBar("right_tabs")) {
            panel_frame_.collapse_tab(PanelSide::Right, lang_);
            if (ImGui::BeginTabItem(tr(lang_, "Inspector###insp", "Inspector###insp"), nullptr,
                                    panel_frame_.right_tab_flags(0))) {
                inspector_.Draw(ui);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(tr(lang_, "Casus###case", "Case###case"), nullptr,
                                    panel_frame_.right_tab_flags(1))) {
                case_panel_.Draw(ui);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(tr(lang_, "Geschiedenis###hist", "History###hist"), nullptr,
                                    panel_frame_.right_tab_flags(2))) {
                history_.Draw(ui);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    ImGui::End();
}

void App::draw_bottom_panel(UiContext& ui, ImVec2 pos, ImVec2 size, int flags) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (ImGui::Begin("###bottom", nullptr, flags | ImGuiWindowFlags_NoTitleBar)) {
        if (ImGui::BeginTabBar("bottom_tabs")) {
            panel_frame_.collapse_tab(PanelSide::Bottom, lang_);
            if (ImGui::BeginTabItem(tr(lang_, "Diagnostiek###diag", "Diagnostics###diag"))) {
                diagnostics_.Draw(ui);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(tr(lang_, "Maten###metrics", "Metrics###metrics"))) {
                metrics_.Draw(ui);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    ImGui::End();
}

void App::draw_canvas_window(UiContext& ui, ImVec2 pos, ImVec2 size, int flags) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.f);
    if (ImGui::Begin("###canvas", nullptr,
                     flags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                         ImGuiWindowFlags_NoScrollWithMouse)) {
        CanvasContext cc{*doc_, lang_, dark_, ui.analysis, presenting_, display_};
        sync_live_layout();
        live_dragged_this_frame_ = false;
        canvas_.draw(cc, ImGui::GetContentRegionAvail());
        if (std::string id = std::exchange(canvas_.gestures().requested_action, {}); !id.empty())
            run_action_by_id(id);
        // A drag during a live layout is also recorded in the document: that change is ours.
        if (live_dragged_this_frame_)
            live_revision_ = doc_->revision();
        if (!options_.positions_out.empty())
            canvas_.write_screen_positions(options_.positions_out);
        if (test_log_.enabled()) {
            for (const auto& line : canvas_.take_fit_report())
                test_log_.write(line);
        }
        if (presenting_) {
            // The case and scenario as a caption, since the panels are hidden.
            const Scenario* s = doc_->scenario();
            const std::string cap = doc_->data().title + (s ? "  —  " + s->name : std::string{});
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
            const ImVec2 ts = ImGui::CalcTextSize(cap.c_str());
            dl->AddText(ImVec2(wp.x + ws.x - ts.x - 20, wp.y + ws.y - ts.y - 14),
                        dark_ ? IM_COL32(230, 230, 235, 255) : IM_COL32(30, 30, 40, 255),
                        cap.c_str());
            draw_presentation_caption(dl, display_.highlight, wp, ws, lang_, dark_);
        }
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

}  // namespace rk::gui
