// Work off the UI thread: a debounced runner for recomputing the analysis after edits, and a
// job runner with progress and cancel for long one-off work (layout).
//
// Both hand their results to the UI thread through a queue that the UI drains in poll();
// nothing a worker computes touches the document directly, so drawing never races a writer.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include "model/progress.hpp"

namespace rk::doc {

// Recomputes Out from In on a worker thread. request() replaces any pending input; the
// worker starts `debounce` after the last request, so a burst of edits costs one run.
// Every request gets a generation number; a result whose generation is older than the
// newest request is stale and dropped, so the UI never shows an analysis of an old state.
// A running computation is asked to stop (Progress::cancel) when a newer request arrives.
template <typename In, typename Out>
class DebouncedRunner {
  public:
    using Fn = std::function<Out(const In&, Progress&)>;
    struct Result {
        std::uint64_t generation;
        Out value;
    };

    DebouncedRunner(Fn fn, std::chrono::milliseconds debounce)
        : fn_(std::move(fn)), debounce_(debounce), worker_([this] { loop(); }) {}
    ~DebouncedRunner() {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
            if (running_progress_)
                running_progress_->cancel();
        }
        wake_.notify_all();
        worker_.join();
    }
    DebouncedRunner(const DebouncedRunner&) = delete;
    DebouncedRunner& operator=(const DebouncedRunner&) = delete;

    // Returns the generation given to this input.
    std::uint64_t request(In input) {
        std::uint64_t gen;
        {
            std::lock_guard lock(mutex_);
            gen = ++requested_;
            pending_ = std::move(input);
            due_ = std::chrono::steady_clock::now() + debounce_;
            if (running_progress_)
                running_progress_->cancel();
        }
        wake_.notify_all();
        return gen;
    }

    // UI thread: the newest fresh result, if one arrived since the last poll.
    std::optional<Result> poll() {
        std::lock_guard lock(mutex_);
        std::optional<Result> out;
        while (!done_.empty()) {
            Result r = std::move(done_.front());
            done_.pop_front();
            if (r.generation == requested_)
                out = std::move(r);
        }
        return out;
    }

    // Blocks until the worker has nothing pending or running (tests, shutdown paths).
    void wait_idle() {
        std::unique_lock lock(mutex_);
        idle_.wait(lock, [this] { return !pending_ && !running_progress_; });
    }

    std::uint64_t requested_generation() const {
        std::lock_guard lock(mutex_);
        return requested_;
    }
    bool busy() const {
        std::lock_guard lock(mutex_);
        return pending_.has_value() || running_progress_ != nullptr;
    }
    // UI thread: the message of a computation that failed with an exception since the last
    // call (empty when none did). The runner keeps working after a failure.
    std::string take_error() {
        std::lock_guard lock(mutex_);
        return std::exchange(error_, std::string{});
    }
    // Results dropped because they were stale (for tests and the status bar).
    std::uint64_t discarded() const {
        std::lock_guard lock(mutex_);
        return discarded_;
    }

  private:
    void loop() {
        std::unique_lock lock(mutex_);
        for (;;) {
            wake_.wait(lock, [this] { return stop_ || pending_.has_value(); });
            if (stop_)
                return;
            // Debounce: wait until no request came in for `debounce_`.
            while (!stop_ && std::chrono::steady_clock::now() < due_) {
                wake_.wait_until(lock, due_);
            }
            if (stop_)
                return;
            In input = std::move(*pending_);
            pending_.reset();
            const std::uint64_t gen = requested_;
            auto progress = std::make_unique<Progress>();
            running_progress_ = progress.get();
            lock.unlock();
            std::optional<Out> value;
            std::string failure;
            // A bug in a computation must not end the program in the middle of a meeting:
            // the UI reports it and keeps the document; the next request runs as usual.
            try {
                value.emplace(fn_(input, *progress));
            } catch (const Cancelled&) {
            } catch (const std::exception& e) {
                failure = e.what();
            } catch (...) {
                failure = "unknown error";
            }
            lock.lock();
            if (!failure.empty() && gen == requested_)
                error_ = std::move(failure);
            running_progress_ = nullptr;
            if (value && gen == requested_) {
                done_.push_back(Result{gen, std::move(*value)});
            } else {
                ++discarded_;
            }
            if (!pending_)
                idle_.notify_all();
        }
    }

    Fn fn_;
    std::chrono::milliseconds debounce_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::optional<In> pending_;
    std::chrono::steady_clock::time_point due_{};
    std::uint64_t requested_ = 0;
    std::uint64_t discarded_ = 0;
    Progress* running_progress_ = nullptr;
    std::deque<Result> done_;
    std::string error_;
    bool stop_ = false;
    std::thread worker_;  // last: starts after every other member exists
};

// Runs one job at a time on a worker thread, with progress and cancel. A job computes on
// the worker and returns a closure that the UI thread runs in poll() to apply the result
// (typically: execute a command on the document).
class JobRunner {
  public:
    using Apply = std::function<void()>;
    using Job = std::function<Apply(Progress&)>;
    enum class State { Idle, Running, Finished, Cancelled, Failed };

    JobRunner() = default;
    ~JobRunner();
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    // Starts a job; returns false when one is already running.
    bool start(std::string title, Job job);
    void cancel();
    // UI thread: runs the finished job's apply step (once). Returns true when it did.
    bool poll();
    // Blocks until the running job ended (tests and shutdown).
    void wait();

    bool running() const;
    double progress() const;  // 0..1 of the running job
    const std::string& title() const { return title_; }
    State state() const;
    std::string error() const;

  private:
    void join();
    std::string title_;
    std::thread thread_;
    std::shared_ptr<Progress> progress_;
    mutable std::mutex mutex_;
    std::condition_variable done_cv_;
    State state_ = State::Idle;
    bool finished_ = true;
    Apply apply_;
    std::string error_;
};

}  // namespace rk::doc
