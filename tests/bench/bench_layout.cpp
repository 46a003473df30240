// Layout benchmarks: own ForceAtlas2 and stress layout against Graphviz sfdp and neato (C API,
// same process, same graphs) on 1k, 10k and 100k node graphs.
//
// Each layout benchmark reports the counter `stress` (normalised stress, quality.hpp; sampled
// from 64 BFS sources beyond 2000 nodes) next to its time; BM_ForceAtlas2Iteration reports
// iterations per second. tests/bench/compare_graphviz_layout.py runs this binary and prints
// the ratios. Graphs: seeded "actor-network-like" graphs (communities, a spanning tree per
// community plus random ties, a few bridges between communities; mean degree about 4).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <ctime>
#include <map>
#include <string>

#include "layout/detail.hpp"
#include "layout/layout.hpp"
#include "layout/quality.hpp"

namespace {
using namespace rk;
using namespace rk::layout;

Scenario community_graph(int n, std::uint64_t seed) {
    detail::Rng rng(seed);
    Scenario s;
    s.id = "bench";
    const int community_size = 50;
    s.actors.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        s.actors[i].id = "n";
        s.actors[i].id += std::to_string(i);
    }
    auto add = [&](int a, int b) {
        if (a == b)
            return;
        Relation r;
        r.id = "r";
        r.id += std::to_string(s.relations.size());
        r.source = s.actors[a].id;
        r.target = s.actors[b].id;
        s.relations.push_back(std::move(r));
    };
    for (int i = 1; i < n; ++i) {
        int base = i / community_size * community_size;
        if (i == base) {
            // First of a community: one bridge to an earlier community keeps it connected.
            add(i, static_cast<int>(rng.below(static_cast<std::uint64_t>(i))));
        } else {
            add(i, base + static_cast<int>(rng.below(static_cast<std::uint64_t>(i - base))));
            int size = std::min(community_size, n - base);
            add(i, base + static_cast<int>(rng.below(static_cast<std::uint64_t>(size))));
        }
        if (rng.uniform() < 0.02)
            add(i, static_cast<int>(rng.below(static_cast<std::uint64_t>(n))));
    }
    return s;
}

const Scenario& graph_of(int n) {
    static std::map<int, Scenario> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, community_graph(n, 2024)).first;
    return it->second;
}

void run_engine(benchmark::State& state, LayoutEngine engine) {
    const Scenario& s = graph_of(static_cast<int>(state.range(0)));
    LayoutRequest r;
    r.engine = engine;
    r.remove_overlaps = false;  // compare the layout algorithms themselves
    r.seed = 7;
    r.measure_stress = false;  // measured below, outside the timed loop
    LayoutResult res;
    for (auto _ : state) {
        res = run_layout(s, r);
        benchmark::DoNotOptimize(res.positions);
    }
    if (!res.ok) {
        state.SkipWithError(res.error.c_str());
        return;
    }
    LayoutGraph g = build_layout_graph(s, {});
    std::vector<Vec2> pos;
    pos.reserve(g.ids.size());
    for (const auto& id : g.ids)
        pos.push_back({res.positions.at(id).x, res.positions.at(id).y});
    state.counters["stress"] = normalised_stress(g, pos, g.node_count() > 2000 ? 64 : 0, 1);
    state.counters["iterations"] = res.stats.iterations;
    state.counters["nodes"] = static_cast<double>(s.actors.size());
}

void BM_Stress(benchmark::State& state) {
    run_engine(state, LayoutEngine::Stress);
}
void BM_ForceAtlas2(benchmark::State& state) {
    run_engine(state, LayoutEngine::ForceAtlas2);
}
void BM_Sfdp(benchmark::State& state) {
    run_engine(state, LayoutEngine::Sfdp);
}
void BM_Neato(benchmark::State& state) {
    run_engine(state, LayoutEngine::Neato);
}

// One ForceAtlas2 iteration of the live layout (what the GUI animates), after a warm-up.
void BM_ForceAtlas2Iteration(benchmark::State& state) {
    const Scenario& s = graph_of(static_cast<int>(state.range(0)));
    ForceOptions o;
    o.start_from_scenario = false;
    ForceLayout fl(s, {}, o);
    fl.step(5);
    const std::clock_t c0 = std::clock();  // process CPU time: all threads
    for (auto _ : state)
        fl.step(1);
    const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    // Wall-clock rate (UseRealTime below), and the CPU seconds of all threads per iteration:
    // on a loaded shared machine, threads / cpu_s_per_it is what free cores would give.
    state.counters["it_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["cpu_s_per_it"] = cpu / static_cast<double>(state.iterations());
}

BENCHMARK(BM_Stress)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_ForceAtlas2)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Sfdp)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_Neato)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ForceAtlas2Iteration)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3.0)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
