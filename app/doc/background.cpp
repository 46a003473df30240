#include "doc/background.hpp"

#include <exception>

namespace rk::doc {

JobRunner::~JobRunner() {
    cancel();
    join();
}

void JobRunner::join() {
    if (thread_.joinable())
        thread_.join();
}

bool JobRunner::start(std::string title, Job job) {
    {
        std::lock_guard lock(mutex_);
        if (!finished_)
            return false;
    }
    join();
    std::lock_guard lock(mutex_);
    title_ = std::move(title);
    progress_ = std::make_shared<Progress>();
    state_ = State::Running;
    finished_ = false;
    apply_ = nullptr;
    error_.clear();
    thread_ = std::thread([this, job = std::move(job), progress = progress_] {
        Apply apply;
        State end = State::Finished;
        std::string error;
        try {
            apply = job(*progress);
            if (progress->cancelled())
                end = State::Cancelled;
        } catch (const Cancelled&) {
            end = State::Cancelled;
        } catch (const std::exception& e) {
            end = State::Failed;
            error = e.what();
        }
        std::lock_guard lock(mutex_);
        state_ = end;
        error_ = std::move(error);
        if (end == State::Finished)
            apply_ = std::move(apply);
        finished_ = true;
        done_cv_.notify_all();
    });
    return true;
}

void JobRunner::cancel() {
    std::lock_guard lock(mutex_);
    if (progress_ && !finished_)
        progress_->cancel();
}

bool JobRunner::poll() {
    Apply apply;
    {
        std::lock_guard lock(mutex_);
        if (!finished_ || !apply_)
            return false;
        apply = std::move(apply_);
        apply_ = nullptr;
    }
    join();
    apply();
    return true;
}

void JobRunner::wait() {
    std::unique_lock lock(mutex_);
    done_cv_.wait(lock, [this] { return finished_; });
}

bool JobRunner::running() const {
    std::lock_guard lock(mutex_);
    return !finished_;
}

double JobRunner::progress() const {
    std::lock_guard lock(mutex_);
    return progress_ ? progress_->fraction() : 0.0;
}

JobRunner::State JobRunner::state() const {
    std::lock_guard lock(mutex_);
    return state_;
}

std::string JobRunner::error() const {
    std::lock_guard lock(mutex_);
    return error_;
}

}  // namespace rk::doc
