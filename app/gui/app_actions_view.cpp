// The rows of the View, Present, Layout and Help menus (app.hpp, Action). View-only rows
// keep a running live layout going.
#include <GLFW/glfw3.h>

#include "doc/edits.hpp"
#include "gui/app.hpp"

namespace rk::gui {

void App::append_view_actions() {
    const std::vector<Action> rows = {
        {.id = "fit",
         .menu = "view",
         .name_nl = "Passend maken",
         .name_en = "Fit to view",
         .key = GLFW_KEY_F,
         .shortcut = "F",
         .run = [this] { canvas_.fit(); },
         .keeps_live_layout = true},
        {.id = "overlay",
         .menu = "view",
         .name_nl = "Regie-overlay",
         .name_en = "Regie overlay",
         .key = GLFW_KEY_O,
         .shortcut = "O",
         .run =
             [this] {
                 ViewSettings v = doc_->scenario()->view;
                 v.regie_overlay = !v.regie_overlay;
                 doc_->execute(doc::set_view_settings(doc_->data(), doc_->scenario_id(), v));
             },
         .enabled = [this] { return doc_ && doc_->scenario(); },
         .checked =
             [this] { return doc_ && doc_->scenario() && doc_->scenario()->view.regie_overlay; }},
        {.id = "ego",
         .menu = "view",
         .name_nl = "Ego-weergave (diepte 0/1/2)",
         .name_en = "Ego view (depth 0/1/2)",
         .key = GLFW_KEY_E,
         .shortcut = "E",
         .run = [this] { display_.ego_depth = (display_.ego_depth + 1) % 3; },
         .checked = [this] { return display_.ego_depth > 0; },
         .keeps_live_layout = true},
        {.id = "labels",
         .menu = "view",
         .name_nl = "Labels",
         .name_en = "Labels",
         .key = GLFW_KEY_L,
         .shortcut = "L",
         .run = [this] { display_.show_labels = !display_.show_labels; },
         .checked = [this] { return display_.show_labels; },
         .keeps_live_layout = true},
        {.id = "legend",
         .menu = "view",
         .name_nl = "Legenda",
         .name_en = "Legend",
         .key = GLFW_KEY_G,
         .shortcut = "G",
         .run = [this] { display_.show_legend = !display_.show_legend; },
         .checked = [this] { return display_.show_legend; },
         .keeps_live_layout = true},
        {.id = "panels",
         .menu = "view",
         .name_nl = "Panelen",
         .name_en = "Panels",
         .key = GLFW_KEY_TAB,
         .ctrl = true,
         .shortcut = "Ctrl+Tab",
         .run = [this] { show_panels_ = !show_panels_; },
         .checked = [this] { return show_panels_; },
         .keeps_live_layout = true},
        {.id = "multi",
         .menu = "view",
         .name_nl = "Toon meervoudig aangestuurde actoren",
         .name_en = "Show multiply directed actors",
         .run = [this] { display_.regie_multi = !display_.regie_multi; },
         .checked = [this] { return display_.regie_multi; },
         .keeps_live_layout = true},
        {.id = "undirected",
         .menu = "view",
         .name_nl = "Toon niet-aangestuurde actoren",
         .name_en = "Show undirected actors",
         .run = [this] { display_.regie_undirected = !display_.regie_undirected; },
         .checked = [this] { return display_.regie_undirected; },
         .keeps_live_layout = true},
        {.id = "cycles",
         .menu = "view",
         .name_nl = "Toon regiecycli",
         .name_en = "Show regie cycles",
         .run = [this] { display_.regie_cycles = !display_.regie_cycles; },
         .checked = [this] { return display_.regie_cycles; },
         .keeps_live_layout = true},
        {.id = "clear",
         .menu = "view",
         .name_nl = "Markering wissen",
         .name_en = "Clear highlight",
         .key = GLFW_KEY_ESCAPE,
         .shortcut = "Esc",
         .run =
             [this] {
                 display_.highlight = {};
                 display_.regie_multi = display_.regie_undirected = display_.regie_cycles = false;
                 display_.ego_depth = 0;
                 presentation_step_ = -1;
             },
         .keeps_live_layout = true},
        {.id = "dark",
         .menu = "view",
         .name_nl = "Donker thema",
         .name_en = "Dark theme",
         .key = GLFW_KEY_T,
         .shortcut = "T",
         .run =
             [this] {
                 dark_ = !dark_;
                 apply_theme();
             },
         .checked = [this] { return dark_; },
         .keeps_live_layout = true},
        {.id = "lang",
         .menu = "view",
         .name_nl = "English",
         .name_en = "Nederlands",
         .key = GLFW_KEY_K,
         .shortcut = "K",
         .run = [this] { lang_ = lang_ == Language::Dutch ? Language::English : Language::Dutch; },
         .keeps_live_layout = true},
    };
    actions_.insert(actions_.end(), rows.begin(), rows.end());
}

void App::append_present_actions() {
    auto doc_ok = [this] { return doc_ != nullptr; };
    const std::vector<Action> rows = {
        {.id = "present",
         .menu = "present",
         .name_nl = "Presentatiemodus",
         .name_en = "Presentation mode",
         .key = GLFW_KEY_F11,
         .shortcut = "F11",
         .run = [this] { toggle_fullscreen(); },
         .checked = [this] { return presenting_; },
         .keeps_live_layout = true},
        {.id = "next",
         .menu = "present",
         .name_nl = "Volgende markering / scenario",
         .name_en = "Next highlight / scenario",
         .key = GLFW_KEY_PAGE_DOWN,
         .shortcut = "PageDown",
         .run = [this] { step_presentation(+1); },
         .enabled = doc_ok},
        {.id = "prev",
         .menu = "present",
         .name_nl = "Vorige markering / scenario",
         .name_en = "Previous highlight / scenario",
         .key = GLFW_KEY_PAGE_UP,
         .shortcut = "PageUp",
         .run = [this] { step_presentation(-1); },
         .enabled = doc_ok},
        {.id = "live_layout",
         .menu = "layout",
         .name_nl = "Live ForceAtlas2 (geanimeerd)",
         .name_en = "Live ForceAtlas2 (animated)",
         .key = GLFW_KEY_SPACE,
         .shortcut = "Space",
         .run = [this] { toggle_live_layout(); },
         .enabled = [this] { return doc_ && doc_->scenario() && !jobs_.running(); },
         .checked = [this] { return live_.running(); },
         .keeps_live_layout = true},
        {.id = "live_pause",
         .menu = "layout",
         .name_nl = "Live layout pauzeren",
         .name_en = "Pause live layout",
         .key = GLFW_KEY_SPACE,
         .shift = true,
         .shortcut = "Shift+Space",
         .run = [this] { live_.paused() ? live_.resume() : live_.pause(); },
         .enabled = [this] { return live_.running(); },
         .checked = [this] { return live_.paused(); },
         .keeps_live_layout = true},
        {.id = "help",
         .menu = "help",
         .name_nl = "Sneltoetsen",
         .name_en = "Keyboard shortcuts",
         .key = GLFW_KEY_F1,
         .shortcut = "F1",
         .run = [this] { help_.open = !help_.open; },
         .checked = [this] { return help_.open; },
         .keeps_live_layout = true}};
    actions_.insert(actions_.end(), rows.begin(), rows.end());
}

}  // namespace rk::gui
