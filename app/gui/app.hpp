// The application state of one window: the open document, the views, the background
// runners, and the actions that menus, shortcuts and the help panel share.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analytics/analysis.hpp"
#include "doc/analysis_schedule.hpp"
#include "doc/autosave.hpp"
#include "doc/background.hpp"
#include "doc/document.hpp"
#include "doc/live_layout.hpp"
#include "doc/options.hpp"
#include "doc/recent_files.hpp"
#include "doc/settings.hpp"
#include "doc/test_log.hpp"
#include "gui/canvas.hpp"
#include "gui/compare_view.hpp"
#include "gui/export_dialog.hpp"
#include "gui/file_dialogs.hpp"
#include "gui/panels.hpp"
#include "gui/portfolio_view.hpp"
#include "gui/scenario_acts.hpp"
#include "gui/side_panel_frame.hpp"
#include "gui/start_screen.hpp"

struct GLFWwindow;
struct ImFont;

namespace rk::gui {

// One user action: the menu item, the keyboard shortcut and the help-panel line come from
// this single registration. Rows are written with designated initialisers; a field left out
// keeps its default (no shortcut, always enabled, not a toggle, stops a live layout).
struct Action {
    std::string id;
    const char* menu = "";  // "file", "edit", "view", "scenario", "present", "layout", "help"
    const char* name_nl = "";
    const char* name_en = "";
    int key = 0;  // GLFW key code; 0 = menu only
    bool ctrl = false;
    bool shift = false;
    std::string shortcut;  // as shown, e.g. "Ctrl+Z"
    std::function<void()> run;
    std::function<bool()> enabled;  // null = always
    std::function<bool()> checked;  // null = not a toggle
    // A view-only action (zoom, labels, theme, help…) leaves a running live layout going;
    // every other action changes or leaves the document, so the live layout is stopped and
    // its positions committed first (App::run_action).
    bool keeps_live_layout = false;
};

class App {
  public:
    // `settings`: what gui_main loaded (doc/settings.hpp); a problem in it is shown once.
    App(GLFWwindow* window, doc::AppOptions options, doc::SettingsParse settings = {});
    ~App();

    // One frame of UI (between ImGui::NewFrame and ImGui::Render).
    void frame();
    // The window wants to close: true when it may (no unsaved changes, or the user chose).
    bool request_close();
    void on_drop(const std::vector<std::string>& paths);
    void set_fonts(ImFont* normal, ImFont* large) {
        font_normal_ = normal;
        font_large_ = large;
    }
    bool presenting() const { return presenting_; }
    const CanvasView& canvas() const { return canvas_; }
    bool wants_exit() const { return exit_now_; }
    // Nothing of the analysis is pending: no debounce, no run, no quick stage waiting for its
    // full result. --screenshot waits for this, so a picture shows finished numbers.
    bool analysis_settled() const;

    // Opens a case file (native or any importable format). Errors go to the error list.
    bool open_file(const std::filesystem::path& path);
    void open_case(Case c, std::filesystem::path path);

  private:
    // The action registry (app_actions*.cpp), one function per menu.
    void register_actions();
    void append_file_actions();
    void append_edit_actions();
    void append_view_actions();
    void append_present_actions();   // Present, Layout and Help
    void append_scenario_actions();  // app/gui/scenario_actions.cpp (issue 14)
    // Issue 19 (app/gui/app_first_impression.cpp): the start screen and Escape.
    void append_start_actions();
    void show_start_screen();
    void draw_start_screen();
    bool close_topmost_window();  // on Escape: true when it closed a floating window
    bool close_topmost_dialog();  // on Escape over a modal: its OK or Cancel, where safe
    void draw_toolbar_buttons();  // in the menu bar's row (gui/toolbar.hpp)
    static Case new_case();       // the empty case of a new document
    void handle_shortcuts();
    void run_action(const Action& a);  // stops a live layout first unless the action is view-only
    // Runs the registered action `id` when it exists and is enabled (intents reported by
    // views: the side panel's compare button, the canvas context menu). False otherwise.
    bool run_action_by_id(std::string_view id);
    // The automation seam (doc::Automation, docs/gui.md): the actions and the export a
    // script asked for, run once after the first frame; and the file a view's --dump names.
    void run_automation();
    const std::string& automation_dump(const std::string& view) const;
    void draw_menu_bar();
    void draw_status_bar(float height);
    // The dialogs (app_dialogs.cpp), one function each.
    void draw_dialogs();
    void draw_unsaved_prompt();
    void draw_recovery_prompt();
    void draw_error_list();
    void draw_help();
    // The docked views (app_views.cpp): side panel, right and bottom tabs, canvas.
    void draw_layout_windows();
    void draw_side_panel(UiContext& ui, ImVec2 pos, ImVec2 size, int flags);
    void draw_right_panel(UiContext& ui, ImVec2 pos, ImVec2 size, int flags);
    void draw_bottom_panel(UiContext& ui, ImVec2 pos, ImVec2 size, int flags);
    void draw_canvas_window(UiContext& ui, ImVec2 pos, ImVec2 size, int flags);
    void poll_background();
    void request_analysis();
    bool save(const std::filesystem::path& path);
    void save_or_ask();
    void run_layout(int engine);
    // Positions as one undoable step named `nl` / `en`; only actors that moved are recorded.
    void commit_positions(const std::string& scenario_id,
                          const std::map<std::string, Position>& positions, std::string_view nl,
                          std::string_view en);
    // The live force layout (app/gui/live_layout_controls.cpp).
    void toggle_live_layout();
    void start_live_layout();
    void finish_live_layout();   // stops and commits the positions as one undo step
    void abandon_live_layout();  // stops without committing: the document changed under it
    void sync_live_layout();     // before the canvas draws: outside edits stop it; new positions
    void draw_live_layout_status();
    void step_presentation(int dir);
    void show_toast(std::string text);  // a line in the status bar for a few seconds
    void toggle_fullscreen();
    void apply_theme();
    void guarded(std::function<void()> then);  // asks about unsaved changes first
    UiContext context();
    // Carries out what the views reported in intents_ this frame, then clears it.
    void apply_view_intents();
    // Files (app_files.cpp): Open, Save as and Export's file through FileDialogs, and the
    // settings written back at exit.
    void ask_open();
    void ask_save_as();
    void ask_export_file();
    void ask_compare_file();       // another case's first scenario joins this case, then compare
    void export_out_of_samples();  // a sample's export goes to the user's folder
    BrowserPlaces browser_places() const;
    std::filesystem::path dialog_folder() const;
    void remember_folder(const std::filesystem::path& file);
    void save_settings();

