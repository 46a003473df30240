// Betweenness (Brandes 2001), closeness (Wasserman-Faust correction for unreached actors,
// as NetworkX's default), harmonic closeness (Marchiori-Latora) and global efficiency
// (Latora-Marchiori 2001), all from one BFS per source on hop counts.
//
// Own code rather than boost::brandes_betweenness_centrality: Boost's version stores
// predecessor lists and runs on one thread; this one walks successors instead (no lists),
// reuses flat per-thread buffers and runs sources in parallel. bench_analytics.cpp measures
// both on the same graph.
#include <algorithm>
#include <atomic>
#include <thread>

#include "analytics/measures.hpp"

namespace rk::analytics {
namespace {

// Flat buffers of one worker, reused for every source it handles.
struct Worker {
    std::vector<int> dist, order;
    std::vector<double> sigma, coef, betweenness;
    double inverse_distance_sum = 0;
};

void run_source(const NetworkView& g, int s, const PathOptions& opt, Worker& w,
                std::vector<double>& closeness, std::vector<double>& harmonic) {
    const int* off = g.out_offsets.data();
    const int* nbr = g.out_targets.data();
    int* dist = w.dist.data();
    double* sigma = w.sigma.data();
    int* order = w.order.data();
    int head = 0, tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1.0;
    long long distance_sum = 0;
    double inverse_sum = 0;
    // BFS: `order` doubles as the queue and, read backwards, as Brandes' stack.
    while (head < tail) {
        const int v = order[head++];
        const int dv = dist[v] + 1;
        const double sv = sigma[v];
        for (int k = off[v]; k < off[v + 1]; ++k) {
            const int t = nbr[k];
            if (dist[t] < 0) {
                dist[t] = dv;
                sigma[t] = sv;
                order[tail++] = t;
            } else if (dist[t] == dv) {
                sigma[t] += sv;
            }
        }
    }
    if (opt.distances) {
        for (int i = 1; i < tail; ++i) {
            distance_sum += dist[order[i]];
            inverse_sum += 1.0 / dist[order[i]];
        }
        const double n1 = g.n - 1;
        const double r1 = tail - 1;  // others reached
        closeness[s] = r1 > 0 ? (r1 / n1) * (r1 / static_cast<double>(distance_sum)) : kNaN;
        harmonic[s] = inverse_sum / n1;
        w.inverse_distance_sum += inverse_sum;
    }
    if (opt.betweenness) {
        // Brandes: delta[v] = sigma[v] * sum over successors t of (1 + delta[t]) / sigma[t].
        // coef[t] keeps (1 + delta[t]) / sigma[t] = 1/sigma[t] + acc[t], so each arc costs an
        // addition instead of a division. Successors are deeper, hence written before they
        // are read in this reverse BFS order: coef needs no reset between sources.
        double* coef = w.coef.data();
        double* bc = w.betweenness.data();
        for (int i = tail - 1; i > 0; --i) {
            const int v = order[i];
            const int dv = dist[v] + 1;
            double acc = 0;
            for (int k = off[v]; k < off[v + 1]; ++k) {
                const int t = nbr[k];
                if (dist[t] == dv)
                    acc += coef[t];
            }
            coef[v] = 1.0 / sigma[v] + acc;
            bc[v] += sigma[v] * acc;
        }
    }
    for (int i = 0; i < tail; ++i)
        dist[order[i]] = -1;
}

unsigned choose_threads(unsigned requested, int n) {
    unsigned t = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    // Below a few hundred sources the thread start costs more than it saves.
    if (n < 256)
        t = 1;
    return std::min<unsigned>(t, static_cast<unsigned>(std::max(1, n)));
}

}  // namespace

PathColumns shortest_path_measures(const NetworkView& g, const PathOptions& options,
                                   Progress* progress) {
    const int n = g.n;
    PathColumns out;
    out.closeness.assign(n, kNaN);
    out.harmonic.assign(n, kNaN);
    out.betweenness.assign(n, options.betweenness ? 0.0 : kNaN);
    out.betweenness_normalized.assign(n, kNaN);
    if (n == 0)
        return out;

    const unsigned threads = choose_threads(options.threads, n);
    std::vector<Worker> workers(threads);
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    auto work = [&](unsigned t) {
        Worker& w = workers[t];
        w.dist.assign(n, -1);
        w.order.resize(n);
        w.sigma.resize(n);
        if (options.betweenness) {
            w.coef.assign(n, 0.0);
            w.betweenness.assign(n, 0.0);
        }
        for (int s = static_cast<int>(t); s < n; s += static_cast<int>(threads)) {
            if ((s / static_cast<int>(threads)) % 64 == 0) {
                if (stop.load(std::memory_order_relaxed))
                    return;
                if (progress && progress->cancelled()) {
                    stop = true;
                    return;
                }
                if (progress && t == 0)
                    progress->set_fraction(double(done.load()) / n);
            }
            run_source(g, s, options, w, out.closeness, out.harmonic);
            done.fetch_add(1, std::memory_order_relaxed);
        }
    };
    if (threads == 1) {
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

    if (options.betweenness) {
        for (const auto& w : workers)  // thread order: deterministic sum
            for (int v = 0; v < n; ++v)
                out.betweenness[v] += w.betweenness[v];
        if (!g.directed)
            for (auto& b : out.betweenness)
                b /= 2.0;
        const double pairs = g.directed ? double(n - 1) * (n - 2) : double(n - 1) * (n - 2) / 2;
        for (int v = 0; v < n; ++v)
            out.betweenness_normalized[v] = pairs > 0 ? out.betweenness[v] / pairs : kNaN;
    }
    if (options.distances) {
        double total = 0;
        for (const auto& w : workers)
            total += w.inverse_distance_sum;
        out.global_efficiency = n >= 2 ? total / (double(n) * (n - 1)) : kNaN;
        if (n < 2) {
            out.harmonic.assign(n, kNaN);
        }
    }
    if (progress)
        progress->set_fraction(1.0);
    return out;
}

}  // namespace rk::analytics
