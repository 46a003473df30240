// The live layout runner: the worker animates, stops cleanly, respects pins and drags,
// converges and then sleeps. No timing is asserted beyond generous bounded waits; the
// layout is stepped by a real thread, so each test waits for progress it can observe.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <functional>
#include <thread>

#include "doc/live_layout.hpp"
#include "model/case_io.hpp"

namespace rk::doc {
namespace {

using namespace std::chrono_literals;

// Polls `done` until it holds or a minute passes (a loaded machine can be very slow).
bool wait_for(const std::function<bool()>& done) {
    const auto give_up = std::chrono::steady_clock::now() + 60s;
    while (!done()) {
        if (std::chrono::steady_clock::now() > give_up)
            return false;
        std::this_thread::sleep_for(2ms);
    }
    return true;
}

std::string numbered(const char* prefix, int i) {
    std::string id = prefix;  // appended, not operator+: GCC 12 warns (-Wrestrict) falsely
    id += std::to_string(i);
    return id;
}

// a0 - a1 - ... - a(n-1), without positions: the layout places them from its seed.
Scenario path_scenario(int n) {
    Scenario s;
    s.id = "pad";
    for (int i = 0; i < n; ++i) {
        Actor a;
        a.id = numbered("a", i);
        a.name = a.id;
        s.actors.push_back(a);
        if (i > 0) {
            Relation r;
            r.id = numbered("r", i);
            r.source = numbered("a", i - 1);
            r.target = a.id;
            s.relations.push_back(r);
        }
    }
    return s;
}

Scenario sample_scenario() {
    const auto path = std::filesystem::path(RK_SOURCE_DIR) / "assets" / "cases" /
                      "woondeal-holland-rijnland.regie.json";
    auto loaded = load_case_file(path);
    EXPECT_TRUE(loaded.value) << path;
    return loaded.value ? loaded.value->scenarios.front() : Scenario{};
}

double distance(const Position& a, const Position& b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

// Largest movement of any actor except `except` between two snapshots.
double largest_move(const std::map<std::string, Position>& before,
                    const std::map<std::string, Position>& after, const std::string& except = {}) {
    double most = 0;
    for (const auto& [id, p] : after) {
        if (id != except && before.contains(id))
            most = std::max(most, distance(before.at(id), p));
    }
    return most;
}

// Started on the scenario's index, the runner keeps that index (no second build) and node i
// of positions() is index actor i, so a canvas can read positions by index.
TEST(LiveLayout, StartedOnAnIndexKeepsItAndNumbersNodesAsTheIndex) {
    const Scenario s = path_scenario(6);
    const auto index = ScenarioIndex::build(s);
    const auto builds = ScenarioIndex::builds();
    LiveLayout live;
    live.start(s, index, {});
    EXPECT_EQ(live.index().get(), index.get());
    EXPECT_EQ(live.ids(), index->actor_ids());
    EXPECT_EQ(live.positions().size(), 6u);
    live.stop();
    EXPECT_EQ(ScenarioIndex::builds(), builds);
    live.start(s, {});  // without an index: the layout builds one (one build)
    EXPECT_EQ(ScenarioIndex::builds(), builds + 1);
    ASSERT_TRUE(live.index());
    EXPECT_EQ(live.index()->find("a5"), 5);
    live.stop();
}

TEST(LiveLayout, PositionsChangeWhileRunning) {
    LiveLayout live;
    live.start(path_scenario(30), {});
    const auto first = live.snapshot();
    ASSERT_EQ(first.size(), 30u);
    ASSERT_TRUE(wait_for([&] { return live.iterations_done() >= 20; }));
    EXPECT_GT(largest_move(first, live.snapshot()), 1.0);
    EXPECT_GT(live.steps_published(), 0u);
    ASSERT_EQ(live.ids().size(), 30u);
    EXPECT_EQ(live.positions().size(), 30u);
}

TEST(LiveLayout, StopJoinsAndReturnsEveryActor) {
    LiveLayout live;
    live.start(path_scenario(25), {});
    ASSERT_TRUE(wait_for([&] { return live.iterations_done() >= 5; }));
    const auto result = live.stop();
    EXPECT_FALSE(live.running());
    ASSERT_EQ(result.size(), 25u);
    for (const auto& [id, p] : result) {
        EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y)) << id;
        EXPECT_FALSE(p.pinned) << id;
    }
    // Nothing steps after stop(): the count and the readable positions stay as returned.
    const int iterations = live.iterations_done();
    std::this_thread::sleep_for(50ms);
    EXPECT_EQ(live.iterations_done(), iterations);
    EXPECT_EQ(live.snapshot().at("a3").x, result.at("a3").x);
    EXPECT_TRUE(live.stop().empty());  // a second stop has nothing to return
}

TEST(LiveLayout, ScenarioPinStaysWhileOthersMove) {
    Scenario s = path_scenario(20);
    s.positions["a0"] = Position{500, -300, true};
    s.positions["a10"] = Position{0, 0, false};
    LiveLayout live;
    live.start(s, {});
    const auto first = live.snapshot();
    ASSERT_TRUE(wait_for([&] { return live.iterations_done() >= 50 || live.converged(); }));
    const auto result = live.stop();
    EXPECT_DOUBLE_EQ(result.at("a0").x, 500);
    EXPECT_DOUBLE_EQ(result.at("a0").y, -300);
    EXPECT_TRUE(result.at("a0").pinned);
    EXPECT_FALSE(result.at("a10").pinned);
    EXPECT_GT(largest_move(first, result, "a0"), 1.0);
}

TEST(LiveLayout, DraggedActorStaysUnderThePointerThenFollowsTheForces) {
    LiveLayout live;
    live.start(path_scenario(20), {});
    ASSERT_TRUE(live.move("a5", 4000, 4000));
    EXPECT_FALSE(live.move("no-such-actor", 1, 1));
    const auto at_drag = live.snapshot();
    const int from = live.iterations_done();
    ASSERT_TRUE(wait_for([&] { return live.iterations_done() >= from + 50; }));
    const auto dragged = live.snapshot();
    EXPECT_DOUBLE_EQ(dragged.at("a5").x, 4000);
    EXPECT_DOUBLE_EQ(dragged.at("a5").y, 4000);
    EXPECT_GT(largest_move(at_drag, dragged, "a5"), 1.0);  // the others kept moving

    ASSERT_TRUE(live.release("a5"));
    // Far from its neighbours and no longer held: the forces pull it back.
    ASSERT_TRUE(wait_for([&] { return distance(live.snapshot().at("a5"), {4000, 4000}) > 10; }));
    const auto result = live.stop();
    EXPECT_FALSE(result.at("a5").pinned);
}

TEST(LiveLayout, ReleasingAUserPinnedActorKeepsItPinnedWhereDropped) {
    Scenario s = path_scenario(10);
    s.positions["a0"] = Position{100, 100, true};
    LiveLayout live;
    live.start(s, {});
    ASSERT_TRUE(live.move("a0", -2000, 600));
    ASSERT_TRUE(live.release("a0"));
    const int from = live.iterations_done();
    ASSERT_TRUE(wait_for([&] { return live.iterations_done() >= from + 50 || live.converged(); }));
    const auto result = live.stop();
    EXPECT_DOUBLE_EQ(result.at("a0").x, -2000);
    EXPECT_DOUBLE_EQ(result.at("a0").y, 600);
    EXPECT_TRUE(result.at("a0").pinned);
}

TEST(LiveLayout, SampleCaseConvergesThenSleepsUntilADrag) {
    const Scenario s = sample_scenario();
    ASSERT_FALSE(s.actors.empty());
    LiveLayout live;
    live.start(s, {});
    ASSERT_TRUE(wait_for([&] { return live.converged(); }));
    // Bound from this case and the default options: about 530 iterations here; an order of
    // magnitude more means the convergence criterion no longer works.
    EXPECT_LE(live.iterations_done(), 3000);
    RecordProperty("iterations_to_converge", live.iterations_done());
    const int settled = live.iterations_done();
    std::this_thread::sleep_for(100ms);
    EXPECT_EQ(live.iterations_done(), settled);  // converged: the worker sleeps
    EXPECT_TRUE(live.running());                 // ... but stays live, as in Gephi

    ASSERT_TRUE(live.move(s.actors.front().id, 3000, -3000));
    ASSERT_TRUE(live.release(s.actors.front().id));
    ASSERT_TRUE(wait_for([&] { return live.iterations_done() > settled; }));
    ASSERT_TRUE(wait_for([&] { return live.converged(); }));
    EXPECT_EQ(live.stop().size(), s.actors.size());
}

TEST(LiveLayout, PauseHoldsTheWorkerAndResumeContinues) {
    LiveLayoutOptions options;
    options.max_iterations_per_second = 200;  // keeps the path from converging too soon
    LiveLayout live;
    live.start(path_scenario(40), {}, options);
    ASSERT_TRUE(wait_for([&] { return live.iterations_done() >= 4; }));
    live.pause();
    EXPECT_TRUE(live.paused());
    std::this_thread::sleep_for(200ms);  // the step in progress finishes
    const int held = live.iterations_done();
    std::this_thread::sleep_for(100ms);
    EXPECT_EQ(live.iterations_done(), held);
    // A drag while paused is published at once (the canvas redraws on this counter).
    const auto published = live.steps_published();
    ASSERT_TRUE(live.move("a3", 700, 700));
    EXPECT_GT(live.steps_published(), published);
    EXPECT_DOUBLE_EQ(live.snapshot().at("a3").x, 700);
    EXPECT_EQ(live.iterations_done(), held);
    live.resume();
    EXPECT_FALSE(live.paused());
    ASSERT_TRUE(wait_for([&] { return live.iterations_done() > held; }));
}

TEST(LiveLayout, RateIsMeasuredAndRespectsTheCap) {
    LiveLayoutOptions options;
    options.max_iterations_per_second = 100;
    LiveLayout live;
    live.start(path_scenario(60), {}, options);
    ASSERT_TRUE(wait_for([&] { return live.iterations_per_second() > 0 || live.converged(); }));
    ASSERT_FALSE(live.converged());
    // Only an upper bound: a slow machine lowers the rate, a working cap never raises it
    // much (a late worker catches up, hence the margin).
    EXPECT_LE(live.iterations_per_second(), 3 * options.max_iterations_per_second);
}

TEST(LiveLayout, RestartsAndDestructionWhileRunningDoNotHang) {
    const Scenario s = path_scenario(50);
    LiveLayout live;
    for (int round = 0; round < 20; ++round) {
        live.start(s, {});
        if (round % 2)
            live.pause();
        if (round % 3 == 0)
            live.move("a1", round, round);
        EXPECT_EQ(live.stop().size(), 50u);
    }
    // start() while running replaces the layout.
    live.start(s, {});
    live.start(path_scenario(7), {});
    EXPECT_EQ(live.ids().size(), 7u);
    for (int round = 0; round < 10; ++round) {
        LiveLayout scoped;
        scoped.start(s, {});
        if (round % 2)
            scoped.pause();
    }  // destructor joins a running or paused worker
}

TEST(LiveLayout, NotRunningAnswersQuietly) {
    LiveLayout live;
    EXPECT_FALSE(live.running());
    EXPECT_TRUE(live.positions().empty());
    EXPECT_TRUE(live.snapshot().empty());
    EXPECT_EQ(live.iterations_done(), 0);
    EXPECT_FALSE(live.converged());
    EXPECT_FALSE(live.move("a0", 1, 1));
    EXPECT_FALSE(live.release("a0"));
    EXPECT_TRUE(live.stop().empty());
}

}  // namespace
}  // namespace rk::doc
