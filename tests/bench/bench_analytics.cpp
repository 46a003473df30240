// Speed of the analytics engine. The budget: the full analysis of a 1,000-actor case
// within one frame (16 ms) on one core, so the GUI can recompute while someone edits.
// Also: each stage of that analysis alone, closeness by multi-source BFS, and our batched
// Brandes against Boost.Graph's brandes_betweenness_centrality on the same graph.
//
// Run: build/<dir>/tests/bench_analytics (Release). Graphs are seeded, so runs compare.
#include <benchmark/benchmark.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <random>

#include "analytics/analysis.hpp"
#include "analytics/measures.hpp"

namespace {

using namespace rk;
using namespace rk::analytics;

// Preferential attachment (Barabasi-Albert, m = 3), seeded: the shape of real actor networks
// (a few hubs such as ministries and umbrella bodies, many peripheral actors).
std::vector<std::pair<int, int>> barabasi_albert(int n, int m, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<int> ends;  // every edge end, so picking uniformly = picking by degree
    std::vector<std::pair<int, int>> edges;
    for (int v = 0; v < m; ++v)
        ends.push_back(v);
    for (int v = m; v < n; ++v) {
        std::vector<int> chosen;
        while (static_cast<int>(chosen.size()) < m) {
            const int t = ends[std::uniform_int_distribution<std::size_t>(0, ends.size() - 1)(rng)];
            if (std::find(chosen.begin(), chosen.end(), t) == chosen.end())
                chosen.push_back(t);
        }
        for (int t : chosen) {
            edges.emplace_back(v, t);
            ends.push_back(v);
            ends.push_back(t);
        }
    }
    return edges;
}

// A 1,000-actor case: collaboration ties from preferential attachment, 10 kokers, a `directs`
// layer of 150 ties from 20 regisseurs, 60 tasks with RACI and hand-overs, 5 forums.
Scenario thousand_actor_case() {
    Scenario s;
    s.id = "bench";
    const int n = 1000;
    std::mt19937 rng(7);
    for (int i = 0; i < n; ++i) {
        Actor a;
        a.id = "a" + std::to_string(i);
        a.koker = "koker" + std::to_string(i % 10);
        a.sector = "sector" + std::to_string(i % 7);
        a.bestuurslaag = static_cast<Bestuurslaag>(1 + i % 8);
        if (i < 20)
            a.roles = {Role::Regisseur};
        if (i % 50 == 0)
            a.ladder_step = LadderStep::Regisseren;
        if (i % 3 == 0)
            a.mandate.decision = DecisionMandate::WithinFrame;
        s.actors.push_back(std::move(a));
    }
    int k = 0;
    for (const auto& [u, v] : barabasi_albert(n, 3, 11)) {
        Relation r;
        r.id = "r" + std::to_string(k++);
        r.source = s.actors[u].id;
        r.target = s.actors[v].id;
        r.layer = Layer::Collaboration;
        s.relations.push_back(std::move(r));
    }
    for (int i = 0; i < 150; ++i) {
        Relation r;
        r.id = "d" + std::to_string(i);
        r.source = s.actors[i % 20].id;
        r.target = s.actors[20 + static_cast<int>(rng() % (n - 20))].id;
        r.layer = Layer::Directs;
        r.directed = true;
        s.relations.push_back(std::move(r));
    }
    for (int t = 0; t < 60; ++t) {
        Responsibility task;
        task.id = "t" + std::to_string(t);
        task.task = task.id;
        if (t % 4)
            task.follows = "t" + std::to_string(t - 1);
        for (int j = 0; j < 3; ++j) {
            RaciAssignment x;
            x.actor = s.actors[rng() % n].id;
            x.responsible = j < 2;
            x.accountable = j == 2 && t % 5;
            task.assignments.push_back(x);
        }
        s.responsibilities.push_back(std::move(task));
    }
    for (int f = 0; f < 5; ++f) {
        Forum forum;
        forum.id = "f" + std::to_string(f);
        for (int j = 0; j < 8; ++j)
            forum.seats.push_back({s.actors[f * 8 + j].id, true, j % 2 == 0});
        s.forums.push_back(std::move(forum));
    }
    return s;
}

void BM_FullAnalysis1000(benchmark::State& state) {
    const Scenario s = thousand_actor_case();
    AnalysisSettings settings;
    settings.threads = static_cast<unsigned>(state.range(0));
    settings.partitions = {"koker"};
    for (auto _ : state)
        benchmark::DoNotOptimize(analyze(s, settings));
    state.SetLabel(std::to_string(settings.threads) +
                   " thread(s), 999 permutations, greedy key players, partition koker");
}
BENCHMARK(BM_FullAnalysis1000)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// The same analysis stage by stage on one thread, to see where the frame goes. Every stage
// also computes the network basics (components, F, articulation points, bridges), which
// analyze() always does; "basics" is that alone (the degree stage adds O(n + m)).
struct Stage {
    const char* name;
    std::vector<Metric> metrics;
};
const std::vector<Stage>& stages() {
    static const std::vector<Stage> list{
        {"basics+degree", {Metric::Degree}},
        {"betweenness", {Metric::Betweenness}},
        {"closeness+harmonic+DF", {Metric::Closeness}},
        {"eigenvector+pagerank+katz", {Metric::Eigenvector, Metric::PageRank, Metric::Katz}},
        {"structural holes", {Metric::StructuralHoles}},
        {"key players", {Metric::KeyPlayers}},
        {"communities", {Metric::Communities}},
        {"partitions (E-I 999 permutations, brokerage)", {Metric::Partitions}},
        {"regie overlay", {Metric::Regie}},
        {"diagnostics (with partitions and regie)", {Metric::Diagnostics}},
        // doc::quick_stage: what an edit in the GUI gets within its frame (issue 18).
        {"quick stage of an edit (degree + regie)", {Metric::Degree, Metric::Regie}},
    };
    return list;
}

void BM_AnalysisStage1000(benchmark::State& state) {
    const Scenario s = thousand_actor_case();
    const Stage& stage = stages()[static_cast<std::size_t>(state.range(0))];
    AnalysisSettings settings;
    settings.threads = 1;
    settings.partitions = {"koker"};
    settings.metrics = stage.metrics;
    for (auto _ : state)
        benchmark::DoNotOptimize(analyze(s, settings));
    state.SetLabel(stage.name);
}
BENCHMARK(BM_AnalysisStage1000)->DenseRange(0, 10)->Unit(benchmark::kMillisecond);

NetworkView ba_view(int n) {
    std::vector<std::string> ids(n);
    for (int i = 0; i < n; ++i)
        ids[i] = std::to_string(i);
    std::vector<NetworkView::Edge> edges;
    for (const auto& [u, v] : barabasi_albert(n, 3, 5))
        edges.push_back({u, v, 1.0});
    return view_from_edges(std::move(ids), edges, false, false);
}

// Closeness, harmonic closeness and global efficiency alone: multi-source bit-parallel BFS.
void BM_ClosenessMsBfs(benchmark::State& state) {
    const NetworkView g = ba_view(static_cast<int>(state.range(0)));
    PathOptions options;
    options.betweenness = false;
    options.threads = 1;
    for (auto _ : state)
        benchmark::DoNotOptimize(shortest_path_measures(g, options));
}
BENCHMARK(BM_ClosenessMsBfs)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_BetweennessOwn(benchmark::State& state) {
    const NetworkView g = ba_view(static_cast<int>(state.range(0)));
    PathOptions options;
    options.distances = false;
    options.threads = 1;
    for (auto _ : state)
        benchmark::DoNotOptimize(shortest_path_measures(g, options));
}
BENCHMARK(BM_BetweennessOwn)->Arg(1000)->Arg(5000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_BetweennessBoost(benchmark::State& state) {
    const int n = static_cast<int>(state.range(0));
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(n);
    for (const auto& [u, v] : barabasi_albert(n, 3, 5))
        boost::add_edge(u, v, g);
    std::vector<double> centrality(n);
    for (auto _ : state) {
        boost::brandes_betweenness_centrality(
            g, boost::centrality_map(boost::make_iterator_property_map(
                   centrality.begin(), boost::get(boost::vertex_index, g))));
        benchmark::DoNotOptimize(centrality.data());
    }
}
BENCHMARK(BM_BetweennessBoost)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_ClosenessAndBetweennessThreads(benchmark::State& state) {
    const NetworkView g = ba_view(10000);
    PathOptions options;
    options.threads = static_cast<unsigned>(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(shortest_path_measures(g, options));
}
BENCHMARK(BM_ClosenessAndBetweennessThreads)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// What `analyze FILE --metrics pagerank --format json` does between reading and writing, on
// the graph of issue 18 (BA n = 10,000, m = 3): the scenario's index, the network view, the
// network basics (components, F, articulation points, bridges) and PageRank; then the JSON.
Scenario ba_scenario(int n) {
    Scenario s;
    s.id = "ba";
    for (int i = 0; i < n; ++i) {
        Actor a;
        a.id = std::to_string(i);
        s.actors.push_back(std::move(a));
    }
    for (const auto& [u, v] : barabasi_albert(n, 3, 5)) {
        Relation r;
        r.id = std::to_string(s.relations.size());
        r.source = s.actors[u].id;
        r.target = s.actors[v].id;
        s.relations.push_back(std::move(r));
    }
    return s;
}

AnalysisSettings pagerank_only() {
    AnalysisSettings settings;
    settings.metrics = {Metric::PageRank};
    settings.threads = 2;
    return settings;
}

void BM_AnalyzePageRank10k(benchmark::State& state) {
    const Scenario s = ba_scenario(10000);
    for (auto _ : state)
        benchmark::DoNotOptimize(analyze(s, pagerank_only()));
}
BENCHMARK(BM_AnalyzePageRank10k)->Unit(benchmark::kMillisecond);

void BM_PageRankAlone10k(benchmark::State& state) {
    const NetworkView g = ba_view(10000);
    for (auto _ : state)
        benchmark::DoNotOptimize(pagerank(g));
}
BENCHMARK(BM_PageRankAlone10k)->Unit(benchmark::kMillisecond);

void BM_ReportJsonPageRank10k(benchmark::State& state) {
    const AnalysisResult result = analyze(ba_scenario(10000), pagerank_only());
    for (auto _ : state)
        benchmark::DoNotOptimize(to_json(result));
}
BENCHMARK(BM_ReportJsonPageRank10k)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
