// Betweenness by Brandes (2001) on hop counts, arranged for the cache.
//
// Own code rather than boost::brandes_betweenness_centrality: Boost's version keeps a
// predecessor list per vertex and runs on one thread (bench_analytics measures both). Here:
// - no predecessor lists: the backward pass reads the BFS levels, a neighbour t of v is a
//   successor when dist[t] = dist[v] + 1, so nothing is allocated per source;
// - one 16-byte record per vertex holds its level and sigma (the path count), and sigma is
//   overwritten by Brandes' coefficient (1 + delta) / sigma once the vertex is done: every
//   arc costs one random access to one cache line, in both passes;
// - vertices are renumbered by descending degree, so the hubs that almost every path
//   crosses share a few cache lines, with 32-bit CSR adjacency in the new numbering;
// - the deepest BFS level has no successors: its vertices skip the backward scan;
// - sources are dealt to threads round-robin with per-thread buffers and sums.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <numeric>

#include "analytics/measures.hpp"
#include "analytics/path_threads.hpp"

namespace rk::analytics {
namespace {

// The out-adjacency in the new numbering; old_of[new] and the reverse map.
struct Renumbered {
    std::vector<int> offsets, targets, old_of;
};

Renumbered renumber_by_degree(const NetworkView& g) {
    const int n = g.n;
    Renumbered r;
    r.old_of.resize(n);
    std::iota(r.old_of.begin(), r.old_of.end(), 0);
    std::stable_sort(r.old_of.begin(), r.old_of.end(), [&](int a, int b) {
        return g.out_degree(a) + g.in_degree(a) > g.out_degree(b) + g.in_degree(b);
    });
    std::vector<int> new_of(n);
    for (int i = 0; i < n; ++i)
        new_of[r.old_of[i]] = i;
    r.offsets.assign(n + 1, 0);
    r.targets.reserve(g.out_targets.size());
    for (int i = 0; i < n; ++i) {
        const int v = r.old_of[i];
        const auto first = r.targets.size();
        for (int k = g.out_offsets[v]; k < g.out_offsets[v + 1]; ++k)
            r.targets.push_back(new_of[g.out_targets[k]]);
        std::sort(r.targets.begin() + static_cast<long>(first), r.targets.end());
        r.offsets[i + 1] = static_cast<int>(r.targets.size());
    }
    return r;
}

constexpr int kBatch = 64;  // sources per batch: one bit each in a 64-bit word

// One thread's buffers, reused for every batch. sigma holds kBatch lanes per vertex (lane i:
// source i of the batch): the number of shortest paths during the forward pass, then
// Brandes' coefficient (1 + delta) / sigma once that (vertex, source) pair is done.
struct Worker {
    std::vector<std::uint64_t> seen, next, successor;
    std::vector<double> sigma;
    std::vector<double> betweenness;
    // The traversal, level by level: vertex and the sources that reach it at that level.
    std::vector<int> log_vertex;
    std::vector<std::uint64_t> log_mask;
    std::vector<std::size_t> level_start;
    std::vector<int> touched;
    explicit Worker(int n)
        : seen(n, 0),
          next(n, 0),
          successor(n, 0),
          sigma(std::size_t(n) * kBatch, 0.0),
          betweenness(n, 0.0) {}
};

template <typename Lane>
void for_each_bit(std::uint64_t bits, Lane lane) {
    while (bits) {
        lane(std::countr_zero(bits));
        bits &= bits - 1;
    }
}

// Forward pass of one batch: multi-source BFS (Then et al., VLDB 2014) that also counts the
// shortest paths per source. An arc v -> t is on a shortest path for the sources in
// visit(v) & ~seen(t), with `seen` as it was before this level: those lanes add sigma.
void count_paths(const Renumbered& g, int first, int count, Worker& w) {
    const int* off = g.offsets.data();
    const int* nbr = g.targets.data();
    std::uint64_t* seen = w.seen.data();
    std::uint64_t* next = w.next.data();
    double* sigma = w.sigma.data();
    w.log_vertex.clear();
    w.log_mask.clear();
    w.level_start.assign(1, 0);
    for (int i = 0; i < count; ++i) {
        const int s = first + i;
        seen[s] = std::uint64_t{1} << i;
        sigma[std::size_t(s) * kBatch + i] = 1.0;
        w.log_vertex.push_back(s);
        w.log_mask.push_back(seen[s]);
    }
    w.level_start.push_back(w.log_vertex.size());
    for (std::size_t level = 0;; ++level) {
        const std::size_t begin = w.level_start[level], end = w.level_start[level + 1];
        if (begin == end)
            break;
        w.touched.clear();
        for (std::size_t e = begin; e < end; ++e) {
            const int v = w.log_vertex[e];
            const std::uint64_t from = w.log_mask[e];
            const double* sv = sigma + std::size_t(v) * kBatch;
            for (int k = off[v]; k < off[v + 1]; ++k) {
                const int t = nbr[k];
                const std::uint64_t fresh = from & ~seen[t];
                if (!fresh)
                    continue;
                if (!next[t])
                    w.touched.push_back(t);
                next[t] |= fresh;
                double* st = sigma + std::size_t(t) * kBatch;
                for_each_bit(fresh, [&](int i) { st[i] += sv[i]; });
            }
        }
        for (int t : w.touched) {
            seen[t] |= next[t];
            w.log_vertex.push_back(t);
            w.log_mask.push_back(next[t]);
            next[t] = 0;
        }
        w.level_start.push_back(w.log_vertex.size());
    }
}

// Backward pass, deepest level first: for v at level d of source i, delta_i(v) = sigma_i(v)
// * sum over successors t (level d + 1 for source i) of (1 + delta_i(t)) / sigma_i(t). The
// successors' lanes are marked in `successor` from the log of level d + 1.
void accumulate(const Renumbered& g, Worker& w) {
    const int* off = g.offsets.data();
    const int* nbr = g.targets.data();
    std::uint64_t* successor = w.successor.data();
    double* sigma = w.sigma.data();
    double* bc = w.betweenness.data();
    const std::size_t levels = w.level_start.size() - 2;  // the last level is empty
    double acc[kBatch];
    for (std::size_t level = levels; level-- > 1;) {
        const std::size_t begin = w.level_start[level], end = w.level_start[level + 1];
        const std::size_t below = w.level_start[level + 2];
        for (std::size_t e = end; e < below; ++e)
            successor[w.log_vertex[e]] = w.log_mask[e];
        for (std::size_t e = begin; e < end; ++e) {
            const int v = w.log_vertex[e];
            const std::uint64_t mine = w.log_mask[e];
            for_each_bit(mine, [&](int i) { acc[i] = 0.0; });
            if (end < below) {  // the deepest level has no successors
                for (int k = off[v]; k < off[v + 1]; ++k) {
                    const int t = nbr[k];
                    const std::uint64_t down = mine & successor[t];
                    if (!down)
                        continue;
                    const double* ct = sigma + std::size_t(t) * kBatch;
                    for_each_bit(down, [&](int i) { acc[i] += ct[i]; });
                }
            }
            double* sv = sigma + std::size_t(v) * kBatch;
            double sum = 0;
            for_each_bit(mine, [&](int i) {
                sum += sv[i] * acc[i];
                sv[i] = 1.0 / sv[i] + acc[i];
            });
            bc[v] += sum;
        }
        for (std::size_t e = end; e < below; ++e)
            successor[w.log_vertex[e]] = 0;
    }
    // Clear the lanes and marks this batch used.
    for (std::size_t e = 0; e < w.log_vertex.size(); ++e) {
        const int v = w.log_vertex[e];
        w.seen[v] = 0;
        double* sv = sigma + std::size_t(v) * kBatch;
        for_each_bit(w.log_mask[e], [&](int i) { sv[i] = 0.0; });
    }
}

}  // namespace

std::vector<double> brandes_betweenness(const NetworkView& g, unsigned threads_requested,
                                        Progress* progress) {
    const int n = g.n;
    std::vector<double> result(n, 0.0);
    if (n == 0)
        return result;
    const Renumbered r = renumber_by_degree(g);
    const unsigned threads = detail::path_threads(threads_requested, (n + kBatch - 1) / kBatch,
                                                  2.0 * kBatch * double(r.targets.size() + n));
    std::vector<Worker> workers;
    workers.reserve(threads);
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back(n);
    const int batches = (n + kBatch - 1) / kBatch;
    detail::run_round_robin(batches, threads, progress, [&](unsigned t, int b) {
        const int first = b * kBatch;
        count_paths(r, first, std::min(kBatch, n - first), workers[t]);
        accumulate(r, workers[t]);
    });
    for (const auto& w : workers)  // thread order: the same bits for a given thread count
        for (int i = 0; i < n; ++i)
            result[r.old_of[i]] += w.betweenness[i];
    return result;
}

}  // namespace rk::analytics
