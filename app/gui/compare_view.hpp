// The comparison window (issue 7): before/after scenarios of the open case side by side with
// one shared layout and synchronised pan/zoom, a difference view on the lineage union, the
// delta table (each row highlights its cause) and the lineage with approval of a proposal.
// The engine computes (rk::compare, in a background job with progress and cancel); this view
// only draws and reports intent.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include <imgui.h>

#include "compare/compare.hpp"
#include "doc/background.hpp"
#include "doc/comparison_state.hpp"
#include "gui/panels.hpp"

namespace rk::gui {

struct CompareView {
    bool open = false;
    int mode = 0;  // 0 side by side, 1 difference
    std::string before_id, after_id;

    void Draw(UiContext& ui);
    // The last finished comparison (null when none or stale); the export dialog uses it.
    const compare::ComparisonResult* result() const { return result_.get(); }
    void request() { want_run_ = true; }

private:
    void start(UiContext& ui);
    void draw_canvas(UiContext& ui, const char* id, ImVec2 size, int which);
    void draw_tables(UiContext& ui);
    void handle_pan_zoom(ImVec2 origin, ImVec2 size);

    doc::JobRunner job_;
    std::shared_ptr<compare::ComparisonResult> result_;
    std::string error_;
    std::uint64_t result_revision_ = ~0ull;
    std::string result_pair_;
    const void* result_doc_ = nullptr;
    bool want_run_ = false;
    bool env_checked_ = false;
    // Shared by every drawing: world -> screen is fit * zoom_ + pan_.
    float zoom_ = 1;
    ImVec2 pan_{0, 0};
    std::map<std::string, Position> positions_;
    doc::Cause cause_;
    std::string cause_title_;
};

}  // namespace rk::gui
