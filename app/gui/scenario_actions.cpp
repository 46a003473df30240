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
        {.id = "scenario_copy",
         .menu = "scenario",
         .name_nl = "Scenario kopiëren als nieuw",
         .name_en = "Copy scenario as new",
         .key = GLFW_KEY_N,
         .ctrl = true,
         .shift = true,
         .shortcut = "Ctrl+Shift+N",
         .run = ui_call(&ScenarioActsView::copy_current),
         .enabled = has_scenario},
        {.id = "scenario_new",
         .menu = "scenario",
         .name_nl = "Nieuw leeg scenario",
         .name_en = "New empty scenario",
         .run = ui_call(&ScenarioActsView::new_empty),
         .enabled = [this] { return doc_ != nullptr; }},
        {.id = "scenario_edit",
         .menu = "scenario",
         .name_nl = "Naam en datum…",
         .name_en = "Name and date…",
         .run = ui_call(&ScenarioActsView::begin_edit_scenario),
         .enabled = has_scenario},
        {.id = "scenario_earlier",
         .menu = "scenario",
         .name_nl = "Eerder in de tijdlijn",
         .name_en = "Earlier in the timeline",
         .run =
             [this] {
                 UiContext ui = context();
                 acts_.move_current(ui, -1);
             },
         .enabled = [this] { return doc_ && !ScenarioActsView::previous_scenario(*doc_).empty(); }},
        {.id = "scenario_later",
         .menu = "scenario",
         .name_nl = "Later in de tijdlijn",
         .name_en = "Later in the timeline",
         .run =
             [this] {
                 UiContext ui = context();
                 acts_.move_current(ui, +1);
             },
         .enabled = [this] { return doc_ && doc_->data().scenarios.size() > 1; }},
        {.id = "scenario_compare_previous",
         .menu = "scenario",
         .name_nl = "Vergelijk met vorige",
         .name_en = "Compare with previous",
         .run =
             [this] {
                 compare_.before_id = ScenarioActsView::previous_scenario(*doc_);
                 compare_.after_id = doc_->scenario_id();
                 compare_.open = true;
                 compare_.request();
             },
         .enabled = [this] { return doc_ && !ScenarioActsView::previous_scenario(*doc_).empty(); }},
        {.id = "scenario_delete",
         .menu = "scenario",
         .name_nl = "Scenario verwijderen…",
         .name_en = "Delete scenario…",
         .run = ui_call(&ScenarioActsView::begin_delete_scenario),
         .enabled = [this] { return doc_ && doc_->data().scenarios.size() > 1; }},
        {.id = "act_merge",
         .menu = "scenario",
         .name_nl = "Samenvoegen (fusie)…",
         .name_en = "Merge…",
         .key = GLFW_KEY_M,
         .shortcut = "M",
         .run = ui_call(&ScenarioActsView::begin_merge),
         .enabled = selected(2, SIZE_MAX)},
        {.id = "act_split",
         .menu = "scenario",
         .name_nl = "Splitsen…",
         .name_en = "Split…",
         .key = GLFW_KEY_S,
         .shortcut = "S",
         .run = ui_call(&ScenarioActsView::begin_split),
         .enabled = selected(1, 1)},
        {.id = "act_rename",
         .menu = "scenario",
         .name_nl = "Hernoemen / nieuwe identiteit…",
         .name_en = "Rename / new identity…",
         .run = ui_call(&ScenarioActsView::begin_rename_actor),
         .enabled = selected(1, 1)},
        {.id = "act_dissolve",
         .menu = "scenario",
         .name_nl = "Opheffen",
         .name_en = "Dissolve",
         .run = ui_call(&ScenarioActsView::dissolve_selected),
         .enabled = selected(1, SIZE_MAX)},
    };
    actions_.insert(actions_.end(), more.begin(), more.end());
    // Issue 20: agreements drawn as hubs between their parties (on by default).
    actions_.push_back({.id = "agreements",
                        .menu = "view",
                        .name_nl = "Afspraken en instrumenten",
                        .name_en = "Agreements and instruments",
                        .run = [this] { display_.show_agreements = !display_.show_agreements; },
                        .checked = [this] { return display_.show_agreements; }});
}

}  // namespace rk::gui
