#include "doc/live_layout.hpp"

#include <chrono>
#include <cmath>

namespace rk::doc {

namespace {

using Clock = std::chrono::steady_clock;

// The measured rate is refreshed about twice a second: steady enough to read.
constexpr auto kRateWindow = std::chrono::milliseconds(500);

// Pinned positions of the scenario, merged into the caller's: both stay put.
void add_scenario_pins(const Scenario& scenario, layout::ForceOptions& force) {
    for (const auto& [id, p] : scenario.positions) {
        if (p.pinned && std::isfinite(p.x) && std::isfinite(p.y))
            force.pinned.emplace(id, p);
    }
}

}  // namespace

LiveLayout::~LiveLayout() {
    stop();
}

void LiveLayout::start(const Scenario& scenario, const std::vector<Layer>& layers,
                       LiveLayoutOptions options) {
    start(scenario, nullptr, layers, std::move(options));
}

void LiveLayout::start(const Scenario& scenario, std::shared_ptr<const ScenarioIndex> index,
                       const std::vector<Layer>& layers, LiveLayoutOptions options) {
    stop();
    add_scenario_pins(scenario, options.force);
    auto layout =
        std::make_shared<layout::ForceLayout>(scenario, std::move(index), layers, options.force);
    ids_ = layout->graph().ids;
    index_ = layout->index();  // the one given, or the one ForceLayout built
    user_pinned_.clear();
    for (const auto& [id, p] : options.force.pinned)
        user_pinned_.insert(id);
    scenario_id_ = scenario.id;
    {
        std::lock_guard lock(layout_mutex_);
        layout_ = layout;
    }
    {
        std::lock_guard lock(wake_mutex_);
        stop_requested_ = false;
    }
    paused_ = false;
    rate_ = 0;
    worker_ = std::thread([this, layout, options = std::move(options)]() mutable {
        work(std::move(layout), std::move(options));
    });
}

std::map<std::string, Position> LiveLayout::stop() {
    if (!worker_.joinable())
        return {};
    {
        std::lock_guard lock(wake_mutex_);
        stop_requested_ = true;
    }
    wake_.notify_all();
    worker_.join();
    std::map<std::string, Position> out = snapshot();
    for (auto& [id, p] : out)
        p.pinned = user_pinned_.contains(id);
    return out;
}

void LiveLayout::pause() {
    {
        std::lock_guard lock(wake_mutex_);
        paused_ = true;
    }
    wake();
}

void LiveLayout::resume() {
    {
        std::lock_guard lock(wake_mutex_);
        paused_ = false;
    }
    wake();
}

std::shared_ptr<layout::ForceLayout> LiveLayout::current() const {
    std::lock_guard lock(layout_mutex_);
    return layout_;
}

std::vector<layout::Vec2> LiveLayout::positions() const {
    auto layout = current();
    return layout ? layout->positions() : std::vector<layout::Vec2>{};
}

std::map<std::string, Position> LiveLayout::snapshot() const {
    auto layout = current();
    return layout ? layout->snapshot() : std::map<std::string, Position>{};
}

int LiveLayout::iterations_done() const {
    auto layout = current();
    return layout ? layout->iterations_done() : 0;
}

bool LiveLayout::converged() const {
    auto layout = current();
    return layout && layout->converged();
}

bool LiveLayout::move(const std::string& actor_id, double x, double y) {
    if (!running() || !layout_->move(actor_id, x, y, /*pin=*/true))
        return false;
    ++steps_;  // the dragged actor is published at once, also while paused
    wake();    // a converged layout settles again around the new spot
    return true;
}

bool LiveLayout::release(const std::string& actor_id) {
    if (!running())
        return false;
    const bool ok =
        user_pinned_.contains(actor_id) ? layout_->pin(actor_id) : layout_->unpin(actor_id);
    if (ok)
        wake();
    return ok;
}

void LiveLayout::wake() {
    // Taking the mutex orders the change before the worker's next look at its predicate.
    { std::lock_guard lock(wake_mutex_); }
    wake_.notify_all();
}

// Blocks while paused or converged. False when asked to stop.
bool LiveLayout::wait_until_runnable(const layout::ForceLayout& layout) {
    std::unique_lock lock(wake_mutex_);
    wake_.wait(lock, [&] { return stop_requested_ || (!paused_ && !layout.converged()); });
    return !stop_requested_;
}

// Sleeps until `due` unless asked to stop; yields at least, so the UI thread gets its turn.
void LiveLayout::throttle(Clock::time_point due) {
    std::unique_lock lock(wake_mutex_);
    if (due > Clock::now()) {
        wake_.wait_until(lock, due, [&] { return stop_requested_; });
    } else {
        lock.unlock();
        std::this_thread::yield();
    }
}

void LiveLayout::work(std::shared_ptr<layout::ForceLayout> layout, LiveLayoutOptions options) {
    const int per_step = std::max(1, options.iterations_per_step);
    const double cap = options.max_iterations_per_second;
    while (true) {
        if (!wait_until_runnable(*layout))
            return;
        // Time spent idle counts neither in the rate nor in the cap: a fresh window.
        const Clock::time_point window_start = Clock::now();
        const int window_iterations = layout->iterations_done();
        Clock::time_point last_rate = window_start;
        int last_iterations = window_iterations;
        while (true) {
            layout->step(per_step);
            ++steps_;
            if (options.on_step)
                options.on_step();
            const Clock::time_point now = Clock::now();
            const int done = layout->iterations_done();
            if (now - last_rate >= kRateWindow) {
                const double seconds = std::chrono::duration<double>(now - last_rate).count();
                rate_ = (done - last_iterations) / seconds;
                last_rate = now;
                last_iterations = done;
            }
            Clock::time_point due = now;
            if (cap > 0) {
                const auto ahead = std::chrono::duration<double>((done - window_iterations) / cap);
                due = window_start + std::chrono::duration_cast<Clock::duration>(ahead);
            }
            throttle(due);
            {
                std::lock_guard lock(wake_mutex_);
                if (stop_requested_)
                    return;
                if (paused_ || layout->converged())
                    break;  // back to waiting
            }
        }
    }
}

}  // namespace rk::doc
