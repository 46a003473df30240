// The App: what one window holds and the order of one frame (app.hpp). The document and
// its background work are in app_session.cpp, the shell (menus, status bar, shortcuts) in
// app_shell.cpp and app_actions*.cpp, the docked views in app_views.cpp, the dialogs in
// app_dialogs.cpp and the live layout in live_layout_controls.cpp.
#include "gui/app.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <iostream>
#include <utility>

#include "doc/i18n.hpp"
#include "doc/install_paths.hpp"
#include "doc/map_building.hpp"
#include "gui/field_frame.hpp"
#include "model/case_io.hpp"

namespace rk::gui {

namespace fs = std::filesystem;
using doc::tr;

namespace {

Case empty_case() {
    Case c;
    c.id = "nieuw";
    c.title = "Nieuwe casus";
    Scenario s;
    s.id = "s1";
    s.name = "Scenario 1";
    c.scenarios.push_back(s);
    return c;
}

}  // namespace

App::App(GLFWwindow* window, doc::AppOptions options, doc::SettingsParse settings)
    : window_(window),
      options_(std::move(options)),
      lang_(options_.lang),
      dark_(options_.dark),
      recent_(doc::default_recent_files_path()),
      test_log_(options_.test_log),
      files_(window),
      settings_(std::move(settings.settings)) {
    recent_.load();
    panel_frame_.load(settings_.panels);
    if (!settings.problem.empty()) {
        std::cerr << "regiekaart: " << settings.problem << "\n";
        toast_ = tr(lang_, "Instellingen beschadigd; standaardwaarden gebruikt",
                    "Settings damaged; using the defaults");
        toast_until_ = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    }
    recovery_dir_ = options_.recovery_dir.empty() ? doc::default_recovery_dir()
                                                  : fs::path(options_.recovery_dir);
    clean_stale_temporaries(recovery_dir_);
    analysis_.settings().threads = 1;  // the UI thread must stay responsive on small machines
    analysis_.settings().permutations = 499;
    register_actions();
    apply_theme();
    compare_.automate(options_.automation.select_rows["compare"], automation_dump("compare"));
    display_.regie_multi = false;

    if (options_.bench_nodes > 0) {
        // The benchmark opens its own synthetic case.
    } else if (options_.new_case) {
        open_case(doc::new_case(lang_), {});
    } else if (!options_.file.empty()) {
        if (!open_file(options_.file))
            open_case(empty_case(), {});
    } else {
        open_case(empty_case(), {});  // behind the start screen, shown below
    }
    if (options_.bench_nodes == 0) {
        recoveries_ = doc::find_recoveries(recovery_dir_);
        recovery_prompt_ = !recoveries_.empty();
        for (const auto& r : recoveries_) {
            std::cerr << "regiekaart: recovery available: \"" << r.title << "\" ("
                      << (r.original.empty() ? "untitled" : r.original) << "), autosaved "
                      << r.saved_at << "\n";
        }
    }
    if (!options_.select.empty() && doc_) {
        doc_->selection().select_actor(options_.select);
        if (const Scenario* s = doc_->scenario())
            doc_->selection().prune(*s);
    }
    presenting_ = options_.present;
    if (!options_.overlay && doc_) {
        // Start without the overlay (screenshots, tests): a view setting, not an edit.
        Case c = doc_->data();
        if (Scenario* s = c.find_scenario(doc_->scenario_id()))
            s->view.regie_overlay = false;
        fs::path p = doc_->path();
        open_case(std::move(c), p);
    }
    // The start screen greets a start without a file; --new asks for the empty case itself.
    if (options_.file.empty() && options_.bench_nodes == 0 && !options_.new_case)
        show_start_screen();
}

Case App::new_case() {
    return empty_case();
}

App::~App() {
    save_settings();
    // A clean exit leaves no recovery behind unless there are unsaved changes.
    if (doc_ && autosaver_ && !doc_->dirty())
        autosaver_->discard(*doc_);
}

UiContext App::context() {
    const doc::AnalysisSchedule::Current shown =
        doc_ ? analysis_.current(doc_->scenario_id()) : doc::AnalysisSchedule::Current{};
    return UiContext{*doc_,
                     lang_,
                     dark_,
                     shown.result,
                     analysis_.busy(),
                     canvas_,
                     display_,
                     intents_,
                     analysis_.settings(),
                     [this] { analysis_.settings_changed(); },
                     shown.stale,
                     shown.carried_over};
}

bool App::analysis_settled() const {
    if (analysis_.busy())
        return false;
    return !doc_ || analysis_.current(doc_->scenario_id()).stale == nullptr;
}

void App::apply_theme() {
    ImGuiStyle& st = ImGui::GetStyle();
    if (dark_) {
        ImGui::StyleColorsDark();
    } else {
        ImGui::StyleColorsLight();
        st.Colors[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.96f, 0.95f, 1.f);
        st.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.90f, 0.91f, 0.92f, 1.f);
    }
    st.WindowRounding = 0;
    st.FrameRounding = 4;
    st.GrabRounding = 4;
    st.TabRounding = 4;
    st.WindowBorderSize = 1;
    frame_every_field(st, dark_);  // issue 19: fields visible on a projector
}

void App::frame() {
    poll_background();
    handle_shortcuts();
    if (font_large_ && presenting_)
        ImGui::PushFont(font_large_);
    if (!presenting_)
        draw_menu_bar();
    if (start_.visible()) {
        draw_start_screen();
    } else {
        draw_layout_windows();
    }
    if (doc_ && !start_.visible()) {
        UiContext ui = context();
        compare_.Draw(ui);
        export_.Draw(ui, compare_.result());
    }
    portfolio_.Draw(lang_, doc::sample_case_files);
    draw_dialogs();
    apply_view_intents();
    if (font_large_ && presenting_)
        ImGui::PopFont();
    test_log_.history(*doc_);
    // Safety net: a field that lost focus without reporting it must not keep a group open.
    if (doc_->in_group() && !ImGui::IsAnyItemActive() &&
        !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        doc_->end_group();
    }
    request_analysis();
    if (!std::exchange(automation_done_, true))
        run_automation();
}

void App::apply_view_intents() {
    ViewIntents asked = std::exchange(intents_, {});
    if (!asked.fly_to.empty())
        canvas_.fly_to(asked.fly_to);
    if (asked.highlight)
        display_.highlight = std::move(*asked.highlight);
    if (asked.ego_depth)
        display_.ego_depth = *asked.ego_depth;
    for (const auto& id : asked.actions)
        run_action_by_id(id);
}

void App::run_automation() {
    for (const auto& id : options_.automation.run_actions) {
        if (!run_action_by_id(id))
            std::cerr << "regiekaart: --run-action " << id << ": no such action, or not enabled\n";
    }
    if (const auto& a = options_.automation; !a.export_to.empty() && doc_) {
        UiContext ui = context();
        export_.export_once(ui, a.export_to, a.export_view, a.export_dpi, a.export_format,
                            a.export_on_open);
    }
}

const std::string& App::automation_dump(const std::string& view) const {
    static const std::string none;
    const auto it = options_.automation.dumps.find(view);
    return it == options_.automation.dumps.end() ? none : it->second;
}

}  // namespace rk::gui
