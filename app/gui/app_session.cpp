// The document and session side of the App: opening, saving and the unsaved-changes guard,
// autosave, and scheduling the analysis of the current scenario revision.
#include <GLFW/glfw3.h>

#include <iostream>
#include <utility>

#include "doc/finding_cause.hpp"
#include "doc/i18n.hpp"
#include "doc/install_paths.hpp"
#include "gui/app.hpp"
#include "io/formats.hpp"
#include "model/case_io.hpp"

namespace rk::gui {

namespace fs = std::filesystem;
using doc::tr;

void App::open_case(Case c, fs::path path) {
    abandon_live_layout();  // it belongs to the document being replaced
    if (doc_ && autosaver_ && !doc_->dirty())
        autosaver_->discard(*doc_);
    doc_ = std::make_unique<doc::Document>(std::move(c), std::move(path));
    autosaver_ = std::make_unique<doc::Autosaver>(recovery_dir_,
                                                  std::chrono::seconds(options_.autosave_seconds));
    analysis_.reset();
    canvas_.reset_for_new_document();
    display_.highlight = {};  // the toggles stay; what was highlighted belongs to the old case
    display_.ego_depth = 0;
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
    if (doc_->path().empty() || doc::is_sample_file(doc_->path())) {
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

void App::request_analysis() {
    if (!doc_ || options_.bench_nodes > 0)
        return;
    if (const Scenario* s = doc_->scenario())
        analysis_.request(*s, doc_->revision());
}

void App::poll_background() {
    std::string failure;
    if (analysis_.poll(failure)) {
        const analytics::AnalysisResult& r = *analysis_.latest();
        test_log_.write("analysis " + r.scenario_id + " revision " +
                        std::to_string(analysis_.latest_revision()) + " flagged " +
                        std::to_string(doc::flagged_findings(r).size()));
    }
    if (!failure.empty()) {
        errors_title_ = tr(lang_, "Analyse mislukt (het document is niet veranderd)",
                           "Analysis failed (the document is unchanged)");
        errors_ = {failure};
    }
    jobs_.poll();
    if (doc_ && autosaver_)
        autosaver_->tick(*doc_, std::chrono::steady_clock::now());
}

}  // namespace rk::gui
