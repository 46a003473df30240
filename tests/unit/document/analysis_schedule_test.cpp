// The analysis schedule of the window (issue 15: the App's analysis scheduling as its own
// part): one run per (scenario, revision, settings), the quick stage shown until the full
// analysis of that revision arrives, results only for the scenario they belong to.
#include "doc/analysis_schedule.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace rk::doc {
namespace {

// A path a-b-c with a regisseur r directing b: small enough for the quick stage.
Scenario path_scenario(const std::string& id) {
    Scenario s;
    s.id = id;
    for (auto a : {"a", "b", "c", "r"}) {
        Actor x;
        x.id = a;
        s.actors.push_back(x);
    }
    auto tie = [](std::string rid, std::string from, std::string to, Layer layer) {
        Relation r;
        r.id = std::move(rid);
        r.source = std::move(from);
        r.target = std::move(to);
        r.layer = layer;
        r.directed = layer == Layer::Directs;
        return r;
    };
    s.relations = {tie("ab", "a", "b", Layer::Collaboration),
                   tie("bc", "b", "c", Layer::Collaboration), tie("rb", "r", "b", Layer::Directs)};
    return s;
}

// Polls until the full analysis arrives (the runner is a real worker thread); false after
// ten seconds.
bool wait_for_full(AnalysisSchedule& a) {
    std::string failure;
    for (int i = 0; i < 1000; ++i) {
        if (a.poll(failure))
            return true;
        EXPECT_EQ(failure, "");
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

TEST(AnalysisSchedule, QuickStageFirstThenTheFullAnalysis) {
    AnalysisSchedule a(std::chrono::milliseconds(0));
    a.settings().permutations = 0;
    const Scenario s = path_scenario("s1");
    EXPECT_EQ(a.current("s1").result, nullptr);  // nothing asked yet
    a.request(s, 7);
    // The quick stage is there at once, with the values it carries over named as stale.
    const auto quick = a.current("s1");
    ASSERT_NE(quick.result, nullptr);
    ASSERT_NE(quick.stale, nullptr);
    EXPECT_FALSE(quick.stale->empty());
    ASSERT_TRUE(wait_for_full(a));
    // The full analysis of revision 7 replaces it: nothing stale any more.
    const auto full = a.current("s1");
    ASSERT_NE(full.result, nullptr);
    EXPECT_EQ(full.stale, nullptr);
    EXPECT_EQ(full.result, &*a.latest());
    EXPECT_EQ(a.latest_revision(), 7u);
    EXPECT_EQ(a.latest()->scenario_id, "s1");
    // Another scenario has no analysis to show.
    EXPECT_EQ(a.current("s2").result, nullptr);
}

TEST(AnalysisSchedule, OneRunPerScenarioRevisionAndSettings) {
    AnalysisSchedule a(std::chrono::milliseconds(0));
    a.settings().permutations = 0;
    const Scenario s = path_scenario("s1");
    a.request(s, 1);
    ASSERT_TRUE(wait_for_full(a));
    // The same scenario, revision and settings again (every frame asks): no new run, so no
    // quick stage replaces the full result.
    a.request(s, 1);
    EXPECT_EQ(a.current("s1").stale, nullptr);
    EXPECT_FALSE(a.busy());
    // Changed thresholds make the same revision run again.
    a.settings_changed();
    a.request(s, 1);
    EXPECT_NE(a.current("s1").stale, nullptr);  // the quick stage of the new request
    ASSERT_TRUE(wait_for_full(a));
    // A new revision runs again too.
    a.request(s, 2);
    EXPECT_NE(a.current("s1").stale, nullptr);
    ASSERT_TRUE(wait_for_full(a));
    EXPECT_EQ(a.latest_revision(), 2u);
}

TEST(AnalysisSchedule, ResetForgetsResultsAndWhatWasAsked) {
    AnalysisSchedule a(std::chrono::milliseconds(0));
    a.settings().permutations = 0;
    const Scenario s = path_scenario("s1");
    a.request(s, 3);
    ASSERT_TRUE(wait_for_full(a));
    a.reset();  // a new document
    EXPECT_EQ(a.current("s1").result, nullptr);
    EXPECT_FALSE(a.latest().has_value());
    // The same scenario and revision of the new document is asked for again.
    a.request(s, 3);
    EXPECT_NE(a.current("s1").result, nullptr);
    ASSERT_TRUE(wait_for_full(a));
}

}  // namespace
}  // namespace rk::doc
