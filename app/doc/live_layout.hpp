// The live, animated force layout of the GUI (issues 5 and 6), as Gephi users know it: a
// worker thread steps a layout::ForceLayout until the user stops it, while the UI thread
// draws the latest positions every frame and forwards the user's dragging. After
// convergence the worker sleeps but stays live, so a drag makes the network settle again.
//
// Threading: one owner thread (the UI) calls start, stop, pause, resume, move and release;
// the read accessors may be called from any thread. Nothing here touches a Document: stop()
// returns the final positions and the caller commits them as one undoable step.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "layout/layout.hpp"
#include "model/case.hpp"

namespace rk::doc {

struct LiveLayoutOptions {
    // Forces and start positions. The scenario's pinned positions are added to
    // `force.pinned`, so they stay where the user put them.
    layout::ForceOptions force;
    int iterations_per_step = 2;  // iterations between two published pictures
    // Upper bound, so that a small network visibly settles instead of jumping to its end in a
    // few milliseconds; 0 = as fast as the machine allows (benchmarks, tests).
    double max_iterations_per_second = 0;
    // Called on the worker thread after every step, e.g. to wake an idle UI loop.
    std::function<void()> on_step;
};

class LiveLayout {
  public:
    LiveLayout() = default;
    ~LiveLayout();  // stops and joins the worker
    LiveLayout(const LiveLayout&) = delete;
    LiveLayout& operator=(const LiveLayout&) = delete;

    // Lays out `scenario` (relations of `layers`, empty = all) from its current positions.
    // A layout that is still running is stopped first and its result dropped. O(n + m) here;
    // the worker then costs O(n log n) per iteration.
    void start(const Scenario& scenario, const std::vector<Layer>& layers,
               LiveLayoutOptions options = {});
    // The same on the scenario's index (the one the canvas and the analysis already hold):
    // node i of positions() is index actor i, so the canvas reads positions by index without
    // id lookups. A null or stale index is built here (one build).
    void start(const Scenario& scenario, std::shared_ptr<const ScenarioIndex> index,
               const std::vector<Layer>& layers, LiveLayoutOptions options = {});
    // Stops and joins the worker. Returns every laid-out actor's final position, `pinned`
    // as the user had it before (a drag's temporary pin is not kept); empty when not running.
    // The last positions stay readable until the next start().
    std::map<std::string, Position> stop();
    bool running() const { return worker_.joinable(); }
    const std::string& scenario_id() const { return scenario_id_; }

    void pause();
    void resume();
    bool paused() const { return paused_; }

    // Latest published positions by node index; ids() maps an index to its actor id and is
    // fixed from start() to the next start() (owner thread only).
    std::vector<layout::Vec2> positions() const;
    const std::vector<std::string>& ids() const { return ids_; }
    // The index the running layout was started on (owner thread only); null before start().
    std::shared_ptr<const ScenarioIndex> index() const { return index_; }
    std::map<std::string, Position> snapshot() const;
    int iterations_done() const;
    double iterations_per_second() const { return rate_; }
    bool converged() const;
    // Increases after every step and every move(): a cue to redraw only when new positions
    // can be read (a drag while paused changes the picture too).
    std::uint64_t steps_published() const { return steps_; }

    // The user drags an actor: it follows the pointer at once and stays pinned while
    // dragged. release() lets it move with the forces again, unless the user had pinned it.
    // Both return false for an unknown actor or when not running.
    bool move(const std::string& actor_id, double x, double y);
    bool release(const std::string& actor_id);

  private:
    void work(std::shared_ptr<layout::ForceLayout> layout, LiveLayoutOptions options);
    bool wait_until_runnable(const layout::ForceLayout& layout);
    void throttle(std::chrono::steady_clock::time_point due);
    std::shared_ptr<layout::ForceLayout> current() const;
    void wake();

    mutable std::mutex layout_mutex_;  // guards layout_ (swapped by start)
    std::shared_ptr<layout::ForceLayout> layout_;
    std::vector<std::string> ids_;
    std::shared_ptr<const ScenarioIndex> index_;
    std::set<std::string> user_pinned_;
    std::string scenario_id_;

    std::mutex wake_mutex_;  // with wake_: pause, resume, stop and edits reach the worker
    std::condition_variable wake_;
    bool stop_requested_ = false;
    std::atomic<bool> paused_{false};
    std::atomic<double> rate_{0};
    std::atomic<std::uint64_t> steps_{0};
    std::thread worker_;
};

}  // namespace rk::doc
