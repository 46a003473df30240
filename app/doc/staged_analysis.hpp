// Live analysis while editing (issue 18): the full analysis of a 1,000-actor case takes
// longer than a frame (about 25 ms CPU on the 2-core build machine; bench_analytics
// BM_FullAnalysis1000), so an edit gets it in two stages. The quick stage (network basics,
// degree, regie overlay: about 2 ms for 1,000 actors, BM_AnalysisStage1000) runs in the
// frame of the edit; the full analysis follows on the background runner. Until it arrives,
// the last full result's path-based values stay on screen, carried over by actor id and
// listed as being recomputed, so nothing flickers to empty and back.
#pragma once

#include <string>
#include <vector>

#include "analytics/analysis.hpp"

namespace rk::doc {

// The quick stage of `full`: the same layers, direction and partitions, with only the
// metrics that need no shortest paths or permutations (degree, regie).
analytics::AnalysisSettings quick_stage(const analytics::AnalysisSettings& full);

// Scenarios up to this many actors get the quick stage in the frame; beyond it the quick
// stage itself would cost a frame, and the full analysis alone runs in the background.
inline constexpr std::size_t kQuickStageMaxActors = 5000;

struct StagedResult {
    analytics::AnalysisResult result;
    // What still comes from the previous full analysis (or is missing): metric column names,
    // and "diagnostics", "partitions", "key_players", "communities",
    // "distance_weighted_fragmentation", "centralization".
    std::vector<std::string> stale;
    // True when `stale` values are shown from an earlier full analysis; false on a first
    // analysis, where they are simply not there yet ("being computed", not "from before").
    bool carried_over = false;
};

// `quick` (from quick_stage) brought together with the last full result of the same
// scenario, when there is one: quick values where the quick stage computed them, the rest
// carried over by actor id (NaN for actors the old result did not have). O(n * columns).
StagedResult combine_stages(analytics::AnalysisResult quick,
                            const analytics::AnalysisResult* last_full);

}  // namespace rk::doc
