// Internal to the path measures (closeness_msbfs.cpp, betweenness.cpp): deals work items
// (sources or batches of sources) to threads round-robin, with cancellation and progress.
// Round-robin and fixed per-thread buffers make the result a pure function of the thread
// count: callers add the per-thread sums in thread order.
#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "model/progress.hpp"

namespace rk::analytics::detail {

// The threads worth starting for `work_items` items of about `item_cost` arc visits each:
// below about a million arc visits in all a thread start costs more than it saves.
inline unsigned path_threads(unsigned requested, int work_items, double item_cost) {
    unsigned t = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    if (double(work_items) * item_cost < 1e6)
        t = 1;
    return std::clamp<unsigned>(t, 1, static_cast<unsigned>(std::max(1, work_items)));
}

// Runs item(thread, i) for every i in [0, items), item i on thread i % threads. Checks for
// cancellation before every item (one relaxed atomic load against O(m) work per item);
// throws rk::Cancelled after all threads stopped.
template <typename Item>
void run_round_robin(int items, unsigned threads, Progress* progress, Item item) {
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    auto work = [&](unsigned t) {
        for (int i = static_cast<int>(t); i < items; i += static_cast<int>(threads)) {
            if (stop.load(std::memory_order_relaxed))
                return;
            if (progress && progress->cancelled()) {
                stop = true;
                return;
            }
            if (progress && t == 0)
                progress->set_fraction(double(done.load()) / items);
            item(t, i);
            done.fetch_add(1, std::memory_order_relaxed);
        }
    };
    if (threads <= 1) {
        work(0);
    } else {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t)
            pool.emplace_back(work, t);
        for (auto& th : pool)
            th.join();
    }
    if (stop)
        throw Cancelled{};
}

}  // namespace rk::analytics::detail
