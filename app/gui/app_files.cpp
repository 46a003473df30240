// The App's file questions (issue 16): Open, Save as and the export dialog's file go
// through FileDialogs (the desktop's chooser, or the built-in browser), starting in the
// last folder; the settings are written back when the window closes.
#include <GLFW/glfw3.h>

#include <algorithm>
#include <iostream>

#include "doc/file_filters.hpp"
#include "doc/folder_listing.hpp"
#include "doc/i18n.hpp"
#include "doc/import_scenario.hpp"
#include "doc/install_paths.hpp"
#include "gui/app.hpp"
#include "io/formats.hpp"

namespace rk::gui {

namespace fs = std::filesystem;
using doc::tr;

fs::path App::dialog_folder() const {
    std::error_code ec;
    if (!settings_.last_folder.empty() && fs::is_directory(settings_.last_folder, ec)) {
        return settings_.last_folder;
    }
    if (doc_ && !doc_->path().empty())
        return doc_->path().parent_path();
    return fs::current_path(ec);
}

void App::remember_folder(const fs::path& file) {
    std::error_code ec;
    // The samples open by themselves at start; the user's own folder stays the last one.
    if (fs::equivalent(file.parent_path(), doc::sample_cases_dir(), ec))
        return;
    const fs::path abs = fs::absolute(file, ec);
    settings_.last_folder = (ec ? file : abs).parent_path().lexically_normal().string();
}

BrowserPlaces App::browser_places() const {
    BrowserPlaces p;
    if (const fs::path home = doc::home_folder(); !home.empty()) {
        p.folders.push_back({tr(lang_, "Persoonlijke map", "Home"), home});
        std::error_code ec;
        for (const char* sub : {"Documenten", "Documents", "Bureaublad", "Desktop"}) {
            const fs::path d = home / sub;
            if (fs::is_directory(d, ec))
                p.folders.push_back({sub, d});
        }
    }
    if (!settings_.last_folder.empty()) {
        p.folders.push_back({tr(lang_, "Laatste map", "Last folder"), settings_.last_folder});
    }
    if (doc_ && !doc_->path().empty()) {
        p.folders.push_back(
            {tr(lang_, "Map van de casus", "Folder of the case"), doc_->path().parent_path()});
    }
    p.folders.push_back({tr(lang_, "Voorbeeldcasussen", "Sample cases"), doc::sample_cases_dir()});
    // One entry per folder: the last folder is often the case's folder too.
    std::vector<BrowserPlace> unique;
    for (auto& f : p.folders) {
        const bool seen = std::any_of(unique.begin(), unique.end(),
                                      [&](const BrowserPlace& u) { return u.path == f.path; });
        if (!seen)
            unique.push_back(std::move(f));
    }
    p.folders = std::move(unique);
    // Case files by name without the common ".regie.json", so the narrow column shows them.
    auto short_name = [](const fs::path& file) {
        std::string n = file.filename().string();
        if (n.ends_with(".regie.json"))
            n.resize(n.size() - 11);
        return n;
    };
    for (const auto& r : recent_.items())
        p.recent.push_back({short_name(r), r});
    for (const auto& s : doc::sample_case_files())
        p.samples.push_back({short_name(s), s});
    return p;
}

void App::ask_open() {
    doc::ChooserRequest r;
    r.title = tr(lang_, "Casus openen", "Open case");
    r.filters = doc::open_filters(lang_);
    r.folder = dialog_folder();
    files_.ask(std::move(r), browser_places(), [this](const fs::path& p) {
        finish_live_layout();
        guarded([this, p] { open_file(p); });
    });
}

void App::ask_save_as() {
    if (!doc_)
        return;
    doc::ChooserRequest r;
    r.save = true;
    r.title = tr(lang_, "Opslaan als", "Save as");
    r.filters = doc::save_case_filters(lang_);
    r.folder = dialog_folder();
    // A shipped sample is a template: propose the user's folder, never the samples' own.
    std::error_code ec;
    if (fs::equivalent(r.folder, doc::sample_cases_dir(), ec))
        r.folder = doc::user_folder();
    r.suggested_name =
        doc_->path().empty() ? doc_->data().id + ".regie.json" : doc_->path().filename().string();
    files_.ask(std::move(r), browser_places(), [this](const fs::path& chosen) {
        fs::path p = chosen;
        if (!p.string().ends_with(".regie.json"))
            p += ".regie.json";
        save(p);
        // Save as from the unsaved-changes question: continue what the user was doing.
        if (after_unsaved_prompt_ && doc_ && !doc_->dirty()) {
            auto then = std::move(after_unsaved_prompt_);
            then();
        }
    });
}

void App::ask_export_file() {
    const fs::path current(export_.path);
    const std::string ext = current.extension().string();
    doc::ChooserRequest r;
    r.save = true;
    r.title = tr(lang_, "Exporteren naar", "Export to");
    r.filters = doc::export_filters(lang_, ext);
    r.folder = current.has_parent_path() ? current.parent_path() : dialog_folder();
    r.suggested_name = current.filename().string();
    files_.ask(std::move(r), browser_places(), [this, ext](const fs::path& chosen) {
        fs::path p = chosen;
        if (!ext.empty() && p.extension() != ext)
            p += ext;
        export_.path = p.string();
    });
}

void App::ask_compare_file() {
    doc::ChooserRequest r;
    r.title = tr(lang_, "Vergelijken met bestand", "Compare with file");
    r.filters = doc::open_filters(lang_);
    r.folder = dialog_folder();
    files_.ask(std::move(r), browser_places(), [this](const fs::path& p) {
        if (!doc_)
            return;
        auto result = io::read_file(p);
        if (!result.value || result.value->scenarios.empty()) {
            errors_title_ =
                std::string(tr(lang_, "Kan niet vergelijken met: ", "Cannot compare with: ")) +
                p.string();
            errors_.clear();
            for (const auto& d : result.diagnostics.items())
                errors_.push_back(d.to_string());
            if (errors_.empty())
                errors_.push_back(p.string() + ": no scenario");
            return;
        }
        finish_live_layout();
        std::string stem = p.filename().string();
        if (stem.ends_with(".regie.json"))
            stem.resize(stem.size() - 11);
        Scenario s = doc::scenario_for_comparison(doc_->data(), *result.value, stem);
        const std::string before = doc_->scenario_id(), after = s.id;
        doc_->execute(doc::add_scenario(std::move(s)));
        remember_folder(p);
        // The comparison window proposes the lineage between the two (by id and name), as
        // `regiekaart compare A B` does.
        compare_.before_id = before;
        compare_.after_id = after;
        compare_.open = true;
        compare_.request();
    });
}

void App::export_out_of_samples() {
    // The export dialog proposes a file beside the case; for a shipped sample that is
    // /usr/share/regiekaart/cases, which the user cannot (and should not) write.
    const fs::path proposed(export_.path);
    std::error_code ec;
    if (!fs::equivalent(proposed.parent_path(), doc::sample_cases_dir(), ec))
        return;
    fs::path folder = dialog_folder();
    if (fs::equivalent(folder, doc::sample_cases_dir(), ec))
        folder = doc::user_folder();
    export_.path = (folder / proposed.filename()).string();
}

void App::save_settings() {
    // Screenshots and benchmarks are runs of scripts, not of a user: they change nothing.
    if (!options_.screenshot.empty() || options_.bench_nodes > 0)
        return;
    // A value given on the command line is for this run; one changed in the window is kept.
    if (!options_.lang_given || lang_ != options_.lang)
        settings_.language = lang_;
    if (!options_.theme_given || dark_ != options_.dark)
        settings_.dark = dark_;
    if (!options_.size_given && !fullscreen_) {
        doc::WindowGeometry g;
        glfwGetWindowSize(window_, &g.width, &g.height);
        int x = 0, y = 0;
        glfwGetWindowPos(window_, &x, &y);
        g.x = x;
        g.y = y;
        if (g.width >= 320 && g.height >= 240)
            settings_.window = g;
    }
    settings_.panels = panel_frame_.saved();
    const auto r = doc::SettingsStore(doc::SettingsStore::default_file()).save(settings_);
    if (!r.ok)
        std::cerr << "regiekaart: settings not saved: " << r.error << "\n";
}

}  // namespace rk::gui
