// The comparison window (issue 7): before/after scenarios of the open case side by side with
// one shared layout and synchronised pan/zoom, a difference view on the lineage union, the
// delta tables (each row highlights its exact cause, compare::index_cause) and the lineage
// editor (compare_lineage.cpp). The engine computes (rk::compare, in a background job with
// progress and cancel); this view only draws and issues undoable commands.
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
    const compare::ComparisonResult* result() const { return stale_ ? nullptr : result_.get(); }
    void request() { want_run_ = true; }
    // Automation (doc::Automation): `select_row` (index:KEY, distance:SCOPE or rank:N) is
    // selected once the next result arrives, as a click would; `table_file`, when set,
    // receives the tables as shown on every new result.
    void automate(std::string select_row, std::string table_file) {
        select_on_result_ = std::move(select_row);
        table_out_ = std::move(table_file);
    }

  private:
    void start(UiContext& ui);
    void draw_canvas(UiContext& ui, const char* id, ImVec2 size, int which);
    void handle_pan_zoom(ImVec2 origin, ImVec2 size);
    // compare_tables.cpp
    void draw_tables(UiContext& ui);
    void select_row(UiContext& ui, const std::string& row_id);
    void write_table_for_tests(Language lang) const;
    // compare_lineage.cpp
    void draw_lineage(UiContext& ui);

    doc::JobRunner job_;
    std::shared_ptr<compare::ComparisonResult> result_;
    // The case changed since result_ was computed: it stays on screen (the lineage editor
    // with it) until the new comparison arrives, but is no longer handed out.
    bool stale_ = false;
    std::string error_;
    std::uint64_t result_revision_ = ~0ull;
    std::string result_pair_;
    const void* result_doc_ = nullptr;
    bool want_run_ = false;
    bool result_arrived_ = false;  // a new result came in this frame
    // Automation (automate()): a row to select once the result arrives, and the file the
    // tables are written to, as shown, on every result.
    std::string select_on_result_;
    std::string table_out_;
    // Shared by every drawing: world -> screen is fit * zoom_ + pan_.
    float zoom_ = 1;
    ImVec2 pan_{0, 0};
    std::map<std::string, Position> positions_;
    compare::RowCause cause_;
    std::string cause_row_;    // "index:KEY", "distance:SCOPE" or "rank:CLASS"
    std::string cause_title_;  // the row's label and the rule that chose the cause
};

}  // namespace rk::gui
