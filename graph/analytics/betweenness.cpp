// Betweenness by Brandes (2001) on hop counts, batched: 64 sources share one traversal.
//
// Own code rather than boost::brandes_betweenness_centrality, which runs one BFS per source
// with a predecessor list per vertex on one thread (bench_analytics measures both):
// - the forward pass is a multi-source bit-parallel BFS (Then et al., VLDB 2014): bit i of
//   a vertex's word says "source i reached it", so each arc is scanned once per BFS level of
//   the batch instead of once per source, and the path counts (sigma) of all 64 sources of
//   a vertex lie side by side (64 lanes, 512 bytes), added only for the lanes whose bit is set;
// - no predecessor lists: the forward pass logs, per (vertex, level), the arcs that lie on
//   a shortest path with their source bits; the backward pass reads that log in reverse
//   (level-synchronous, deepest first), touching only those arcs and lanes;
// - a vertex's lane is overwritten by Brandes' coefficient (1 + delta) / sigma once done, so
//   one lane array serves both passes; the divisions are one per (vertex, source) pair;
// - vertices are renumbered by descending degree, with 32-bit CSR adjacency in the new
//   numbering: the hubs that almost every path crosses share cache lines, and a batch of
//   consecutive (new) numbers holds sources that are close to each other, so their BFS
//   levels coincide and the words carry many bits;
// - batches are dealt to threads round-robin with per-thread buffers and sums.
// 64 lanes measured best (bench_analytics, BA 1,000: 32 lanes 1.4x and 128 lanes 1.15x
// slower). Memory: 532 bytes per vertex per thread, plus the log of one batch.
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
    std::vector<std::uint64_t> seen, next;
    std::vector<double> sigma;
    std::vector<double> betweenness;
    // The traversal in BFS order: entry e is a vertex and the sources that reach it at one
    // level; its arcs on shortest paths (target, sources) are dag[dag_start[e] ..
    // dag_start[e + 1]). Read backwards, this is the order Brandes' accumulation needs.
    std::vector<int> log_vertex;
    std::vector<std::uint64_t> log_mask;
    std::vector<std::size_t> dag_start;
    std::vector<std::pair<int, std::uint64_t>> dag;
    std::vector<int> touched;
    explicit Worker(int n)
        : seen(n, 0), next(n, 0), sigma(std::size_t(n) * kBatch, 0.0), betweenness(n, 0.0) {}
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
// visit(v) & ~seen(t), with `seen` as it was before this level: those lanes add sigma, and
// the arc is logged for the backward pass (so that pass reads no levels and skips every
// arc that is on no shortest path).
void count_paths(const Renumbered& g, int first, int count, Worker& w) {
    const int* off = g.offsets.data();
    const int* nbr = g.targets.data();
    std::uint64_t* seen = w.seen.data();
    std::uint64_t* next = w.next.data();
    double* sigma = w.sigma.data();
    w.log_vertex.clear();
    w.log_mask.clear();
    w.dag.clear();
    w.dag_start.clear();
    for (int i = 0; i < count; ++i) {
        const int s = first + i;
        seen[s] = std::uint64_t{1} << i;
        sigma[std::size_t(s) * kBatch + i] = 1.0;
        w.log_vertex.push_back(s);
        w.log_mask.push_back(seen[s]);
    }
    std::size_t begin = 0;
    while (begin < w.log_vertex.size()) {
        const std::size_t end = w.log_vertex.size();  // one BFS level: [begin, end)
        w.touched.clear();
        for (std::size_t e = begin; e < end; ++e) {
            const int v = w.log_vertex[e];
            const std::uint64_t from = w.log_mask[e];
            const double* sv = sigma + std::size_t(v) * kBatch;
            w.dag_start.push_back(w.dag.size());
            for (int k = off[v]; k < off[v + 1]; ++k) {
                const int t = nbr[k];
                const std::uint64_t fresh = from & ~seen[t];
                if (!fresh)
                    continue;
                if (!next[t])
                    w.touched.push_back(t);
                next[t] |= fresh;
                w.dag.emplace_back(t, fresh);
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
        begin = end;
    }
    w.dag_start.push_back(w.dag.size());
}

// Backward pass over the log, deepest entries first: for v reached by source i at level d,
// delta_i(v) = sigma_i(v) * sum over its logged arcs to t of (1 + delta_i(t)) / sigma_i(t);
// t is deeper, hence already done. Source entries (the first `count`) add nothing.
void accumulate(int count, Worker& w) {
    double* sigma = w.sigma.data();
    double* bc = w.betweenness.data();
    double acc[kBatch];
    for (std::size_t e = w.log_vertex.size(); e-- > static_cast<std::size_t>(count);) {
        const int v = w.log_vertex[e];
        const std::uint64_t mine = w.log_mask[e];
        for_each_bit(mine, [&](int i) { acc[i] = 0.0; });
        for (std::size_t a = w.dag_start[e]; a < w.dag_start[e + 1]; ++a) {
            const double* ct = sigma + std::size_t(w.dag[a].first) * kBatch;
            for_each_bit(w.dag[a].second, [&](int i) { acc[i] += ct[i]; });
        }
        double* sv = sigma + std::size_t(v) * kBatch;
        double sum = 0;
        for_each_bit(mine, [&](int i) {
            sum += sv[i] * acc[i];
            sv[i] = 1.0 / sv[i] + acc[i];
        });
        bc[v] += sum;
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
        accumulate(std::min(kBatch, n - first), workers[t]);
    });
    for (const auto& w : workers)  // thread order: the same bits for a given thread count
        for (int i = 0; i < n; ++i)
            result[r.old_of[i]] += w.betweenness[i];
    return result;
}

}  // namespace rk::analytics
