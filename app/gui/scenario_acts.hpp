// Scenarios and reorganisation acts in the application (issue 14): copy the current
// scenario, then merge, split, rename and dissolve actors in the copy. Each act is one undo
// step through the document's one door and writes its lineage link, so the comparison of
// the two scenarios follows from the acts (graph/model/reorganisation.hpp does the work).
//
// The view reports intent: menu actions open a small dialog; Enter confirms, Escape
// cancels. A refused act shows the engine's reason in the dialog.
#pragma once

#include <string>
#include <vector>

#include <functional>

#include "gui/panels.hpp"
#include "model/reorganisation.hpp"

namespace rk::gui {

struct ScenarioActsView {
    // Opening acts (from menu items and keys).
    void copy_current(UiContext& ui);  // Ctrl+Shift+N: copy, then switch to the copy
    void new_empty(UiContext& ui);
    void move_current(UiContext& ui, int by);  // -1 earlier, +1 later
    void begin_edit_scenario(UiContext& ui);   // name and date
    void begin_delete_scenario(UiContext& ui);
    void begin_merge(UiContext& ui);  // M: two or more selected actors
    void begin_split(UiContext& ui);  // S: one selected actor
    void begin_rename_actor(UiContext& ui);
    void dissolve_selected(UiContext& ui);
    // The scenario before the current one in the list, or empty.
    static std::string previous_scenario(const doc::Document& d);

    void Draw(UiContext& ui);

  private:
    enum class Dialog { None, EditScenario, DeleteScenario, Merge, Split, RenameActor };
    void open(Dialog d);
    void draw_edit_scenario(UiContext& ui);
    void draw_delete_scenario(UiContext& ui);
    void draw_merge(UiContext& ui);
    void draw_split(UiContext& ui);
    void draw_rename_actor(UiContext& ui);
    // Executes a prepared act; keeps the dialog open with the reason when it is refused.
    bool run(UiContext& ui, const std::string& nl, const std::string& en,
             const std::function<reorg::ActResult(Case&)>& act);
    bool buttons(UiContext& ui, bool can_confirm);  // OK/Cancel row; true on OK or Enter

    Dialog dialog_ = Dialog::None;
    bool want_open_ = false;
    bool focus_first_ = false;
    std::string error_;
    std::string name_, date_;
    std::vector<std::string> parts_;       // merge: selected actor ids; split: the one actor
    std::vector<std::string> part_names_;  // split: names of the new parts
    // split: per relation / RACI row, which parts keep it (one flag per part).
    std::vector<std::pair<std::string, std::vector<char>>> keep_;
    bool new_identity_ = false;  // rename: a new organisation (new id, rename lineage)
};

}  // namespace rk::gui
