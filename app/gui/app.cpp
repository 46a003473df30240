#include "gui/app.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <set>
#include <utility>

#include "doc/edits.hpp"
#include "doc/finding_cause.hpp"
#include "doc/i18n.hpp"
#include "doc/install_paths.hpp"
#include "doc/map_building.hpp"
#include "gui/field_frame.hpp"
#include "gui/presentation.hpp"
#include "io/formats.hpp"
#include "layout/layout.hpp"
#include "model/case_io.hpp"

namespace rk::gui {

namespace fs = std::filesystem;
using doc::tr;

namespace {

std::vector<fs::path> sample_cases() {
    return doc::sample_case_files();
}

// A shipped sample is a template: saving it asks for a new name (and an installed one is
// read-only anyway).
bool is_sample_file(const fs::path& p) {
    std::error_code ec;
    return !p.empty() && fs::equivalent(p.parent_path(), doc::sample_cases_dir(), ec);
}

// Actions that only change the view leave a live layout running; every other action changes or
// leaves the document, so the live layout is stopped and committed first.
bool keeps_live_layout(const std::string& action_id) {
    static const std::set<std::string> view_only = {
        "live_layout", "live_pause", "fit",        "ego",        "labels",        "legend",
        "panels",      "multi",      "undirected", "cycles",     "clear",         "dark",
        "lang",        "present",    "help",       "select_all", "relation_mode", "portfolio"};
    return view_only.contains(action_id);
}

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
    analysis_settings_.threads = 1;  // the UI thread must stay responsive on small machines
    analysis_settings_.permutations = 499;
    analysis_runner_ = std::make_unique<doc::DebouncedRunner<AnalysisJob, AnalysisOutput>>(
        [](const AnalysisJob& job, Progress& p) {
            return AnalysisOutput{analytics::analyze(job.scenario, job.settings, &p), job.revision};
        },
        std::chrono::milliseconds(300));
    register_actions();
    apply_theme();
    canvas_.regie_multi = false;

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

void App::open_case(Case c, fs::path path) {
    abandon_live_layout();  // it belongs to the document being replaced
    if (doc_ && autosaver_ && !doc_->dirty())
        autosaver_->discard(*doc_);
    doc_ = std::make_unique<doc::Document>(std::move(c), std::move(path));
    autosaver_ = std::make_unique<doc::Autosaver>(recovery_dir_,
                                                  std::chrono::seconds(options_.autosave_seconds));
    analysis_.reset();
    analysis_scenario_.clear();
    requested_revision_ = ~0ull;
    canvas_.reset_for_new_document();
    start_.hide();  // a case was opened: the start screen has done its work
    presentation_step_ = -1;
    std::string title = "Regiekaart — " + doc_->data().title;
    glfwSetWindowTitle(window_, title.c_str());
}

bool App::open_file(const fs::path& path) {
    auto result = io::read_file(path);
    if (!result.value) {
        errors_title_ =
            std::string(tr(lang_, "Kan niet openen: ", "Cannot open: ")) + path.string();
        errors_.clear();
        for (const auto& d : result.diagnostics.items())
            errors_.push_back(d.to_string());
        if (errors_.empty())
            errors_.push_back(path.string() + ": unreadable");
        std::cerr << "regiekaart: " << path.string() << ": cannot open\n"
                  << result.diagnostics.to_string();
        return false;
    }
    const bool native = path.string().ends_with(".regie.json");
    // A save killed midway leaves FILE.tmp-XXXXXX beside the case; the case itself is intact.
    if (native)
        clean_stale_temporaries(path.parent_path());
    open_case(std::move(*result.value), native ? path : fs::path{});
    if (!native)
        doc_->mark_unsaved();  // imported: not yet saved as a case
    remember_folder(path);
    recent_.add(path);
    recent_.save();
    return true;
}

bool App::save(const fs::path& path) {
    if (!doc_)
        return false;
    const SaveResult r = save_case_file(doc_->data(), path);
    if (!r.ok) {
        errors_title_ = tr(lang_, "Opslaan mislukt", "Save failed");
        errors_ = {r.error};
        return false;
    }
    autosaver_->discard(*doc_);
    doc_->set_path(path);
    doc_->mark_saved();
    autosaver_->discard(*doc_);
    remember_folder(path);
    recent_.add(path);
    recent_.save();
    toast_ = std::string(tr(lang_, "Opgeslagen: ", "Saved: ")) + path.filename().string();
    toast_until_ = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    return true;
}

void App::save_or_ask() {
    if (!doc_)
        return;
    if (doc_->path().empty() || is_sample_file(doc_->path())) {
        ask_save_as();
    } else {
        save(doc_->path());
    }
}

void App::guarded(std::function<void()> then) {
    if (doc_ && doc_->dirty()) {
        after_unsaved_prompt_ = std::move(then);
        unsaved_prompt_ = true;
    } else {
        then();
    }
}

bool App::request_close() {
    finish_live_layout();  // its positions count as changes to save
    if (doc_ && doc_->dirty() && !exit_now_) {
        guarded([this] { exit_now_ = true; });
        return false;
    }
    return true;
}

void App::on_drop(const std::vector<std::string>& paths) {
    if (paths.empty())
        return;
    const std::string p = paths.front();
    finish_live_layout();
    guarded([this, p] { open_file(p); });
}

UiContext App::context() {
    const analytics::AnalysisResult* a =
        (analysis_ && doc_ && analysis_scenario_ == doc_->scenario_id()) ? &analysis_->result
                                                                         : nullptr;
    const std::vector<std::string>* stale = nullptr;
    if (staged_ && doc_ && staged_->result.scenario_id == doc_->scenario_id()) {
        a = &staged_->result;
        stale = &staged_->stale;
    }
    return UiContext{*doc_,
                     lang_,
                     dark_,
                     a,
                     analysis_runner_->busy(),
                     canvas_,
                     analysis_settings_,
                     [this] { ++settings_version_; },
                     stale};
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

void App::register_actions() {
    auto doc_ok = [this] { return doc_ != nullptr; };
    auto selected_two = [this] { return doc_ && doc_->selection().actors().size() >= 2; };
    auto align = [this](doc::Alignment how) {
        const auto& ids = doc_->selection().actors();
        doc_->execute(
            doc::align_actors(doc_->data(), doc_->scenario_id(), {ids.begin(), ids.end()}, how));
    };
    actions_ = {
        {"new", "file", "Nieuw", "New", GLFW_KEY_N, true, false, "Ctrl+N",
         [this] { guarded([this] { open_case(doc::new_case(lang_), {}); }); }, nullptr, nullptr},
        {"open", "file", "Openen…", "Open…", GLFW_KEY_O, true, false, "Ctrl+O",
         [this] { guarded([this] { ask_open(); }); }, nullptr, nullptr},
        {"save", "file", "Opslaan", "Save", GLFW_KEY_S, true, false, "Ctrl+S",
         [this] { save_or_ask(); }, doc_ok, nullptr},
        {"save_as", "file", "Opslaan als…", "Save as…", GLFW_KEY_S, true, true, "Ctrl+Shift+S",
         [this] { ask_save_as(); }, doc_ok, nullptr},
        {"compare", "file", "Vergelijken…", "Compare…", GLFW_KEY_D, true, false, "Ctrl+D",
         [this] {
             compare_.open = true;
             compare_.request();
         },
         [this] { return doc_ && doc_->data().scenarios.size() >= 2; }, nullptr},
        {"compare_file", "file", "Vergelijken met bestand…", "Compare with file…", 0, false, false,
         "", [this] { ask_compare_file(); }, doc_ok, nullptr},
        // Issue 20: the dilemma portfolio, starting from the open case.
        {"portfolio", "file", "Dilemma's over casussen…", "Dilemmas across cases…", GLFW_KEY_D,
         true, true, "Ctrl+Shift+D",
         [this] {
             portfolio_.open = true;
             if (doc_ && portfolio_.empty())
                 portfolio_.add_case(doc_->data(), doc_->path().empty()
                                                       ? doc_->data().id
                                                       : doc_->path().filename().string());
         },
         nullptr, nullptr},
        {"export", "file", "Exporteren…", "Export…", GLFW_KEY_E, true, false, "Ctrl+E",
         [this] {
             UiContext ui = context();
             export_.show(ui);
             export_out_of_samples();
         },
         doc_ok, nullptr},
        {"quit", "file", "Afsluiten", "Quit", GLFW_KEY_Q, true, false, "Ctrl+Q",
         [this] { guarded([this] { exit_now_ = true; }); }, nullptr, nullptr},
        {"undo", "edit", "Ongedaan maken", "Undo", GLFW_KEY_Z, true, false, "Ctrl+Z",
         [this] { doc_->undo(); },
         // While the live layout runs, undo stops it and takes back what it did.
         [this] { return doc_ && (doc_->can_undo() || live_.running()); }, nullptr},
        {"redo", "edit", "Opnieuw", "Redo", GLFW_KEY_Y, true, false, "Ctrl+Y",
         [this] { doc_->redo(); }, [this] { return doc_ && doc_->can_redo(); }, nullptr},
        {"redo2", "", "Opnieuw", "Redo", GLFW_KEY_Z, true, true, "Ctrl+Shift+Z",
         [this] { doc_->redo(); }, [this] { return doc_ && doc_->can_redo(); }, nullptr},
        {"new_actor", "edit", "Nieuwe actor bij de muis (of dubbelklik)",
         "New actor at the pointer (or double-click)", GLFW_KEY_N, false, false, "N",
         [this] { canvas_.gestures().new_actor_at_pointer(canvas_); }, doc_ok, nullptr},
        {"relation_mode", "edit", "Relatie tekenen (bron, dan doel)",
         "Draw relation (source, then target)", GLFW_KEY_R, false, false, "R",
         [this] { canvas_.gestures().toggle_relation_mode(); }, doc_ok,
         [this] { return canvas_.gestures().relation_mode(); }},
        {"paste", "edit", "Lijst plakken als actoren", "Paste a list as actors", GLFW_KEY_V, true,
         false, "Ctrl+V",
         [this] {
             CanvasContext cc{*doc_, lang_, dark_, nullptr, presenting_};
             show_toast(canvas_.gestures().paste(cc, canvas_, ImGui::GetClipboardText()));
         },
         doc_ok, nullptr},
        {"align_h", "edit", "Horizontaal uitlijnen", "Align horizontally", 0, false, false, "",
         [align] { align(doc::Alignment::Horizontal); }, selected_two, nullptr},
        {"align_v", "edit", "Verticaal uitlijnen", "Align vertically", 0, false, false, "",
         [align] { align(doc::Alignment::Vertical); }, selected_two, nullptr},
        {"delete", "edit", "Selectie verwijderen", "Delete selection", GLFW_KEY_DELETE, false,
         false, "Del",
         [this] {
             const auto sel = doc_->selection();
             doc_->begin_group(doc::bilingual("Selectie verwijderen", "Delete selection"));
             for (const auto& r : sel.relations())
                 doc_->execute(doc::remove_relation(doc_->data(), doc_->scenario_id(), r));
             for (const auto& a : sel.actors())
                 doc_->execute(doc::remove_actor(doc_->data(), doc_->scenario_id(), a));
             doc_->end_group();
         },
         [this] { return doc_ && !doc_->selection().empty(); }, nullptr},
        {"select_all", "edit", "Alles selecteren", "Select all", GLFW_KEY_A, true, false, "Ctrl+A",
         [this] {
             if (const Scenario* s = doc_->scenario()) {
                 for (const auto& a : s->actors)
                     doc_->selection().select_actor(a.id, true);
             }
         },
         doc_ok, nullptr},
        {"fit", "view", "Passend maken", "Fit to view", GLFW_KEY_F, false, false, "F",
         [this] { canvas_.fit(); }, nullptr, nullptr},
        {"overlay", "view", "Regie-overlay", "Regie overlay", GLFW_KEY_O, false, false, "O",
         [this] {
             ViewSettings v = doc_->scenario()->view;
             v.regie_overlay = !v.regie_overlay;
             doc_->execute(doc::set_view_settings(doc_->data(), doc_->scenario_id(), v));
         },
         [this] { return doc_ && doc_->scenario(); },
         [this] { return doc_ && doc_->scenario() && doc_->scenario()->view.regie_overlay; }},
        {"ego", "view", "Ego-weergave (diepte 0/1/2)", "Ego view (depth 0/1/2)", GLFW_KEY_E, false,
         false, "E", [this] { canvas_.ego_depth = (canvas_.ego_depth + 1) % 3; }, nullptr,
         [this] { return canvas_.ego_depth > 0; }},
        {"labels", "view", "Labels", "Labels", GLFW_KEY_L, false, false, "L",
         [this] { canvas_.show_labels = !canvas_.show_labels; }, nullptr,
         [this] { return canvas_.show_labels; }},
        {"legend", "view", "Legenda", "Legend", GLFW_KEY_G, false, false, "G",
         [this] { canvas_.show_legend = !canvas_.show_legend; }, nullptr,
         [this] { return canvas_.show_legend; }},
        {"panels", "view", "Panelen", "Panels", GLFW_KEY_TAB, true, false, "Ctrl+Tab",
         [this] { show_panels_ = !show_panels_; }, nullptr, [this] { return show_panels_; }},
        {"panel_left", "view", "Paneel casus en weergave", "Case and view panel", GLFW_KEY_F6,
         false, false, "F6", [this] { panel_frame_.toggle(PanelSide::Left); }, nullptr,
         [this] { return panel_frame_.open(PanelSide::Left); }},
        {"panel_right", "view", "Paneel inspector", "Inspector panel", GLFW_KEY_F7, false, false,
         "F7", [this] { panel_frame_.toggle(PanelSide::Right); }, nullptr,
         [this] { return panel_frame_.open(PanelSide::Right); }},
        {"panel_bottom", "view", "Paneel diagnostiek en maten", "Diagnostics and metrics panel",
         GLFW_KEY_F8, false, false, "F8", [this] { panel_frame_.toggle(PanelSide::Bottom); },
         nullptr, [this] { return panel_frame_.open(PanelSide::Bottom); }},
        {"multi", "view", "Toon meervoudig aangestuurde actoren", "Show multiply directed actors",
         0, false, false, "", [this] { canvas_.regie_multi = !canvas_.regie_multi; }, nullptr,
         [this] { return canvas_.regie_multi; }},
        {"undirected", "view", "Toon niet-aangestuurde actoren", "Show undirected actors", 0, false,
         false, "", [this] { canvas_.regie_undirected = !canvas_.regie_undirected; }, nullptr,
         [this] { return canvas_.regie_undirected; }},
        {"cycles", "view", "Toon regiecycli", "Show regie cycles", 0, false, false, "",
         [this] { canvas_.regie_cycles = !canvas_.regie_cycles; }, nullptr,
         [this] { return canvas_.regie_cycles; }},
        {"clear", "view", "Markering wissen", "Clear highlight", GLFW_KEY_ESCAPE, false, false,
         "Esc",
         [this] {
             canvas_.highlight = {};
             canvas_.regie_multi = canvas_.regie_undirected = canvas_.regie_cycles = false;
             canvas_.ego_depth = 0;
             presentation_step_ = -1;
         },
         nullptr, nullptr},
        {"dark", "view", "Donker thema", "Dark theme", GLFW_KEY_T, false, false, "T",
         [this] {
             dark_ = !dark_;
             apply_theme();
         },
         nullptr, [this] { return dark_; }},
        {"lang", "view", "English", "Nederlands", GLFW_KEY_K, false, false, "K",
         [this] { lang_ = lang_ == Language::Dutch ? Language::English : Language::Dutch; },
         nullptr, nullptr},
        {"present", "present", "Presentatiemodus", "Presentation mode", GLFW_KEY_F11, false, false,
         "F11", [this] { toggle_fullscreen(); }, nullptr, [this] { return presenting_; }},
        {"next", "present", "Volgende markering / scenario", "Next highlight / scenario",
         GLFW_KEY_PAGE_DOWN, false, false, "PageDown", [this] { step_presentation(+1); }, doc_ok,
         nullptr},
        {"prev", "present", "Vorige markering / scenario", "Previous highlight / scenario",
         GLFW_KEY_PAGE_UP, false, false, "PageUp", [this] { step_presentation(-1); }, doc_ok,
         nullptr},
        {"live_layout", "layout", "Live ForceAtlas2 (geanimeerd)", "Live ForceAtlas2 (animated)",
         GLFW_KEY_SPACE, false, false, "Space", [this] { toggle_live_layout(); },
         [this] { return doc_ && doc_->scenario() && !jobs_.running(); },
         [this] { return live_.running(); }},
        {"live_pause", "layout", "Live layout pauzeren", "Pause live layout", GLFW_KEY_SPACE, false,
         true, "Shift+Space", [this] { live_.paused() ? live_.resume() : live_.pause(); },
         [this] { return live_.running(); }, [this] { return live_.paused(); }},
        {"help", "help", "Sneltoetsen", "Keyboard shortcuts", GLFW_KEY_F1, false, false, "F1",
         [this] { help_.open = !help_.open; }, nullptr, [this] { return help_.open; }},
    };
    append_scenario_actions();
    append_start_actions();
}

void App::run_action(const Action& a) {
    if (!keeps_live_layout(a.id))
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

void App::toggle_fullscreen() {
    presenting_ = !presenting_;
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    if (presenting_ && monitor) {
        glfwGetWindowPos(window_, &windowed_[0], &windowed_[1]);
        glfwGetWindowSize(window_, &windowed_[2], &windowed_[3]);
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
        fullscreen_ = true;
    } else if (fullscreen_) {
        glfwSetWindowMonitor(window_, nullptr, windowed_[0], windowed_[1], windowed_[2],
                             windowed_[3], 0);
        fullscreen_ = false;
    }
    canvas_.fit();
}

void App::step_presentation(int dir) {
    // Steps: each flagged diagnostic of the scenario in turn (a caption, and its cause
    // highlighted when it has one), then the next scenario.
    UiContext ui = context();
    const auto flagged = ui.analysis ? doc::flagged_findings(*ui.analysis)
                                     : std::vector<const analytics::Finding*>{};
    const int next = presentation_step_ + dir;
    if (next >= 0 && next < int(flagged.size())) {
        presentation_step_ = next;
        const auto* f = flagged[next];
        canvas_.highlight = highlight_for(*doc_->scenario(), *f, lang_);
        test_log_.write("presentation step " + std::to_string(next + 1) + "/" +
                        std::to_string(flagged.size()) + " " + f->id + " " +
                        canvas_.highlight.caption_nl.title + " | " +
                        canvas_.highlight.caption_en.title);
        return;
    }
    if (next == -1 && presentation_step_ >= 0) {
        presentation_step_ = -1;
        canvas_.highlight = {};
        return;
    }
    // Move to the neighbouring scenario.
    const auto& sc = doc_->data().scenarios;
    int idx = 0;
    for (std::size_t i = 0; i < sc.size(); ++i) {
        if (sc[i].id == doc_->scenario_id())
            idx = int(i);
    }
    const int target = idx + dir;
    if (target < 0 || target >= int(sc.size()))
        return;
    doc_->set_scenario(sc[target].id);
    canvas_.highlight = {};
    presentation_step_ = -1;
    test_log_.write("presentation scenario " + sc[target].id);
}

void App::show_toast(std::string text) {
    if (text.empty())
        return;
    toast_ = std::move(text);
    toast_until_ = std::chrono::steady_clock::now() + std::chrono::seconds(4);
}

void App::request_analysis() {
    if (!doc_ || options_.bench_nodes > 0)
        return;
    const Scenario* s = doc_->scenario();
    if (!s)
        return;
    if (requested_revision_ == doc_->revision() && requested_scenario_ == s->id &&
        requested_settings_version_ == settings_version_) {
        return;
    }
    requested_revision_ = doc_->revision();
    requested_scenario_ = s->id;
    requested_settings_version_ = settings_version_;
    analysis_runner_->request(AnalysisJob{*s, analysis_settings_, doc_->revision()});
    run_quick_stage(*s);
}

void App::run_quick_stage(const Scenario& s) {
    staged_.reset();
    if (s.actors.size() > doc::kQuickStageMaxActors)
        return;
    const bool same_scenario = analysis_ && analysis_scenario_ == s.id;
    try {
        staged_ = doc::combine_stages(analytics::analyze(s, doc::quick_stage(analysis_settings_)),
                                      same_scenario ? &analysis_->result : nullptr);
        staged_revision_ = doc_->revision();
    } catch (const std::exception&) {
        staged_.reset();  // the full analysis on the runner reports what went wrong
    }
}

void App::poll_background() {
    if (auto r = analysis_runner_->poll()) {
        analysis_scenario_ = r->value.result.scenario_id;
        if (staged_ && r->value.revision >= staged_revision_)
            staged_.reset();
        analysis_ = std::move(r->value);
        test_log_.write("analysis " + analysis_scenario_ + " revision " +
                        std::to_string(analysis_->revision) + " flagged " +
                        std::to_string(doc::flagged_findings(analysis_->result).size()));
    }
    if (std::string failure = analysis_runner_->take_error(); !failure.empty()) {
        errors_title_ = tr(lang_, "Analyse mislukt (het document is niet veranderd)",
                           "Analysis failed (the document is unchanged)");
        errors_ = {failure};
    }
    jobs_.poll();
    if (doc_ && autosaver_)
        autosaver_->tick(*doc_, std::chrono::steady_clock::now());
}

void App::run_layout(int engine) {
    if (!doc_ || !doc_->scenario())
        return;
    const auto eng = static_cast<layout::LayoutEngine>(engine);
    Scenario scenario = *doc_->scenario();
    doc::Document* target = doc_.get();
    const std::string sid = scenario.id;
    const std::string name(layout::engine_name(eng));
    jobs_.start(std::string("Layout: ") + name,
                [this, scenario = std::move(scenario), eng, target, sid,
                 name](Progress& p) -> doc::JobRunner::Apply {
                    layout::LayoutRequest req;
                    req.engine = eng;
                    req.threads = 1;
                    layout::LayoutResult r = layout::run_layout(scenario, req, &p);
                    if (!r.ok)
                        throw std::runtime_error(r.error);
                    return [this, target, sid, name, positions = std::move(r.positions)] {
                        if (doc_.get() != target)
                            return;  // another case was opened meanwhile
                        commit_positions(sid, positions, "Layout: " + name, "Layout: " + name);
                        canvas_.fit();
                    };
                });
}

void App::commit_positions(const std::string& scenario_id,
                           const std::map<std::string, Position>& positions, std::string_view nl,
                           std::string_view en) {
    const Scenario* s = doc_->data().find_scenario(scenario_id);
    if (!s)
        return;
    std::vector<std::pair<std::string, Position>> to;
    for (const auto& [id, p] : positions) {
        auto it = s->positions.find(id);
        if (it == s->positions.end() || !(it->second == p))
            to.emplace_back(id, p);
    }
    if (to.empty())
        return;  // nothing moved: no empty step in the history
    doc_->begin_group(doc::bilingual(nl, en));
    doc_->execute(doc::move_actors(doc_->data(), scenario_id, to));
    doc_->end_group();
}

void App::draw_menu_bar() {
    if (!ImGui::BeginMainMenuBar())
        return;
    auto menu_items = [&](const char* menu) {
        for (const auto& a : actions_) {
            if (std::string(a.menu) != menu)
                continue;
            const bool enabled = !a.enabled || a.enabled();
            const bool checked = a.checked && a.checked();
            if (ImGui::MenuItem(lang_ == Language::Dutch ? a.name_nl : a.name_en,
                                a.shortcut.empty() ? nullptr : a.shortcut.c_str(), checked,
                                enabled)) {
                run_action(a);
            }
        }
    };
    if (ImGui::BeginMenu(tr(lang_, "Bestand", "File"))) {
        menu_items("file");
        if (ImGui::BeginMenu(tr(lang_, "Recente bestanden", "Recent files"),
                             !recent_.items().empty())) {
            for (const auto& r : recent_.items()) {
                if (ImGui::MenuItem(r.c_str()))
                    guarded([this, r] { open_file(r); });
            }
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(lang_, "Voorbeeldcasussen", "Sample cases"))) {
            for (const auto& p : sample_cases()) {
                if (ImGui::MenuItem(p.filename().string().c_str()))
                    guarded([this, p] { open_file(p); });
            }
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(lang_, "Bewerken", "Edit"))) {
        menu_items("edit");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(lang_, "Beeld", "View"))) {
        menu_items("view");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Scenario")) {
        menu_items("scenario");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Layout")) {
        menu_items("layout");
        ImGui::Separator();
        // Every engine of `regiekaart layout`, own ones first.
        const layout::LayoutEngine engines[] = {
            layout::LayoutEngine::ForceAtlas2, layout::LayoutEngine::Stress,
            layout::LayoutEngine::Dot,         layout::LayoutEngine::Neato,
            layout::LayoutEngine::Sfdp,        layout::LayoutEngine::Fdp,
            layout::LayoutEngine::Circo,       layout::LayoutEngine::Twopi,
            layout::LayoutEngine::Swimlanes,   layout::LayoutEngine::PowerInterest};
        for (auto e : engines) {
            if (ImGui::MenuItem(std::string(layout::engine_name(e)).c_str(), nullptr, false,
                                !jobs_.running() && !live_.running())) {
                run_layout(static_cast<int>(e));
            }
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(lang_, "Presenteren", "Present"))) {
        menu_items("present");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        menu_items("help");
        ImGui::EndMenu();
    }
    draw_toolbar_buttons();
    ImGui::EndMainMenuBar();
}

void App::draw_status_bar(float height) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 3));
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const std::string name =
        doc_->display_name().empty() ? tr(lang_, "naamloos", "untitled") : doc_->display_name();
    ImGui::Text("%s%s", name.c_str(), doc_->dirty() ? " *" : "");
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    if (const Scenario* s = doc_->scenario()) {
        ImGui::Text("%s: %zu %s, %zu %s", s->name.c_str(), s->actors.size(),
                    tr(lang_, "actoren", "actors"), s->relations.size(),
                    tr(lang_, "relaties", "relations"));
    }
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    if (analysis_runner_->busy()) {
        ImGui::TextUnformatted(tr(lang_, "analyse loopt…", "analysing…"));
    } else if (context().analysis) {
        ImGui::TextUnformatted(tr(lang_, "analyse actueel", "analysis up to date"));
    } else {
        ImGui::TextDisabled("%s", tr(lang_, "geen analyse", "no analysis"));
    }
    if (jobs_.running()) {
        ImGui::SameLine();
        ImGui::TextDisabled("|");
        ImGui::SameLine();
        ImGui::TextUnformatted(jobs_.title().c_str());
        ImGui::SameLine();
        ImGui::ProgressBar(float(jobs_.progress()), ImVec2(160, 0));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(lang_, "Annuleren", "Cancel")))
            jobs_.cancel();
    } else if (jobs_.state() == doc::JobRunner::State::Failed) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s: %s", jobs_.title().c_str(),
                           jobs_.error().c_str());
    }
    draw_live_layout_status();
    if (!toast_.empty() && std::chrono::steady_clock::now() < toast_until_) {
        ImGui::SameLine();
        ImGui::TextDisabled("|");
        ImGui::SameLine();
        ImGui::TextUnformatted(toast_.c_str());
    }
    if (!autosaver_->last_error().empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "autosave: %s",
                           autosaver_->last_error().c_str());
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void App::draw_layout_windows() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float fs = ImGui::GetFontSize();
    const float status_h = presenting_ ? 0.f : fs + 8;
    const bool panels = show_panels_ && !presenting_;
    const ImVec2 p0 = vp->WorkPos;
    const ImVec2 sz(vp->WorkSize.x, vp->WorkSize.y - status_h);
    const doc::PanelExtents ext =
        panel_frame_.layout(sz, fs, !doc_->selection().empty(), doc_->selection().version());
    panel_frame_.report(test_log_);
    const float left_w = panels ? ext.left : 0;
    const float right_w = panels ? ext.right : 0;
    const float bottom_h = panels ? ext.bottom : 0;
    const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    UiContext ui = context();

    if (panels && panel_frame_.open(PanelSide::Left)) {
        ImGui::SetNextWindowPos(p0);
        ImGui::SetNextWindowSize(ImVec2(left_w, sz.y));
        if (ImGui::Begin("###side", nullptr, fixed | ImGuiWindowFlags_NoTitleBar) &&
            ImGui::BeginTabBar("side_tabs")) {
            panel_frame_.collapse_tab(PanelSide::Left, lang_);
            if (ImGui::BeginTabItem(
                    tr(lang_, "Casus en weergave###sidetab", "Case and view###sidetab"))) {
                sidebar_.Draw(ui);
                if (std::exchange(sidebar_.compare_previous_requested, false))
                    run_action_by_id("scenario_compare_previous");
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
        ImGui::End();
    }
    if (panels && panel_frame_.open(PanelSide::Right)) {
        ImGui::SetNextWindowPos(ImVec2(p0.x + sz.x - right_w, p0.y));
        ImGui::SetNextWindowSize(ImVec2(right_w, sz.y));
        if (ImGui::Begin("###right", nullptr, fixed | ImGuiWindowFlags_NoTitleBar)) {
            if (ImGui::BeginTabBar("right_tabs")) {
                panel_frame_.collapse_tab(PanelSide::Right, lang_);
                if (ImGui::BeginTabItem(tr(lang_, "Inspector###insp", "Inspector###insp"), nullptr,
                                        panel_frame_.right_tab_flags(0))) {
                    inspector_.Draw(ui);
                    ImGui::EndTabItem();
                }
                if (ImGui::BeginTabItem(tr(lang_, "Casus###case", "Case###case"), nullptr,
                                        panel_frame_.right_tab_flags(1))) {
                    case_panel_.Draw(ui);
                    ImGui::EndTabItem();
                }
                if (ImGui::BeginTabItem(tr(lang_, "Geschiedenis###hist", "History###hist"), nullptr,
                                        panel_frame_.right_tab_flags(2))) {
                    history_.Draw(ui);
                    ImGui::EndTabItem();
                }
                ImGui::EndTabBar();
            }
        }
        ImGui::End();
    }
    if (panels && panel_frame_.open(PanelSide::Bottom)) {
        ImGui::SetNextWindowPos(ImVec2(p0.x + left_w, p0.y + sz.y - bottom_h));
        ImGui::SetNextWindowSize(ImVec2(sz.x - left_w - right_w, bottom_h));
        if (ImGui::Begin("###bottom", nullptr, fixed | ImGuiWindowFlags_NoTitleBar)) {
            if (ImGui::BeginTabBar("bottom_tabs")) {
                panel_frame_.collapse_tab(PanelSide::Bottom, lang_);
                if (ImGui::BeginTabItem(tr(lang_, "Diagnostiek###diag", "Diagnostics###diag"))) {
                    diagnostics_.Draw(ui);
                    ImGui::EndTabItem();
                }
                if (ImGui::BeginTabItem(tr(lang_, "Maten###metrics", "Metrics###metrics"))) {
                    metrics_.Draw(ui);
                    ImGui::EndTabItem();
                }
                ImGui::EndTabBar();
            }
        }
        ImGui::End();
    }

    ImGui::SetNextWindowPos(ImVec2(p0.x + left_w, p0.y));
    ImGui::SetNextWindowSize(ImVec2(sz.x - left_w - right_w, sz.y - bottom_h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.f);
    if (ImGui::Begin("###canvas", nullptr,
                     fixed | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                         ImGuiWindowFlags_NoScrollWithMouse)) {
        CanvasContext cc{*doc_, lang_, dark_, ui.analysis, presenting_};
        sync_live_layout();
        live_dragged_this_frame_ = false;
        canvas_.draw(cc, ImGui::GetContentRegionAvail());
        if (std::string id = std::exchange(canvas_.gestures().requested_action, {}); !id.empty())
            run_action_by_id(id);
        // A drag during a live layout is also recorded in the document: that change is ours.
        if (live_dragged_this_frame_)
            live_revision_ = doc_->revision();
        if (!options_.positions_out.empty())
            canvas_.write_screen_positions(options_.positions_out);
        if (test_log_.enabled()) {
            for (const auto& line : canvas_.take_fit_report())
                test_log_.write(line);
        }
        if (presenting_) {
            // The case and scenario as a caption, since the panels are hidden.
            const Scenario* s = doc_->scenario();
            const std::string cap = doc_->data().title + (s ? "  —  " + s->name : std::string{});
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
            const ImVec2 ts = ImGui::CalcTextSize(cap.c_str());
            dl->AddText(ImVec2(wp.x + ws.x - ts.x - 20, wp.y + ws.y - ts.y - 14),
                        dark_ ? IM_COL32(230, 230, 235, 255) : IM_COL32(30, 30, 40, 255),
                        cap.c_str());
            draw_presentation_caption(dl, canvas_.highlight, wp, ws, lang_, dark_);
        }
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    if (panels)
        panel_frame_.draw_edges(p0, sz, lang_);  // above the canvas: its edges take the drag
    if (!presenting_)
        draw_status_bar(status_h);
}

void App::draw_dialogs() {
    {
        UiContext ui = context();
        acts_.Draw(ui);
    }
    // Unsaved changes.
    if (unsaved_prompt_) {
        ImGui::OpenPopup("###unsaved");
        unsaved_prompt_ = false;
    }
    if (ImGui::BeginPopupModal(
            tr(lang_, "Niet-opgeslagen wijzigingen###unsaved", "Unsaved changes###unsaved"),
            nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text(tr(lang_, "\"%s\" heeft wijzigingen die niet zijn opgeslagen.",
                       "\"%s\" has changes that are not saved."),
                    doc_->data().title.c_str());
        if (ImGui::Button(tr(lang_, "Opslaan", "Save"))) {
            ImGui::CloseCurrentPopup();
            const bool needs_name = doc_->path().empty() || is_sample_file(doc_->path());
            if (!needs_name && save(doc_->path()) && after_unsaved_prompt_) {
                auto f = std::move(after_unsaved_prompt_);
                f();
            } else if (needs_name) {
                save_or_ask();  // Save as; it continues with after_unsaved_prompt_
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(lang_, "Niet opslaan", "Don't save"))) {
            ImGui::CloseCurrentPopup();
            autosaver_->discard(*doc_);
            doc_->mark_saved();  // the user chose to drop them
            if (after_unsaved_prompt_) {
                auto f = std::move(after_unsaved_prompt_);
                f();
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(lang_, "Annuleren", "Cancel"))) {
            after_unsaved_prompt_ = nullptr;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    // Recovery offer after a crash.
    if (recovery_prompt_) {
        ImGui::OpenPopup("###recovery");
        recovery_prompt_ = false;
    }
    if (ImGui::BeginPopupModal(
            tr(lang_, "Herstellen na een crash###recovery", "Recover after a crash###recovery"),
            nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(
            tr(lang_, "Regiekaart is niet netjes afgesloten. Automatisch bewaarde versies:",
               "Regiekaart did not close cleanly. Autosaved versions:"));
        ImGui::Separator();
        for (std::size_t i = 0; i < recoveries_.size(); ++i) {
            const auto& r = recoveries_[i];
            ImGui::PushID(int(i));
            ImGui::Text("%s", r.title.c_str());
            ImGui::TextDisabled("%s: %s", tr(lang_, "bestand", "file"),
                                r.original.empty()
                                    ? tr(lang_, "(nooit opgeslagen)", "(never saved)")
                                    : r.original.c_str());
            ImGui::TextDisabled("%s: %s", tr(lang_, "bewaard", "autosaved"), r.saved_at.c_str());
            if (ImGui::Button(tr(lang_, "Herstellen", "Recover"))) {
                auto loaded = load_case_file(r.case_file);
                if (loaded.value) {
                    open_case(std::move(*loaded.value), r.original);
                    doc_->mark_unsaved();
                    doc::discard_recovery(r);
                    autosaver_->write_now(*doc_);
                    recoveries_.erase(recoveries_.begin() + std::ptrdiff_t(i));
                } else {
                    errors_title_ = tr(lang_, "Herstellen mislukt", "Recovery failed");
                    errors_.clear();
                    for (const auto& d : loaded.diagnostics.items())
                        errors_.push_back(d.to_string());
                }
                ImGui::PopID();
                break;
            }
            ImGui::SameLine();
            if (ImGui::Button(tr(lang_, "Verwerpen", "Discard"))) {
                doc::discard_recovery(r);
                recoveries_.erase(recoveries_.begin() + std::ptrdiff_t(i));
                ImGui::PopID();
                break;
            }
            ImGui::Separator();
            ImGui::PopID();
        }
        if (ImGui::Button(tr(lang_, "Later beslissen", "Decide later")) || recoveries_.empty()) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    files_.Draw(lang_);  // Open / Save as / Export's file: the portal or the built-in browser
    if (export_.browse_requested) {
        export_.browse_requested = false;
        ask_export_file();
    }

    // File errors: a readable list, one problem per line, never a crash.
    if (!errors_.empty()) {
        ImGui::OpenPopup("###errors");
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 45, ImGui::GetFontSize() * 18),
                             ImGuiCond_Appearing);
    if (ImGui::BeginPopupModal(
            tr(lang_, "Problemen met het bestand###errors", "Problems with the file###errors"))) {
        ImGui::TextWrapped("%s", errors_title_.c_str());
        ImGui::BeginChild("##errlist", ImVec2(0, -ImGui::GetFrameHeightWithSpacing()), true);
        for (const auto& e : errors_)
            ImGui::TextWrapped("%s", e.c_str());
        ImGui::EndChild();
        if (ImGui::Button("OK")) {
            errors_.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (help_.open) {
        std::vector<ShortcutLine> lines;
        for (const auto& a : actions_) {
            if (!a.shortcut.empty())
                lines.push_back({a.shortcut, lang_ == Language::Dutch ? a.name_nl : a.name_en});
        }
        const char* canvas_help[][2] = {
            {"Klik / Shift+klik / Ctrl+klik", "selecteren / toevoegen / omschakelen"},
            {"Slepen op actor", "verplaatsen (één stap ongedaan te maken)"},
            {"Slepen op leeg vlak", "rechthoek selecteren"},
            {"Rechts- of middenslepen", "schuiven"},
            {"Rechtsklik (zonder slepen)", "menu van actor, relatie of leeg vlak"},
            {"Dubbelklik op leeg vlak / N",
             "nieuwe actor daar; Enter bewaart, Tab volgende, Esc annuleert"},
            {"R, dan klik bron en doel", "relatie tekenen (laag = laatst gebruikte)"},
            {"Greep aan de rand van een actor slepen", "relatie naar de actor waar je loslaat"},
            {"Ctrl+V", "geplakte regels worden actoren in een raster bij de muis"},
            {"Scrollwiel", "zoomen naar de muis"},
            {"Dubbelklik op groep", "groep uitklappen"},
            {"Slepen tijdens live layout", "het netwerk schikt zich om de actor"},
        };
        const char* canvas_help_en[][2] = {
            {"Click / Shift+click / Ctrl+click", "select / add / toggle"},
            {"Drag an actor", "move (one undo step)"},
            {"Drag on empty space", "box select"},
            {"Right or middle drag", "pan"},
            {"Right-click (no drag)", "menu of the actor, relation or empty canvas"},
            {"Double-click empty canvas / N",
             "new actor there; Enter keeps, Tab next, Esc cancels"},
            {"R, then click source and target", "draw a relation (layer = last used)"},
            {"Drag the handle on an actor's rim", "relation to the actor where you let go"},
            {"Ctrl+V", "pasted lines become actors in a grid at the pointer"},
            {"Mouse wheel", "zoom to the cursor"},
            {"Double-click a group", "expand the group"},
            {"Drag during live layout", "the network settles around the actor"},
        };
        for (std::size_t i = 0; i < std::size(canvas_help); ++i) {
            const auto& h = lang_ == Language::Dutch ? canvas_help[i] : canvas_help_en[i];
            lines.push_back({h[0], h[1]});
        }
        help_.Draw(lang_, lines);
    }
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
    portfolio_.Draw(lang_, sample_cases);
    draw_dialogs();
    if (font_large_ && presenting_)
        ImGui::PopFont();
    test_log_.history(*doc_);
    // Safety net: a field that lost focus without reporting it must not keep a group open.
    if (doc_->in_group() && !ImGui::IsAnyItemActive() &&
        !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        doc_->end_group();
    }
    request_analysis();
}

}  // namespace rk::gui
