// The pieces `analyze` was made fast with, each checked against an independent
// implementation on many graphs: articulation points and bridges against Boost.Graph's
// biconnected_components, the CSR view against a brute-force map of merged pairs, and the
// JSON writer against nlohmann::json's own serialisation of the same values.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "analytics/analysis.hpp"
#include "analytics/measures.hpp"
#include "graph_files.hpp"

namespace rk::analytics {
namespace {

// Random multigraph on n vertices: `m` arcs with repeats, reversed pairs and self-loops,
// plus a few pendant paths and isolates, so that bridges and cut vertices occur.
std::vector<std::pair<int, int>> random_pairs(int n, int m, std::mt19937& rng) {
    std::uniform_int_distribution<int> pick(0, n - 1);
    std::vector<std::pair<int, int>> pairs;
    for (int k = 0; k < m; ++k)
        pairs.emplace_back(pick(rng), pick(rng));
    for (int k = 0; k + 1 < n / 4; k += 2)  // pendant chains through the lower quarter
        pairs.emplace_back(k, k + 1);
    return pairs;
}

// The oracle: Boost's biconnected_components on the simple undirected graph.
CutInfo boost_cuts(int n, const std::vector<std::pair<int, int>>& arcs) {
    struct EdgeBlock {
        std::size_t block = 0;
    };
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                        boost::no_property, EdgeBlock>;
    std::set<std::pair<int, int>> simple;
    for (const auto& [u, v] : arcs)
        if (u != v)
            simple.emplace(std::min(u, v), std::max(u, v));
    Graph bg(n);
    for (const auto& [u, v] : simple)
        boost::add_edge(u, v, bg);
    auto component = boost::get(&EdgeBlock::block, bg);
    std::vector<Graph::vertex_descriptor> points;
    const std::size_t blocks =
        boost::biconnected_components(bg, component, std::back_inserter(points)).first;
    CutInfo cut;
    std::set<int> unique_points(points.begin(), points.end());
    cut.articulation_points.assign(unique_points.begin(), unique_points.end());
    std::vector<int> size(blocks, 0);
    for (auto [it, end] = boost::edges(bg); it != end; ++it)
        ++size[component[*it]];
    for (auto [it, end] = boost::edges(bg); it != end; ++it)
        if (size[component[*it]] == 1) {
            const int u = static_cast<int>(boost::source(*it, bg));
            const int v = static_cast<int>(boost::target(*it, bg));
            cut.bridges.emplace_back(std::min(u, v), std::max(u, v));
        }
    std::sort(cut.bridges.begin(), cut.bridges.end());
    return cut;
}

TEST(CutVertices, SameAsBoostOnRandomGraphsDirectedAndUndirected) {
    std::mt19937 rng(20240101);
    int with_points = 0, with_bridges = 0;
    for (int round = 0; round < 60; ++round) {
        const int n = 5 + round * 7;
        // Sparse (tree-like, many bridges) to dense (few or none).
        const int m = n / 2 + (round % 6) * n / 2;
        const auto pairs = random_pairs(n, m, rng);
        const CutInfo expected = boost_cuts(n, pairs);
        for (bool directed : {false, true}) {
            const CutInfo got =
                articulation_points_and_bridges(testing::make_view(n, pairs, directed));
            ASSERT_EQ(got.articulation_points, expected.articulation_points)
                << "n " << n << " m " << m << " directed " << directed;
            ASSERT_EQ(got.bridges, expected.bridges)
                << "n " << n << " m " << m << " directed " << directed;
        }
        with_points += !expected.articulation_points.empty();
        with_bridges += !expected.bridges.empty();
    }
    // The rounds must exercise both outcomes, or the comparison proves little.
    EXPECT_GT(with_points, 20);
    EXPECT_GT(with_bridges, 20);
}

TEST(CutVertices, LongPathNeedsNoRecursion) {
    // A path of 200,000 vertices: a recursive DFS would overflow the stack; every inner
    // vertex is a cut vertex and every edge a bridge (by hand).
    const int n = 200000;
    std::vector<std::pair<int, int>> pairs;
    for (int v = 0; v + 1 < n; ++v)
        pairs.emplace_back(v, v + 1);
    const CutInfo cut = articulation_points_and_bridges(testing::make_view(n, pairs));
    EXPECT_EQ(cut.articulation_points.size(), std::size_t(n - 2));
    EXPECT_EQ(cut.bridges.size(), std::size_t(n - 1));
}

TEST(NetworkViewBuild, ListsSortedAndMergedAsABruteForceMap) {
    std::mt19937 rng(7);
    for (int round = 0; round < 30; ++round) {
        const int n = 3 + round * 11;
        const auto pairs = random_pairs(n, 3 * n, rng);
        std::vector<std::string> ids;
        for (int i = 0; i < n; ++i)
            ids.push_back(std::to_string(i));
        std::vector<NetworkView::Edge> edges;
        for (std::size_t k = 0; k < pairs.size(); ++k)
            edges.push_back({pairs[k].first, pairs[k].second, 1.0 + double(k % 5)});
        for (bool directed : {false, true}) {
            // Brute force: merged weight per (ordered or unordered) pair, self-loops dropped.
            std::map<std::pair<int, int>, double> merged;
            for (const auto& e : edges)
                if (e.u != e.v)
                    merged[directed ? std::pair(e.u, e.v)
                                    : std::pair(std::min(e.u, e.v), std::max(e.u, e.v))] +=
                        e.weight;
            const NetworkView g = view_from_edges(ids, edges, directed, true);
            ASSERT_EQ(g.edges.size(), merged.size());
            std::size_t k = 0;
            for (const auto& [pair, weight] : merged) {  // std::map order = (u, v) order
                ASSERT_EQ(g.edges[k].u, pair.first);
                ASSERT_EQ(g.edges[k].v, pair.second);
                ASSERT_DOUBLE_EQ(g.edges[k].weight, weight);
                ++k;
            }
            for (int v = 0; v < n; ++v) {
                // Out-lists: the pairs starting at v (undirected: touching v), ascending.
                std::vector<int> expected_out, expected_in;
                for (const auto& [pair, weight] : merged) {
                    if (pair.first == v)
                        expected_out.push_back(pair.second);
                    if (pair.second == v)
                        (directed ? expected_in : expected_out).push_back(pair.first);
                }
                std::sort(expected_out.begin(), expected_out.end());
                if (!directed)
                    expected_in = expected_out;
                const std::vector<int> out(g.out_targets.begin() + g.out_offsets[v],
                                           g.out_targets.begin() + g.out_offsets[v + 1]);
                const std::vector<int> in(g.in_sources.begin() + g.in_offsets[v],
                                          g.in_sources.begin() + g.in_offsets[v + 1]);
                ASSERT_EQ(out, expected_out) << "vertex " << v << " directed " << directed;
                ASSERT_EQ(in, expected_in) << "vertex " << v << " directed " << directed;
            }
        }
    }
}

TEST(NetworkViewBuild, RelationsOfAMergedTieInRelationOrder) {
    // r0 a-b, r1 b-a (directed), r2 a-b in another layer, r3 b-c: undirected, the tie {a,b}
    // merges r0, r1, r2 (in that order), {b,c} has r3.
    Scenario s;
    for (const char* id : {"a", "b", "c"})
        testing::add_actor(s, id);
    testing::add_relation(s, "a", "b", Layer::Collaboration);
    testing::add_relation(s, "b", "a", Layer::Collaboration, true);
    testing::add_relation(s, "a", "b", Layer::Funding);
    testing::add_relation(s, "b", "c", Layer::Funding);
    const NetworkView g = build_view(s, {}, false, false);
    ASSERT_EQ(g.edges.size(), 2u);
    std::vector<std::string> first, second;
    for (int k : g.relations_of(0))
        first.push_back(g.relation_ids[k]);
    for (int k : g.relations_of(1))
        second.push_back(g.relation_ids[k]);
    EXPECT_EQ(first, (std::vector<std::string>{"r0", "r1", "r2"}));
    EXPECT_EQ(second, (std::vector<std::string>{"r3"}));
    EXPECT_TRUE(g.relations_of(2).empty());  // out of range
    // Directed: r1 is the arc b->a; a->b holds r0 and r2, and the undirected r0, r2 also
    // give b->a, so b->a holds r0, r1, r2 in relation order.
    const NetworkView d = build_view(s, {}, true, false);
    std::map<std::pair<int, int>, std::vector<std::string>> by_arc;
    for (std::size_t e = 0; e < d.edges.size(); ++e)
        for (int k : d.relations_of(e))
            by_arc[{d.edges[e].u, d.edges[e].v}].push_back(d.relation_ids[k]);
    EXPECT_EQ(by_arc[std::pair(0, 1)], (std::vector<std::string>{"r0", "r2"}));
    EXPECT_EQ(by_arc[std::pair(1, 0)], (std::vector<std::string>{"r0", "r1", "r2"}));
}

// The text the writer gives one double, as the value of the only actor's only column.
std::string written(double value, const std::string& actor_id = "a") {
    AnalysisResult r;
    r.actors.actor_ids = {actor_id};
    r.actors.set("x", {value});
    const std::string json = to_json(r);
    const std::string key = "\"x\": ";
    const auto at = json.find(key) + key.size();
    return json.substr(at, json.find('\n', at) - at);
}

TEST(ReportJson, DoublesInNlohmannsLayoutAndExact) {
    const double values[] = {0.0,
                             -0.0,
                             1.0,
                             3.0,
                             0.5,
                             0.1,
                             1.0 / 3,
                             2.0 / 3,
                             1e-3,
                             1.5e-4,
                             1e-5,
                             2.5e-7,
                             1e15,
                             1e16,
                             1e17,
                             1.25e16,
                             123456.789,
                             1e21,
                             1e300,
                             1e-300,
                             5e-324,
                             -2.5,
                             -1e-9,
                             0.00635962411971447,
                             6.938024623689132e-4,
                             std::numeric_limits<double>::max(),
                             std::numeric_limits<double>::min()};
    for (double v : values) {
        const std::string ours = written(v);
        // Exact: the text reads back to the same double.
        EXPECT_EQ(std::strtod(ours.c_str(), nullptr), v) << ours;
        // nlohmann's layout: the same notation (plain with a '.', or d.ddde+XX), and for
        // these values also the same digits.
        EXPECT_EQ(ours, nlohmann::json(v).dump()) << v;
    }
    EXPECT_EQ(written(std::nan("")), "null");
    EXPECT_EQ(written(std::numeric_limits<double>::infinity()), "null");
}

TEST(ReportJson, ShortestDigitsWhereNlohmannWroteMore) {
    // Grisu2 (nlohmann) wrote 17 digits for this BA-graph PageRank value; to_chars writes the
    // shortest text that reads back to it (16 digits). Same double either way.
    const double v = 5.1605027055413057e-05;
    EXPECT_EQ(written(v), "5.160502705541306e-05");
    EXPECT_EQ(nlohmann::json::parse(written(v)).get<double>(), v);
}

TEST(ReportJson, StringsEscapedAndWholeDocumentAsNlohmannWritesIt) {
    // Quotes, backslash, control characters, UTF-8 (kept) and one invalid byte (U+FFFD).
    const std::string id = "a\"b\\c\n\t\x01 \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 \xFF end";
    AnalysisResult r;
    r.scenario_id = "s";
    r.actors.actor_ids = {id, "plain"};
    r.actors.set("pagerank", {0.25, std::nan("")});
    r.network.bridges = {{"a", "b"}};
    r.network.centralization["pagerank"] = 0.5;
    r.regie.cycles = {{"x", "y"}, {}};
    r.regie.span["x"] = 2;
    r.conventions["k"] = "v";
    Finding f;
    f.id = "eilandenrijk";
    f.numbers["F"] = 0.75;
    f.details_nl = {"één"};
    r.diagnostics.push_back(f);
    const std::string ours = to_json(r);
    // The same document through nlohmann (the writer's former implementation): parse ours
    // (checks validity), dump it the way the old writer did, compare the text.
    const auto parsed = nlohmann::ordered_json::parse(ours);
    EXPECT_EQ(ours, parsed.dump(2, ' ', false) + "\n");
    EXPECT_EQ(parsed["actors"][0]["id"].get<std::string>(),
              "a\"b\\c\n\t\x01 \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 \xEF\xBF\xBD end");
    EXPECT_TRUE(parsed["actors"][1]["pagerank"].is_null());
    EXPECT_NE(ours.find("\\u0001"), std::string::npos);  // lower-case hex, as nlohmann
}

}  // namespace
}  // namespace rk::analytics
