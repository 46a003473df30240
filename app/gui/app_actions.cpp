// The action registry: running an action (menu, shortcut, help line, intents reported by
// views) and the keyboard shortcuts.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "gui/app.hpp"

namespace rk::gui {

void App::register_actions() {
    actions_.clear();
    append_file_actions();
    append_edit_actions();
    append_view_actions();
    append_present_actions();
    append_scenario_actions();
    append_start_actions();
}

void App::run_action(const Action& a) {
    if (!a.keeps_live_layout)
        finish_live_layout();
    a.run();
}

bool App::run_action_by_id(std::string_view id) {
    for (const auto& a : actions_) {
        if (a.id == id && (!a.enabled || a.enabled())) {
            run_action(a);
            return true;
        }
    }
    return false;
}

void App::handle_shortcuts() {
    ImGuiIO& io = ImGui::GetIO();
    if (files_.busy())
        return;  // the file browser's keys (letters, Enter) are its own
    if (close_topmost_window())
        return;  // Escape: the topmost floating window first
    for (const auto& a : actions_) {
        if (!a.key)
            continue;
        if (start_.visible() && !a.ctrl)
            continue;  // the start screen's keys are its own
        const bool fkey = (a.key >= GLFW_KEY_F1 && a.key <= GLFW_KEY_F12) ||
                          a.key == GLFW_KEY_PAGE_UP || a.key == GLFW_KEY_PAGE_DOWN;
        // While typing, only function keys and Ctrl+S reach the actions (Ctrl+Z undoes text).
        // The canvas's name field counts from the moment it opens, before it has the keyboard.
        const bool typing = io.WantTextInput || canvas_.gestures().editing();
        if (typing && !fkey && !(a.ctrl && a.key == GLFW_KEY_S))
            continue;
        if (a.ctrl != io.KeyCtrl || a.shift != io.KeyShift)
            continue;
        if (!ImGui::IsKeyPressed(a.key, false))
            continue;
        if (a.enabled && !a.enabled())
            continue;
        run_action(a);
        break;
    }
}

}  // namespace rk::gui