    GLFWwindow* window_;
    doc::AppOptions options_;
    Language lang_;
    bool dark_;
    bool presenting_ = false;
    bool fullscreen_ = false;
    int windowed_[4] = {0, 0, 1280, 800};
    ImFont* font_normal_ = nullptr;
    ImFont* font_large_ = nullptr;

    std::unique_ptr<doc::Document> doc_;
    std::filesystem::path recovery_dir_;
    std::unique_ptr<doc::Autosaver> autosaver_;
    doc::RecentFiles recent_;
    doc::TestLog test_log_;  // --test-log: events the GUI tests assert on
    doc::JobRunner jobs_;
    // The analysis of the shown scenario revision: debounced full run, quick stage, current
    // result (doc/analysis_schedule.hpp).
    doc::AnalysisSchedule analysis_{std::chrono::milliseconds(300)};

    CanvasView canvas_;
    CanvasDisplay display_;  // what the canvas shows; read by every view, changed by actions
    ViewIntents intents_;    // what the views asked for this frame (apply_view_intents)
    SidebarView sidebar_;
    SidePanelFrame panel_frame_;  // sizes and collapsed state of the side panels (issue 19)
    InspectorView inspector_;
    CasePanelView case_panel_;
    MetricsView metrics_;
    DiagnosticsView diagnostics_;
    HistoryView history_;
    HelpView help_;
    CompareView compare_;      // issue 7: comparison window
    PortfolioView portfolio_;  // issue 20: dilemmas across cases
    ExportDialog export_;      // issue 8: export dialog
    ScenarioActsView acts_;    // issue 14: scenarios and reorganisation acts
    StartScreen start_;        // issue 19: shown when started without a file
    // Live force layout (issues 5 and 6): a worker animates the scenario until the user stops
    // it; the canvas draws its positions; stopping commits them as one undo step.
    doc::LiveLayout live_;
    const doc::Document* live_doc_ = nullptr;  // the document it was started on
    std::uint64_t live_revision_ = 0;          // document revision it is in step with
    std::size_t live_cursor_ = 0;              // history cursor at the start
    std::uint64_t live_drawn_steps_ = 0;       // steps_published() last handed to the canvas
    std::vector<std::pair<std::string, doc::Vec2d>> live_positions_;  // what the canvas draws
    std::set<std::string> live_dragged_;                              // actors held by the pointer
    bool live_dragged_this_frame_ = false;
    bool show_panels_ = true;

    std::vector<Action> actions_;
    // Dialog state.
    std::vector<std::string> errors_;  // readable list of file problems
    std::string errors_title_;
    std::function<void()> after_unsaved_prompt_;
    bool unsaved_prompt_ = false;
    std::vector<doc::RecoveryEntry> recoveries_;
    bool recovery_prompt_ = false;
    FileDialogs files_;       // issue 16: the desktop's file chooser or the built-in browser
    doc::Settings settings_;  // issue 16: persisted at exit
    bool exit_now_ = false;
    bool automation_done_ = false;  // run_automation() has run
    int presentation_step_ = -1;    // index of the highlighted finding, -1 = none
    std::string toast_;
    std::chrono::steady_clock::time_point toast_until_{};
};

}  // namespace rk::gui
