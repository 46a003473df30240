// The debounced analysis runner and the job runner: results reach the UI thread only
// through poll(), stale results are discarded, cancel works. No timing is asserted: the
// tests synchronise with promises and wait_idle()/wait().
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <stdexcept>

#include "doc/background.hpp"

namespace rk::doc {
namespace {

using namespace std::chrono_literals;

TEST(DebouncedRunner, DeliversResultOfLatestRequest) {
    DebouncedRunner<int, int> runner([](const int& x, Progress&) { return x * 10; }, 0ms);
    const auto gen = runner.request(4);
    runner.wait_idle();
    auto r = runner.poll();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 40);
    EXPECT_EQ(r->generation, gen);
    EXPECT_FALSE(runner.poll());  // delivered once
}

TEST(DebouncedRunner, AFailingComputationIsReportedAndTheRunnerKeepsWorking) {
    DebouncedRunner<int, int> runner(
        [](const int& x, Progress&) {
            if (x < 0)
                throw std::logic_error("negative input");
            return x * 10;
        },
        0ms);
    runner.request(-1);
    runner.wait_idle();
    EXPECT_FALSE(runner.poll());
    EXPECT_EQ(runner.take_error(), "negative input");
    EXPECT_EQ(runner.take_error(), "");  // reported once
    runner.request(2);
    runner.wait_idle();
    auto r = runner.poll();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 20);
}

TEST(DebouncedRunner, StaleResultIsDiscarded) {
    std::promise<void> started_first, release_first;
    auto release = release_first.get_future().share();
    std::atomic<int> calls{0};
    DebouncedRunner<int, int> runner(
        [&](const int& x, Progress&) {
            if (calls++ == 0) {
                started_first.set_value();
                release.wait();  // ignores cancel on purpose: a slow, uncooperative analysis
            }
            return x;
        },
        0ms);
    runner.request(1);
    started_first.get_future().wait();
    const auto gen2 = runner.request(2);  // arrives while 1 is being computed
    release_first.set_value();
    runner.wait_idle();
    auto r = runner.poll();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 2);
    EXPECT_EQ(r->generation, gen2);
    EXPECT_EQ(runner.discarded(), 1u);
    EXPECT_FALSE(runner.poll());
}

TEST(DebouncedRunner, NewerRequestCancelsRunningComputation) {
    std::promise<void> started;
    std::atomic<bool> saw_cancel{false};
    std::atomic<int> calls{0};
    DebouncedRunner<int, int> runner(
        [&](const int& x, Progress& p) {
            if (calls++ == 0) {
                started.set_value();
                while (!p.cancelled())
                    std::this_thread::yield();
                saw_cancel = true;
                throw Cancelled{};
            }
            return x;
        },
        0ms);
    runner.request(1);
    started.get_future().wait();
    runner.request(2);
    runner.wait_idle();
    EXPECT_TRUE(saw_cancel);
    auto r = runner.poll();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 2);
}

TEST(DebouncedRunner, BurstOfRequestsWithDebounceComputesLatest) {
    std::atomic<int> calls{0};
    DebouncedRunner<int, int> runner(
        [&](const int& x, Progress&) {
            ++calls;
            return x;
        },
        50ms);
    for (int i = 0; i < 20; ++i)
        runner.request(i);
    runner.wait_idle();
    auto r = runner.poll();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 19);
    EXPECT_GE(calls.load(), 1);
    EXPECT_LE(calls.load(), 20);
}

TEST(JobRunner, AppliesResultOnPollOnly) {
    JobRunner jobs;
    int applied = 0;
    ASSERT_TRUE(jobs.start("layout", [&](Progress& p) -> JobRunner::Apply {
        p.set_fraction(1.0);
        return [&applied] { applied = 7; };
    }));
    jobs.wait();
    EXPECT_EQ(applied, 0);  // nothing happens on the worker's side
    EXPECT_EQ(jobs.state(), JobRunner::State::Finished);
    EXPECT_TRUE(jobs.poll());
    EXPECT_EQ(applied, 7);
    EXPECT_FALSE(jobs.poll());
}

TEST(JobRunner, CancelDropsResult) {
    JobRunner jobs;
    std::promise<void> started;
    bool applied = false;
    jobs.start("layout", [&](Progress& p) -> JobRunner::Apply {
        started.set_value();
        while (!p.cancelled())
            std::this_thread::yield();
        check_cancel(&p);
        return [&applied] { applied = true; };
    });
    started.get_future().wait();
    EXPECT_TRUE(jobs.running());
    EXPECT_FALSE(jobs.start("again", [](Progress&) { return JobRunner::Apply{}; }));
    jobs.cancel();
    jobs.wait();
    EXPECT_EQ(jobs.state(), JobRunner::State::Cancelled);
    EXPECT_FALSE(jobs.poll());
    EXPECT_FALSE(applied);
}

TEST(JobRunner, FailureIsReported) {
    JobRunner jobs;
    jobs.start("bad", [](Progress&) -> JobRunner::Apply { throw std::runtime_error("kapot"); });
    jobs.wait();
    EXPECT_EQ(jobs.state(), JobRunner::State::Failed);
    EXPECT_EQ(jobs.error(), "kapot");
    EXPECT_FALSE(jobs.poll());
    // A new job can start after a failed one.
    EXPECT_TRUE(jobs.start("good", [](Progress&) { return JobRunner::Apply{[] {}}; }));
    jobs.wait();
    EXPECT_TRUE(jobs.poll());
}

}  // namespace
}  // namespace rk::doc
