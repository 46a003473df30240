// The shell around the views: the menu bar, the status bar, full screen and stepping
// through findings in presentation mode.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <string>

#include "doc/finding_cause.hpp"
#include "doc/i18n.hpp"
#include "doc/install_paths.hpp"
#include "gui/app.hpp"
#include "gui/presentation.hpp"
#include "layout/layout.hpp"

namespace rk::gui {

using doc::tr;

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
        display_.highlight = highlight_for(*doc_->scenario(), *f, lang_);
        test_log_.write("presentation step " + std::to_string(next + 1) + "/" +
                        std::to_string(flagged.size()) + " " + f->id + " " +
                        display_.highlight.caption_nl.title + " | " +
                        display_.highlight.caption_en.title);
        return;
    }
    if (next == -1 && presentation_step_ >= 0) {
        presentation_step_ = -1;
        display_.highlight = {};
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
    display_.highlight = {};
    presentation_step_ = -1;
    test_log_.write("presentation scenario " + sc[target].id);
}

void App::show_toast(std::string text) {
    if (text.empty())
        return;
    toast_ = std::move(text);
    toast_until_ = std::chrono::steady_clock::now() + std::chrono::seconds(4);
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
            for (const auto& p : doc::sample_case_files()) {
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
    if (analysis_.busy()) {
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

}  // namespace rk::gui
