// The application's side of issue 19 (first impression): the start screen, the toolbar and
// the Escape key that closes the topmost floating window. The views themselves live in
// start_screen.cpp, toolbar.cpp and topmost_window.cpp; this file only connects them to the
// document and the actions.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <array>

#include "doc/i18n.hpp"
#include "gui/app.hpp"
#include "gui/toolbar.hpp"
#include "gui/topmost_window.hpp"

namespace rk::gui {

void App::append_start_actions() {
    // Next to Open in the File menu: the start screen is another way to open a case.
    Action start{.id = "start_screen",
                 .menu = "file",
                 .name_nl = "Startscherm…",
                 .name_en = "Start screen…",
                 .run = [this] { show_start_screen(); }};
    auto at = std::find_if(actions_.begin(), actions_.end(),
                           [](const Action& a) { return a.id == "quit"; });
    actions_.insert(at, std::move(start));
}

void App::show_start_screen() {
    start_.show();
    glfwSetWindowTitle(window_, "Regiekaart");
}

void App::draw_start_screen() {
    start_.title_font = font_large_;
    // The file browser and the dialogs own the keyboard while they are open: Enter there must
    // not also open the start screen's focused entry.
    const bool take_keys = !files_.busy() && !modal_open();
    const StartScreen::Result r = start_.Draw(lang_, dark_, recent_.items(), take_keys);
    auto hide = [this] {
        start_.hide();
        // Back to the open case: its title again.
        const std::string title = "Regiekaart — " + doc_->data().title;
        glfwSetWindowTitle(window_, title.c_str());
    };
    switch (r.choice) {
        case StartScreen::Choice::None:
            break;
        case StartScreen::Choice::Close:
            hide();
            break;
        case StartScreen::Choice::NewCase: {
            // File > New where the menu has it (one registration); otherwise the empty case.
            auto it = std::find_if(actions_.begin(), actions_.end(),
                                   [](const Action& a) { return a.id == "new"; });
            if (it != actions_.end()) {
                hide();
                run_action(*it);
            } else {
                guarded([this] { open_case(new_case(), {}); });
            }
            break;
        }
        case StartScreen::Choice::Open:
            // The start screen stays until a file opens (open_case hides it); cancel returns here.
            guarded([this] { ask_open(); });
            break;
        case StartScreen::Choice::OpenFile: {
            const auto file = r.file;
            guarded([this, file] { open_file(file); });
            break;
        }
    }
}

void App::draw_toolbar_buttons() {
    if (start_.visible())
        return;  // the start screen has its own entries
    if (const Action* a = draw_toolbar(actions_, lang_, automation_dump("toolbar")))
        run_action(*a);
}

bool App::close_topmost_dialog() {
    // Escape means the dialog's safe answer: OK on the list of file problems, Cancel on the
    // unsaved-changes question. The other dialogs (recovery, scenario acts) keep theirs.
    if (topmost_modal_is("###errors")) {
        errors_.clear();
    } else if (topmost_modal_is("###unsaved")) {
        after_unsaved_prompt_ = nullptr;
    } else {
        return false;
    }
    close_topmost_modal();
    return true;
}

bool App::close_topmost_window() {
    if (!ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false) || files_.busy())
        return false;
    if (modal_open())
        return close_topmost_dialog();
    if (ImGui::GetIO().WantTextInput)
        return false;  // Escape first leaves the field
    static constexpr std::array<const char*, 3> kFloating = {"###compare", "###export", "###help"};
    switch (topmost_window(kFloating)) {
        case 0:
            compare_.open = false;
            return true;
        case 1:
            export_.open = false;
            return true;
        case 2:
            help_.open = false;
            return true;
        default:
            return false;
    }
}

}  // namespace rk::gui
