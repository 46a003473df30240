// Internals shared by the layout sources (not part of the public API).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>
#include <vector>

#include "layout/layout.hpp"
#include "layout/overlap.hpp"

namespace rk::layout::detail {

// SplitMix64: small, fast, and identical on every platform (std::uniform_*_distribution is
// not), which the seed-determinism promise needs.
struct Rng {
    std::uint64_t state;
    explicit Rng(std::uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 0x1234567ull) {}
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }
};

inline int thread_count(int requested) {
    if (requested > 0)
        return requested;
    unsigned hc = std::thread::hardware_concurrency();
    return hc ? static_cast<int>(hc) : 1;
}

// Runs fn(chunk) for chunk in [0, chunks) on up to `threads` threads (the caller's thread
// included). Chunks are fixed by the caller, never by the thread count, so per-chunk
// results reduced in chunk order are identical for any number of threads.
inline void parallel_chunks(int chunks, int threads, const std::function<void(int)>& fn) {
    threads = std::max(1, std::min(threads, chunks));
    if (threads == 1) {
        for (int c = 0; c < chunks; ++c)
            fn(c);
        return;
    }
    std::atomic<int> next{0};
    auto worker = [&] {
        for (int c = next.fetch_add(1); c < chunks; c = next.fetch_add(1))
            fn(c);
    };
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
}

// Adjacency in compressed form (both directions of every undirected edge).
struct Csr {
    std::vector<int> offset;  // size n + 1
    std::vector<int> target;
    std::vector<double> weight;
};
Csr make_csr(const LayoutGraph& g);
// Hop distances from `source` into `dist` (-1 = unreached); `queue` ends holding the
// reached nodes in BFS order. Both buffers are reused across calls. O(n + m).
void bfs(const Csr& csr, int source, std::vector<int>& dist, std::vector<int>& queue);

// Connected components: component id per node, ids in order of first node.
std::vector<int> components(const LayoutGraph& g, int* count);

// Translates each component (a rigid block) so that the components sit in rows without
// overlapping, largest first, aiming at a square drawing. Nodes in a component that holds
// a fixed node are not moved, nor is that component. `boxes` may be empty (points).
void pack_components(const LayoutGraph& g, std::vector<Vec2>& pos, const std::vector<bool>& fixed,
                     const std::vector<Box>& boxes, double gap);

// The Graphviz engines (graphviz.cpp). `boxes` and `fixed`/`start` are by node index.
LayoutResult graphviz_layout(const ScenarioIndex& index, const LayoutGraph& graph,
                             const LayoutRequest& request, const std::vector<Box>& boxes,
                             const std::vector<bool>& fixed, const std::vector<Vec2>& start,
                             const std::vector<bool>& has_start, Progress* progress);

}  // namespace rk::layout::detail
