#include "doc/analysis_schedule.hpp"

#include <exception>
#include <utility>

#include "export/export.hpp"

namespace rk::doc {

AnalysisSchedule::AnalysisSchedule(std::chrono::milliseconds debounce)
    : runner_(std::make_unique<DebouncedRunner<Job, Output>>(
          [](const Job& job, Progress& p) {
              return Output{analytics::analyze(job.scenario, job.index, job.settings, &p),
                            job.revision};
          },
          debounce)) {}

void AnalysisSchedule::request(const Scenario& s, std::uint64_t revision) {
    if (requested_revision_ == revision && requested_scenario_ == s.id &&
        requested_settings_version_ == settings_version_) {
        return;
    }
    requested_revision_ = revision;
    requested_scenario_ = s.id;
    requested_settings_version_ = settings_version_;
    // One index for this revision, shared by both stages (issue 15). The partition is the
    // scenario's own (chosen in the side panel, saved with it), so screen and files agree.
    auto index = ScenarioIndex::build(s, revision);
    auto settings = exporter::shown_settings(s, settings_);
    run_quick_stage(s, index, settings, revision);
    runner_->request(Job{s, std::move(index), std::move(settings), revision});
}

void AnalysisSchedule::run_quick_stage(const Scenario& s,
                                       std::shared_ptr<const ScenarioIndex> index,
                                       const analytics::AnalysisSettings& settings,
                                       std::uint64_t revision) {
    staged_.reset();
    if (s.actors.size() > kQuickStageMaxActors)
        return;
    const bool same_scenario = latest_ && latest_->scenario_id == s.id;
    try {
        staged_ = combine_stages(analytics::analyze(s, std::move(index), quick_stage(settings)),
                                 same_scenario ? &*latest_ : nullptr);
        staged_revision_ = revision;
    } catch (const std::exception&) {
        staged_.reset();  // the full analysis on the runner reports what went wrong
    }
}

bool AnalysisSchedule::poll(std::string& failure) {
    failure = runner_->take_error();
    auto r = runner_->poll();
    if (!r)
        return false;
    if (staged_ && r->value.revision >= staged_revision_)
        staged_.reset();
    latest_ = std::move(r->value.result);
    latest_revision_ = r->value.revision;
    return true;
}

AnalysisSchedule::Current AnalysisSchedule::current(const std::string& scenario_id) const {
    if (staged_ && staged_->result.scenario_id == scenario_id)
        return {&staged_->result, &staged_->stale, staged_->carried_over};
    if (latest_ && latest_->scenario_id == scenario_id)
        return {&*latest_, nullptr};
    return {};
}

void AnalysisSchedule::reset() {
    latest_.reset();
    staged_.reset();
    requested_revision_ = ~0ull;
}

}  // namespace rk::doc
