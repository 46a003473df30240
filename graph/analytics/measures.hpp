// The measure families on a NetworkView, one .cpp per family (NetworkX style). analyze() in
// analysis.cpp strings them together; tests and other modules may call them one by one.
//
// Every function is total: degenerate input (n < 2, no edges) gives NaN where the measure is
// undefined, never an exception. Functions that may run long take a Progress* and throw
// rk::Cancelled when it was cancelled.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analytics/analysis.hpp"

namespace rk::analytics {

// --- degree.cpp ---------------------------------------------------------------------------
struct DegreeColumns {
    std::vector<double> degree;     // undirected: neighbours; directed: in + out arcs
    std::vector<double> in_degree;  // directed only (undirected: = degree)
    std::vector<double> out_degree;
    std::vector<double> strength;  // sum of weights of incident arcs (in + out if directed)
    std::vector<double> degree_normalized;  // degree / (n-1); directed: / (2(n-1))
};
// O(n + m).
DegreeColumns degree_centrality(const NetworkView& g);

// --- shortest_paths.cpp: betweenness, closeness, harmonic, global efficiency --------------
// All on hop counts (weights never lengthen paths, in weighted views too). Distances come
// from multi-source bit-parallel BFS, betweenness from Brandes' dependency accumulation
// (Brandes 2001); see the two functions below.
struct PathColumns {
    std::vector<double> betweenness;             // raw; undirected pairs counted once
    std::vector<double> betweenness_normalized;  // / ((n-1)(n-2)/2) undirected, /((n-1)(n-2))
    std::vector<double> closeness;    // Wasserman-Faust: (r-1)/(n-1) * (r-1)/sum d, r = reached
    std::vector<double> harmonic;     // sum over others of 1/d, divided by (n-1)
    double global_efficiency = kNaN;  // mean over ordered pairs of 1/d
};
struct PathOptions {
    bool betweenness = true;
    bool distances = true;  // closeness, harmonic, efficiency
    unsigned threads = 0;   // 0 = hardware concurrency; 1 = the calling thread only
};
// O(n m) time for betweenness, O(n/256 (levels n + levels m)) word operations for the
// distances; O(n) memory per thread. Work is dealt to threads round-robin and per-thread
// sums are added in thread order, so a given thread count gives identical bits. Throws
// rk::Cancelled when progress was cancelled.
PathColumns shortest_path_measures(const NetworkView& g, const PathOptions& options,
                                   Progress* progress = nullptr);

// closeness_msbfs.cpp. For every vertex v, over the others it reaches along out-arcs: their
// number, the sum of hop distances and the sum of 1/distance. Multi-source bit-parallel BFS
// (Then et al., VLDB 2014): batches of 256 sources share one traversal of the reversed
// graph, O(n/256 * levels * (n + m)) word operations, 96 bytes per vertex per thread.
struct DistanceSums {
    std::vector<std::int64_t> distance_sum;
    std::vector<int> reached;
    std::vector<double> inverse_sum;
};
DistanceSums outgoing_distance_sums(const NetworkView& g, unsigned threads,
                                    Progress* progress = nullptr);

// betweenness.cpp. Raw Brandes betweenness over ordered pairs (an undirected pair counts
// from both ends: halve it). One BFS and one reverse sweep per source, without predecessor
// lists; O(n m) time, about 530 bytes per vertex per thread (64 path-count lanes).
std::vector<double> brandes_betweenness(const NetworkView& g, unsigned threads,
                                        Progress* progress = nullptr);

// --- pagerank.cpp -------------------------------------------------------------------------
// Power iteration with uniform teleport and dangling mass spread uniformly (as NetworkX and
// igraph's PRPACK). Undirected edges count both ways; weights used only if g.weighted.
// O(iterations * (n + m)); stops at L1 change < 1e-12 or 10000 iterations. Sums to 1.
std::vector<double> pagerank(const NetworkView& g, double alpha = 0.85);

// --- eigenvector.cpp ----------------------------------------------------------------------
struct EigenResult {
    std::vector<double> centrality;  // unit Euclidean norm; directed: from in-arcs (left)
    double lambda = kNaN;            // the leading eigenvalue estimate
    bool converged = false;
};
// Power iteration on A + I (as NetworkX, which avoids oscillation on bipartite graphs).
// O(iterations * (n + m)). No edges or no convergence: all NaN.
EigenResult eigenvector_centrality(const NetworkView& g);

// --- katz.cpp -----------------------------------------------------------------------------
// x = alpha A^T x + 1, scaled to unit Euclidean norm (NetworkX katz_centrality, beta = 1).
// Converges only for alpha < 1/lambda_max; the caller lowers alpha first (analysis.cpp).
// O(iterations * (n + m)); no convergence: all NaN.
std::vector<double> katz_centrality(const NetworkView& g, double alpha);

// --- centralization.cpp -------------------------------------------------------------------
// Freeman centralization: sum over actors of (max - c_i), divided by the same sum on the
// star graph with n actors (the most centralized graph for these measures), which is given
// in closed form per measure. NaN for n < 3 or when a value is NaN.
double freeman_centralization(const std::vector<double>& values, double star_sum);
double star_sum_degree(int n);  // raw degree
double star_sum_normalized_betweenness(int n);
double star_sum_closeness(int n);
double star_sum_harmonic(int n);     // harmonic / (n-1)
double star_sum_eigenvector(int n);  // unit norm
double star_sum_pagerank(int n, double alpha);
double star_sum_katz(int n, double alpha);  // unit norm, beta 1

// --- components.cpp -----------------------------------------------------------------------
struct ComponentInfo {
    std::vector<int> component;  // weak component index per vertex (by first vertex)
    std::vector<int> sizes;
    int isolates = 0;
    double fragmentation = kNaN;  // Borgatti F = 1 - sum s(s-1) / (n(n-1)); NaN for n < 2
};
// O(n + m); direction ignored.
ComponentInfo weak_components(const NetworkView& g);
// Articulation points and bridges of the underlying undirected graph (direction ignored,
// one edge per connected pair): Hopcroft-Tarjan lowpoints by an iterative depth-first
// search. O(n + m) time and memory; never fails (no recursion, so no stack overflow).
struct CutInfo {
    std::vector<int> articulation_points;      // ascending
    std::vector<std::pair<int, int>> bridges;  // (u, v) with u < v, ascending
};
CutInfo articulation_points_and_bridges(const NetworkView& g);

// --- key_players.cpp ----------------------------------------------------------------------
// Borgatti's KPP-Neg with F (fragmentation of the network that remains). One DFS with
// lowpoints (Tarjan) gives F after removing each single vertex in O(n + m), so exact pairs
// cost O(n (n + m)) and greedy plus swap O(rounds (n + m)).
struct KeyPlayers {
    std::string method;
    std::vector<int> best_one;
    double fragmentation_one = kNaN;
    std::vector<int> best_two;
    double fragmentation_two = kNaN;
};
KeyPlayers key_players(const NetworkView& g, KeyPlayerMode mode, int exact_limit,
                       Progress* progress = nullptr);
// F after removing each vertex v (NaN for already removed ones or fewer than 2 left).
std::vector<double> fragmentation_after_removal(const NetworkView& g,
                                                const std::vector<char>& removed);

// --- silos.cpp: E-I index -----------------------------------------------------------------
// group[v] >= 0 is the group of v, -1 unknown (left out). Ties are the underlying undirected
// edges (direction and weight ignored), as in Krackhardt and Stern (1988).
struct EiResult {
    int internal = 0, external = 0;
    double ei = kNaN, expected = kNaN, p_value = kNaN;
    int permutations = 0;
    std::vector<int> group_internal, group_external, group_size;
    std::vector<double> group_ei, group_expected;
    std::vector<double> actor_ei;
};
// O(m + permutations * (n + m)). The p-value is (1 + #{perm E-I <= observed}) / (1 + P)
// with a seeded shuffle of the labels (group sizes kept); P = 0 gives NaN.
EiResult ei_index(const NetworkView& g, const std::vector<int>& group, int group_count,
                  int permutations, std::uint64_t seed, Progress* progress = nullptr);

// --- modularity.cpp -----------------------------------------------------------------------
// Newman-Girvan modularity (directed: Leicht-Newman); weights if g.weighted; group -1 =
// a singleton. O(n + m). NaN without edges.
double modularity(const NetworkView& g, const std::vector<int>& group);

// --- assortativity.cpp --------------------------------------------------------------------
// Newman's (2003) nominal assortativity r from the mixing matrix of known groups; edges
// unweighted, undirected edges counted both ways. O(m + k^2). NaN when undefined.
double nominal_assortativity(const NetworkView& g, const std::vector<int>& group, int group_count);

// --- louvain.cpp --------------------------------------------------------------------------
// Blondel et al. (2008) on the underlying undirected graph (directed weights summed),
// vertices visited in index order, so the result is deterministic. Returns the community
// of each vertex, numbered by first vertex. O(m) per pass, few passes in practice.
std::vector<int> louvain(const NetworkView& g, Progress* progress = nullptr);

// --- brokerage.cpp ------------------------------------------------------------------------
// Gould and Fernandez (1989): for every two-path a -> b -> c with a != c and no arc a -> c,
// the broker b gets one role from the groups of a, b, c. Undirected views are treated as
// symmetric digraphs (as statnet's brokerage), so every unordered pair counts twice and
// representative = gatekeeper. Actors with unknown group take part in no triple.
// O(sum over b of in(b) * out(b) * log deg).
std::vector<BrokerageCounts> gould_fernandez(const NetworkView& g, const std::vector<int>& group);

// --- structural_holes.cpp -----------------------------------------------------------------
// Burt (1992) on mutual ties: p_ij = (a_ij + a_ji) / sum_k (a_ik + a_ki). Constraint and
// effective size as NetworkX (weighted forms), efficiency = effective size / contacts,
// hierarchy = sum_j r_j ln r_j / (N ln N), r_j = c_ij / (C / N). Isolates: NaN; hierarchy
// with one contact: NaN. O(sum_v deg(v)^2).
struct StructuralHoles {
    std::vector<double> constraint, effective_size, efficiency, hierarchy;
};
StructuralHoles structural_holes(const NetworkView& g, Progress* progress = nullptr);

// --- regie.cpp ----------------------------------------------------------------------------
// The overlay over the `directs` relations of the scenario (whatever layers were chosen),
// always source -> target. `lub_limit`: LUB-ness is computed for at most this many actors
// in the directs network (bitset O(N^3 / 64)); beyond, NaN.
// Reads relation ends and the `directs` adjacency from `index`, which must be the index of
// `scenario` (roles and mandates come from the scenario's actors). O(m) for the digraph plus
// O(N (N + M)) reachability and O(N^3 / 64) LUB over the N actors and M arcs of `directs`.
// Never fails; an index of another scenario is a programming error (assert).
RegieOverlay regie_overlay(const Scenario& scenario, const ScenarioIndex& index, int multiple_min,
                           int lub_limit = 500);
// The same, building the index of `scenario` first (one more O(n + m) index build).
RegieOverlay regie_overlay(const Scenario& scenario, int multiple_min, int lub_limit = 500);

// --- diagnostics.cpp ----------------------------------------------------------------------
// Fills result.diagnostics from the other parts of `result`; O(n + m + tasks).
void run_diagnostics(const Scenario& scenario, const NetworkView& g, AnalysisResult& result);
// The same with the index of `scenario` (vertex i of `g` is index actor i); no id tables.
void run_diagnostics(const Scenario& scenario, const ScenarioIndex& index, const NetworkView& g,
                     AnalysisResult& result);

// Partition values come from rk::actor_attribute() (model/actor_text.hpp), the one reader
// of an actor attribute by name.

}  // namespace rk::analytics
