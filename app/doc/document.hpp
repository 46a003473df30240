// The open case: its data, file path, current scenario, selection, and the undo history.
//
// Every change goes through `execute` (one door): the command is applied, recorded for undo,
// and the revision counter moves on so that views, the analysis runner and the autosave know
// something changed. Views read the case through const accessors and never mutate it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "doc/command.hpp"
#include "doc/selection.hpp"
#include "model/case.hpp"

namespace rk::doc {

class Document {
  public:
    Document() = default;
    explicit Document(Case c, std::filesystem::path path = {});

    const Case& data() const { return case_; }
    const std::filesystem::path& path() const { return path_; }
    void set_path(std::filesystem::path p) { path_ = std::move(p); }
    // File name for titles, or "naamloos"/"untitled" when never saved (empty here).
    std::string display_name() const;

    // The scenario shown; always valid when the case has at least one scenario.
    const Scenario* scenario() const;
    const std::string& scenario_id() const { return scenario_id_; }
    bool set_scenario(const std::string& id);  // false if no such scenario

    // The one door for changes. Inside a group, commands are collected into one step.
    void execute(CommandPtr cmd);
    void begin_group(std::string description);
    void end_group();  // an empty group leaves no step
    bool in_group() const { return group_ != nullptr; }

    bool can_undo() const { return cursor_ > 0 && !group_; }
    bool can_redo() const { return cursor_ < history_.size() && !group_; }
    bool undo();
    bool redo();
    // Descriptions of all steps, oldest first; steps before `history_cursor()` are applied.
    std::vector<std::string> history() const;
    std::size_t history_cursor() const { return cursor_; }
    // Undo or redo until `cursor` steps are applied (clicking a line of the history list).
    void jump_to(std::size_t cursor);

    // Unsaved changes: true when the applied steps differ from those at the last save.
    bool dirty() const;
    void mark_saved();
    // The data differs from every file on disk (e.g. recovered from an autosave).
    void mark_unsaved() { saved_serial_ = kNeverSaved; }
    // Increases on every change of the data (execute, undo, redo); never decreases.
    std::uint64_t revision() const { return revision_; }

    Selection& selection() { return selection_; }
    const Selection& selection() const { return selection_; }

  private:
    static constexpr std::uint64_t kNeverSaved = ~std::uint64_t{0};
    void changed();
    Case case_;
    std::filesystem::path path_;
    std::string scenario_id_;
    std::vector<CommandPtr> history_;
    std::size_t cursor_ = 0;
    // Identity of the step that was on top at the last save (0 = none), compared by serial.
    std::vector<std::uint64_t> serials_;
    std::uint64_t saved_serial_ = 0;
    std::uint64_t next_serial_ = 1;
    std::unique_ptr<CompositeCommand> group_;
    int group_depth_ = 0;
    std::uint64_t revision_ = 0;
    Selection selection_;
};

}  // namespace rk::doc
