// The Scenario menu and the reorganisation keys (issue 14): registered like every other
// action, so the menu, the shortcut and the F1 help line come from one place.
#include <GLFW/glfw3.h>

#include "gui/app.hpp"

namespace rk::gui {

void App::append_scenario_actions() {
    auto ui_call = [this](void (ScenarioActsView::*f)(UiContext&)) {
        return [this, f] {
            UiContext ui = context();
            (acts_.*f)(ui);
        };
    };
    auto has_scenario = [this] { return doc_ && doc_->scenario(); };
    auto selected = [this](std::size_t min, std::size_t max) {
        return [this, min, max] {
            if (!doc_ || !doc_->scenario())
                return false;
            const std::size_t n = doc_->selection().actors().size();
            return n >= min && n <= max;
        };
    };
    const std::vector<Action> more = {
        {"scenario_copy", "scenario", "Scenario kopiëren als nieuw", "Copy scenario as new",
         GLFW_KEY_N, true, true, "Ctrl+Shift+N", ui_call(&ScenarioActsView::copy_current),
         has_scenario, nullptr},
        {"scenario_new", "scenario", "Nieuw leeg scenario", "New empty scenario", 0, false, false,
         "", ui_call(&ScenarioActsView::new_empty), [this] { return doc_ != nullptr; }, nullptr},
        {"scenario_edit", "scenario", "Naam en datum…", "Name and date…", 0, false, false, "",
         ui_call(&ScenarioActsView::begin_edit_scenario), has_scenario, nullptr},
        {"scenario_earlier", "scenario", "Eerder in de tijdlijn", "Earlier in the timeline", 0,
         false, false, "",
         [this] {
             UiContext ui = context();
             acts_.move_current(ui, -1);
         },
         [this] { return doc_ && !ScenarioActsView::previous_scenario(*doc_).empty(); }, nullptr},
        {"scenario_later", "scenario", "Later in de tijdlijn", "Later in the timeline", 0, false,
         false, "",
         [this] {
             UiContext ui = context();
             acts_.move_current(ui, +1);
         },
         [this] { return doc_ && doc_->data().scenarios.size() > 1; }, nullptr},
        {"scenario_compare_previous", "scenario", "Vergelijk met vorige", "Compare with previous",
         0, false, false, "",
         [this] {
             compare_.before_id = ScenarioActsView::previous_scenario(*doc_);
             compare_.after_id = doc_->scenario_id();
             compare_.open = true;
             compare_.request();
         },
         [this] { return doc_ && !ScenarioActsView::previous_scenario(*doc_).empty(); }, nullptr},
        {"scenario_delete", "scenario", "Scenario verwijderen…", "Delete scenario…", 0, false,
         false, "", ui_call(&ScenarioActsView::begin_delete_scenario),
         [this] { return doc_ && doc_->data().scenarios.size() > 1; }, nullptr},
        {"act_merge", "scenario", "Samenvoegen (fusie)…", "Merge…", GLFW_KEY_M, false, false, "M",
         ui_call(&ScenarioActsView::begin_merge), selected(2, SIZE_MAX), nullptr},
        {"act_split", "scenario", "Splitsen…", "Split…", GLFW_KEY_S, false, false, "S",
         ui_call(&ScenarioActsView::begin_split), selected(1, 1), nullptr},
        {"act_rename", "scenario", "Hernoemen / nieuwe identiteit…", "Rename / new identity…", 0,
         false, false, "", ui_call(&ScenarioActsView::begin_rename_actor), selected(1, 1), nullptr},
        {"act_dissolve", "scenario", "Opheffen", "Dissolve", 0, false, false, "",
         ui_call(&ScenarioActsView::dissolve_selected), selected(1, SIZE_MAX), nullptr},
    };
    actions_.insert(actions_.end(), more.begin(), more.end());
    // Issue 20: agreements drawn as hubs between their parties (on by default).
    actions_.push_back({"agreements", "view", "Afspraken en instrumenten",
                        "Agreements and instruments", 0, false, false, "",
                        [this] { canvas_.show_agreements = !canvas_.show_agreements; }, nullptr,
                        [this] { return canvas_.show_agreements; }});
}

}  // namespace rk::gui
