// The analysis of what the window shows (issues 15 and 18), apart from the window: which
// scenario revision was asked for, the debounced full analysis on a background runner, the
// quick stage run at once for an edit, and which result is current for the document. The App
// asks once per frame; only a new (scenario, revision, settings) starts work.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analytics/analysis.hpp"
#include "doc/background.hpp"
#include "doc/staged_analysis.hpp"
#include "model/case.hpp"
#include "model/scenario_index.hpp"

namespace rk::doc {

class AnalysisSchedule {
  public:
    // `debounce`: how long after the last request the full analysis starts (a burst of
    // edits costs one run). Starts the runner's worker thread.
    explicit AnalysisSchedule(std::chrono::milliseconds debounce);

    // The settings the analysis runs with (the diagnostics panel edits the thresholds);
    // call settings_changed() after changing them so that the next request() runs again.
    analytics::AnalysisSettings& settings() { return settings_; }
    void settings_changed() { ++settings_version_; }

    // Asks for the analysis of scenario `s` at document `revision`, unless this scenario,
    // revision and settings version were asked for last. Runs the quick stage in the calling
    // thread for scenarios up to kQuickStageMaxActors (about 2 ms per 1,000 actors); the
    // full analysis follows on the runner. Never throws: a failing quick stage leaves the
    // full analysis to report the problem.
    void request(const Scenario& s, std::uint64_t revision);

    // Takes a finished full analysis, if one arrived since the last call (then latest() is
    // it and the quick stage it supersedes is dropped). `failure` receives the message of an
    // analysis that threw since the last call, or stays empty.
    bool poll(std::string& failure);

    // The analysis to show for scenario `scenario_id`: the quick stage while its full
    // analysis is being computed (with the names of the values still carried over in
    // `stale`), else the last full analysis of that scenario, else null.
    struct Current {
        const analytics::AnalysisResult* result = nullptr;
        const std::vector<std::string>* stale = nullptr;
        bool carried_over = false;  // the stale values come from an earlier full analysis
    };
    Current current(const std::string& scenario_id) const;

    // The last full analysis and the revision it was computed for; empty before the first.
    const std::optional<analytics::AnalysisResult>& latest() const { return latest_; }
    std::uint64_t latest_revision() const { return latest_revision_; }
    bool busy() const { return runner_->busy(); }

    // A new document: forget the results and what was asked for (the settings stay).
    void reset();

  private:
    struct Job {
        Scenario scenario;
        std::shared_ptr<const ScenarioIndex> index;
        analytics::AnalysisSettings settings;
        std::uint64_t revision = 0;
    };
    struct Output {
        analytics::AnalysisResult result;
        std::uint64_t revision = 0;
    };
    void run_quick_stage(const Scenario& s, std::shared_ptr<const ScenarioIndex> index,
                         const analytics::AnalysisSettings& settings, std::uint64_t revision);

    analytics::AnalysisSettings settings_;
    std::uint64_t settings_version_ = 0;
    std::unique_ptr<DebouncedRunner<Job, Output>> runner_;
    std::optional<analytics::AnalysisResult> latest_;
    std::uint64_t latest_revision_ = 0;
    std::optional<StagedResult> staged_;
    std::uint64_t staged_revision_ = 0;
    // What was asked for last: a request for the same is not run again.
    std::uint64_t requested_revision_ = ~0ull;
    std::string requested_scenario_;
    std::uint64_t requested_settings_version_ = ~0ull;
};

}  // namespace rk::doc
