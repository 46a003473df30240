// Progress and cancellation for long engine work (layout, analytics on big graphs, import).
//
// The engine never owns threads of the UI; it reports progress through this object and
// checks `cancelled()` at safe points. Thread-safe: the UI thread reads and cancels while
// a worker thread writes.
#pragma once

#include <atomic>
#include <stdexcept>

namespace rk {

class Progress {
  public:
    void set_fraction(double f) { fraction_.store(f, std::memory_order_relaxed); }
    double fraction() const { return fraction_.load(std::memory_order_relaxed); }
    void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return cancelled_.load(std::memory_order_relaxed); }

  private:
    std::atomic<double> fraction_{0.0};
    std::atomic<bool> cancelled_{false};
};

// Thrown by engine code that notices a cancel request; callers discard partial results.
struct Cancelled : std::runtime_error {
    Cancelled() : std::runtime_error("cancelled") {}
};

// Checks a possibly-null progress object; throws Cancelled when cancellation was asked.
inline void check_cancel(const Progress* p) {
    if (p && p->cancelled())
        throw Cancelled{};
}

}  // namespace rk
