// The live force layout in the window (issues 5 and 6): start and stop, the positions handed
// to the canvas every frame, dragging forwarded to the layout, and the status line.
//
// As in Gephi it runs until the user stops it (a converged layout sleeps and wakes on a
// drag). Stopping commits the positions as one undo step "Live layout", so Ctrl+Z restores
// the picture from before. Actions that change or leave the document stop it first
// (App::handle_shortcuts); any other change of the document stops it without committing.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <thread>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "gui/app.hpp"
#include "layout/layout.hpp"

namespace rk::gui {

using doc::tr;

namespace {

// Fast enough to follow, slow enough that a small network visibly settles (the Woondeal
// converges in about 530 iterations: some four seconds).
constexpr double kMaxIterationsPerSecond = 120;

}  // namespace

void App::toggle_live_layout() {
    if (live_.running()) {
        finish_live_layout();
    } else {
        start_live_layout();
    }
}

void App::start_live_layout() {
    const Scenario* s = doc_ ? doc_->scenario() : nullptr;
    if (!s || doc_->in_group() || jobs_.running())
        return;
    doc::LiveLayoutOptions options;
    // Leave one core to the UI thread: the frame loop must stay responsive.
    options.force.threads = std::max(1, int(std::thread::hardware_concurrency()) - 1);
    options.iterations_per_step = 1;
    options.max_iterations_per_second = kMaxIterationsPerSecond;
    options.on_step = [] { glfwPostEmptyEvent(); };  // wake the idle frame loop
    // The index the analysis built for this revision, when it is current: one index per
    // revision (issue 15). Otherwise the live layout builds its own.
    std::shared_ptr<const ScenarioIndex> index;
    if (const auto& full = analysis_.latest(); full && full->index &&
                                               full->index->scenario_id() == s->id &&
                                               full->index->revision() == doc_->revision()) {
        index = full->index;
    }
    live_.start(*s, std::move(index), {}, std::move(options));
    live_doc_ = doc_.get();
    live_revision_ = doc_->revision();
    live_cursor_ = doc_->history_cursor();
    live_drawn_steps_ = ~0ull;
    live_positions_.clear();
    live_dragged_.clear();
    auto on_drag = [this](const std::string& id, double x, double y) {
        if (live_.move(id, x, y))
            live_dragged_.insert(id);
        live_dragged_this_frame_ = true;
    };
    auto on_drag_end = [this] {
        for (const auto& id : live_dragged_)
            live_.release(id);
        live_dragged_.clear();
        live_dragged_this_frame_ = true;
    };
    canvas_.listen_to_drags(on_drag, on_drag_end);
}

void App::finish_live_layout() {
    if (!live_.running())
        return;
    // A drag still held has an open undo group; the release will come, stop after it.
    if (doc_->in_group())
        return;
    const std::string sid = live_.scenario_id();
    const auto positions = live_.stop();
    abandon_live_layout();  // detaches the canvas; the worker has already stopped
    if (doc_.get() != live_doc_ || doc_->revision() != live_revision_)
        return;
    // Drags during the run were recorded as steps of their own: fold them into the one
    // "Live layout" step, so that a single Ctrl+Z brings back the picture from before.
    doc_->jump_to(live_cursor_);
    commit_positions(sid, positions, "Live layout", "Live layout");
}

void App::abandon_live_layout() {
    live_.stop();
    canvas_.set_live_positions(nullptr);
    canvas_.listen_to_drags(nullptr, nullptr);
    live_positions_.clear();
    live_dragged_.clear();
}

void App::sync_live_layout() {
    if (!live_.running())
        return;
    if (doc_.get() != live_doc_ || doc_->revision() != live_revision_) {
        abandon_live_layout();  // edited elsewhere: the layout's scenario is out of date
        return;
    }
    if (doc_->scenario_id() != live_.scenario_id()) {
        finish_live_layout();  // switched scenario: keep what was laid out in the old one
        return;
    }
    const std::uint64_t steps = live_.steps_published();
    if (steps == live_drawn_steps_)
        return;
    live_drawn_steps_ = steps;
    const std::vector<layout::Vec2> pos = live_.positions();
    const std::vector<std::string>& ids = live_.ids();
    if (live_positions_.size() != ids.size()) {
        live_positions_.clear();
        live_positions_.reserve(ids.size());
        for (const auto& id : ids)
            live_positions_.emplace_back(id, doc::Vec2d{});
    }
    for (std::size_t i = 0; i < pos.size() && i < live_positions_.size(); ++i) {
        live_positions_[i].second = {pos[i].x, pos[i].y};
    }
    canvas_.set_live_positions(&live_positions_);
}

void App::draw_live_layout_status() {
    if (!live_.running())
        return;
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    const char* state = live_.paused()      ? tr(lang_, "gepauzeerd", "paused")
                        : live_.converged() ? tr(lang_, "geconvergeerd", "converged")
                                            : "";
    ImGui::Text("Live layout: %d %s, %.0f it/s%s%s", live_.iterations_done(),
                tr(lang_, "iteraties", "iterations"), live_.iterations_per_second(),
                *state ? ", " : "", state);
    ImGui::SameLine();
    if (ImGui::SmallButton(live_.paused() ? tr(lang_, "Doorgaan", "Resume")
                                          : tr(lang_, "Pauzeren", "Pause"))) {
        live_.paused() ? live_.resume() : live_.pause();
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(lang_, "Stoppen", "Stop")))
        finish_live_layout();
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

}  // namespace rk::gui
