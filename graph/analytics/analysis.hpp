// The analytics engine: everything DOMAIN.md section 3 computes for one scenario and a chosen
// set of relation layers, with the convention of every number written beside it.
//
// Entry point: `analyze(scenario, settings, progress)`. The GUI, the `analyze` command, the
// comparison and the exporters all use this header; lower-level measures on a NetworkView
// live in measures.hpp (for tests and for code that needs one measure only).
//
// Undefined values are NaN (quiet_NaN), never 0: an isolate's closeness, the E-I index of a
// partition without ties, Krackhardt's hierarchy of a network without direction. Writers turn
// NaN into JSON null and "n/a" / "n.v.t." in tables.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/case.hpp"
#include "model/progress.hpp"
#include "model/scenario_index.hpp"

namespace rk::analytics {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A compact graph over the actors of a scenario: vertex i is scenario.actors[i].
//
// Conventions (also returned in AnalysisResult::conventions):
// - Relations of the chosen layers only; relations whose source or target is not an actor, and
//   self-loops, are left out.
// - Directed analysis: a directed relation u->v is the arc u->v; an undirected relation is the
//   two arcs u->v and v->u. Undirected analysis: every relation is the edge {u,v}, its
//   direction ignored.
// - Several relations between the same pair (several layers, or duplicates) become one arc
//   (one edge) whose weight is the sum of their weights; relations_of(e) lists their ids.
// - Unweighted analysis: every arc has weight 1 after merging.
// Adjacency is CSR: the out-neighbours of v are out_targets[out_offsets[v] .. out_offsets[v+1]),
// sorted ascending. For undirected views `in_*` mirrors `out_*` (each edge stored both ways).
struct NetworkView {
    int n = 0;
    bool directed = false;
    bool weighted = false;
    std::vector<std::string> ids;  // actor id of each vertex

    std::vector<int> out_offsets;  // size n+1
    std::vector<int> out_targets;
    std::vector<double> out_weights;
    std::vector<int> in_offsets;  // size n+1
    std::vector<int> in_sources;
    std::vector<double> in_weights;

    // One entry per arc (directed) or per edge with u < v (undirected), in CSR order.
    struct Edge {
        int u = 0;
        int v = 0;
        double weight = 1.0;
    };
    std::vector<Edge> edges;
    // The relations behind each entry of `edges`, as CSR: entry e has the relations
    // edge_relation_list[edge_relation_offsets[e] .. edge_relation_offsets[e+1]), each an
    // index into `relation_ids` (in relation order). Views from view_from_edges() have none.
    std::vector<std::string> relation_ids;
    std::vector<int> edge_relation_offsets;  // size edges.size() + 1
    std::vector<int> edge_relation_list;

    int out_degree(int v) const { return out_offsets[v + 1] - out_offsets[v]; }
    int in_degree(int v) const { return in_offsets[v + 1] - in_offsets[v]; }
    std::size_t edge_count() const { return edges.size(); }
    bool has_arc(int u, int v) const;  // binary search, O(log deg u)
    // Indices into relation_ids of the relations merged into edges[edge]; O(1), empty for an
    // edge out of range or a view without relations.
    std::span<const int> relations_of(std::size_t edge) const;
};

// Builds the view. `layers` empty = all layers (conflict included: callers that analyse pass
// analysed_layers(settings)). O(n + m log m). Never fails: relations with an unknown actor
// id are skipped (the case loader already reports them).
NetworkView build_view(const Scenario& scenario, const std::vector<Layer>& layers, bool directed,
                       bool weighted);
// The same from the scenario's index, without touching an actor id: vertex i is index actor
// i, relation ends are the index's integers. O(n + m log m). Never fails.
NetworkView build_view(const ScenarioIndex& index, const std::vector<Layer>& layers, bool directed,
                       bool weighted);

// Builds a view from vertex ids and (u, v, weight) triples, with the same merging rules.
// For tests, benchmarks and foreign graphs. Indices out of range are skipped.
NetworkView view_from_edges(std::vector<std::string> ids,
                            const std::vector<NetworkView::Edge>& edges, bool directed,
                            bool weighted);

// Thresholds of the diagnostics: aids to a conversation, so the user can change every one.
struct DiagnosticThresholds {
    // eilandenrijk: Borgatti F at or above this, or this share of isolates, flags it.
    double eilandenrijk_fragmentation = 0.5;
    double eilandenrijk_isolate_share = 0.2;
    // Poolse landdag, per forum: a dense forum (density among its members at or above) of at
    // least `min_actors` parties where the case records that nobody has doorzettingsmacht, or
    // where at least `min_veto_players` members hold unique blocking power (a veto).
    double landdag_density = 0.5;
    int landdag_min_actors = 5;
    int landdag_min_veto_players = 3;
    // verkokering: E-I at or below this AND below its expected value with p at or below alpha.
    double verkokering_ei = -0.2;
    double verkokering_alpha = 0.05;
    // overlap: flagged when at least this many overlapping pairs (competence over the same
    // object) also have a `conflict` relation; pairs without conflict are information only.
    int overlap_min_conflict_pairs = 1;
    // vele handen: a task with at least this many responsible parties (collectives count as
    // their member_count) and not exactly one A.
    int vele_handen_min_responsible = 3;
    // multiple regie: an actor directed by at least this many regisseurs; flagged only when
    // two of them direct it with the same kind of regie (competing, not the norm of rijksregie
    // beside one coordinating regisseur).
    int multiple_regie_min_regisseurs = 2;
};

// Which metrics to compute; the network-level basics (nodes, edges, components,
// fragmentation, articulation points, bridges) are always computed because they are O(n+m).
enum class Metric {
    Degree,
    Betweenness,
    Closeness,  // closeness + harmonic closeness + distance-weighted fragmentation
    Eigenvector,
    PageRank,
    Katz,
    StructuralHoles,  // Burt: constraint, effective size, efficiency, hierarchy
    KeyPlayers,
    Communities,  // Louvain
    Partitions,   // E-I, modularity, assortativity, brokerage per partition attribute
    Regie,
    Diagnostics,
};
std::string_view metric_name(Metric m);  // "degree", "betweenness", ...
std::optional<Metric> metric_from_name(std::string_view name);

enum class KeyPlayerMode {
    Auto,    // exact when n <= key_player_exact_limit, greedy plus swap beyond
    Exact,   // every single actor and every pair (O(n (n + m)))
    Greedy,  // best single, then best partner, then swaps until no improvement
};

struct AnalysisSettings {
    // Relation layers of the network measures (components, fragmentation, centralities,
    // partitions). Empty = every layer except `conflict`: a conflict is not a connection
    // (signed ties are left out of unsigned network measures); list it to include it.
    std::vector<Layer> layers;
    // Only relations tagged with this level (opgave / stelsel / systeem) take part, in the
    // network measures, the regie overlay and the diagnostics alike. Unknown = every relation.
    GovernanceLevel level = GovernanceLevel::Unknown;
    // Agreements and instruments (Scenario::agreements) become hub nodes linked to their
    // signatories in the network measures. Off by default: signing one deal is not sixteen
    // working relations, and a star of signatures distorts brokerage and fragmentation.
    bool include_agreements = false;
    bool directed = false;
    bool weighted = false;
    // Actor attributes to partition by: "sector", "koker", "bestuurslaag", "type", "group",
    // "parent", or a key of Actor::attributes. Empty = "koker" for the verkokering diagnostic.
    std::vector<std::string> partitions;
    std::vector<Metric> metrics;  // empty = all
    DiagnosticThresholds thresholds;

    int permutations = 999;  // E-I permutation test
    std::uint64_t seed = 20240101;
    // Permutation tests stop growing beyond this many edge checks (permutations x edges): the
    // count is reduced and the result says so.
    std::int64_t permutation_work_limit = 50'000'000;

    KeyPlayerMode key_player_mode = KeyPlayerMode::Auto;
    // Exact pairs cost O(n (n + m)); at 1,000 actors that alone breaks the 16 ms frame budget.
    int key_player_exact_limit = 300;

    double pagerank_alpha = 0.85;
    double katz_alpha = 0.1;  // lowered to 0.9 / lambda_max when it would not converge
    unsigned threads = 0;     // 0 = std::thread::hardware_concurrency()
};

// Per-actor metrics, one column per metric name, one row per actor (scenario order).
struct MetricTable {
    std::vector<std::string> actor_ids;
    std::vector<std::string> names;  // column order for writers
    std::map<std::string, std::vector<double>> columns;

    // NaN when the actor or metric is unknown.
    double get(std::string_view actor_id, std::string_view metric) const;
    const std::vector<double>* column(std::string_view metric) const;
    void set(const std::string& metric, std::vector<double> values);
};

struct KeyPlayerResult {
    std::string method;                 // "exact" or "greedy+swap"
    std::vector<std::string> best_one;  // the actor whose removal fragments most
    double fragmentation_one = kNaN;    // F of the remaining network
    std::vector<std::string> best_two;
    double fragmentation_two = kNaN;
};

struct NetworkIndices {
    int nodes = 0;
    int edges = 0;  // arcs (directed) or edges (undirected) after merging
    double density = kNaN;
    int components = 0;  // weak components, isolates included
    int isolates = 0;
    int largest_component = 0;
    double fragmentation = kNaN;                    // Borgatti F
    double distance_weighted_fragmentation = kNaN;  // 1 - global efficiency
    std::vector<std::string> articulation_points;
    std::vector<std::pair<std::string, std::string>> bridges;  // actor ids, u < v in view order
    std::map<std::string, double> centralization;  // metric name -> Freeman centralization
    KeyPlayerResult key_players;
    // Louvain communities: community index per actor (scenario order), and its modularity.
    std::vector<int> communities;
    double community_modularity = kNaN;
    int community_count = 0;
};

// The Gould-Fernandez brokerage roles of one actor for one partition.
struct BrokerageCounts {
    double coordinator = 0, itinerant = 0, representative = 0, gatekeeper = 0, liaison = 0;
    double total() const { return coordinator + itinerant + representative + gatekeeper + liaison; }
};

struct GroupSilo {
    std::string value;  // the attribute value, e.g. "BZK"
    int size = 0;
    int internal_ties = 0;
    int external_ties = 0;
    double ei = kNaN;
    double expected_ei = kNaN;
};

struct PartitionResult {
    std::string attribute;
    std::vector<std::string> group_of_actor;  // attribute value per actor ("" = unknown)
    int actors_with_value = 0;
    int internal_ties = 0;
    int external_ties = 0;
    double ei = kNaN;           // Krackhardt-Stern (E - I) / (E + I) over ties between known actors
    double expected_ei = kNaN;  // under random mixing for the same group sizes
    double p_value = kNaN;      // one-sided: share of permutations with E-I <= observed
    int permutations = 0;       // actually run (0 = skipped; see conventions)
    double modularity = kNaN;
    double assortativity = kNaN;  // Newman's nominal assortativity
    std::vector<GroupSilo> groups;
    std::vector<double> actor_ei;            // per actor, NaN without ties
    std::vector<BrokerageCounts> brokerage;  // per actor
};

struct RegieOverlay {
    std::vector<std::string> regisseurs;  // outgoing `directs`, or the role regisseur
    // Actors directed by at least thresholds.multiple_regie_min_regisseurs regisseurs.
    std::map<std::string, std::vector<std::string>> multiply_directed;
    std::vector<std::string> undirected_actors;    // neither directing nor directed
    std::map<std::string, int> span;               // regisseur -> actors directed directly
    std::map<std::string, double> coverage;        // regisseur -> share of others reached
    std::vector<std::vector<std::string>> cycles;  // strongly connected sets of direction
    double connectedness = kNaN;                   // Krackhardt (1994)
    double hierarchy = kNaN;
    double efficiency = kNaN;
    double lub = kNaN;  // least-upper-boundedness
    std::vector<std::string> regie_without_mandate;
    std::vector<std::string> mandate_without_regie;
};

// One diagnostic: a flag, the numbers behind it, its rule, and the evidence to show.
struct Finding {
    std::string id;       // "eilandenrijk", "poolse_landdag", "verkokering", "overlap",
                          // "tussen_wal_en_schip", "vele_handen", "multiple_regie",
                          // "ladder_mismatch", "symmetry_commitment"
    std::string subject;  // forum id or partition attribute; empty = whole network
    std::string title_nl, title_en;
    bool flagged = false;
    bool applicable = true;  // false when the data needed is absent (then flagged = false)
    std::map<std::string, double> numbers;
    std::map<std::string, double> thresholds;
    std::string rule_nl, rule_en;
    std::string summary_nl, summary_en;  // what was found, in one sentence
    std::vector<std::string> actors;     // ids that cause it ("show me")
    std::vector<std::string> relations;
    std::vector<std::string> tasks;  // responsibility ids
    // Information lines behind the flag (one per overlapping pair, forum, competing regie...).
    std::vector<std::string> details_nl, details_en;
    // How much of the evidence the finding rests on (the relations, responsibility letters and
    // roles behind it, each counted once) is a modelling choice rather than a source.
    struct EvidenceShare {
        int items = 0;     // relations + letters + roles behind the finding
        int inferred = 0;  // of which evidence basis `modelling_choice`
        double share() const { return items > 0 ? double(inferred) / items : kNaN; }
    };
    EvidenceShare evidence;
};

struct AnalysisResult {
    std::string scenario_id;
    // The index of the scenario the result was computed on (before any level filter or
    // agreement hubs), so exporters and the GUI read ids and display names from it instead
    // of indexing the scenario again. Row i of `actors` is index actor i (for i < its
    // actor_count(); agreement hubs follow). Never null after analyze().
    std::shared_ptr<const ScenarioIndex> index;
    AnalysisSettings settings;
    NetworkIndices network;
    MetricTable actors;
    std::vector<PartitionResult> partitions;
    RegieOverlay regie;
    std::vector<Finding> diagnostics;
    // metric or topic -> convention in words (directed, weighted, normalisation, limits).
    std::map<std::string, std::string> conventions;
};

// The layers the network measures read: settings.layers, or every layer except conflict.
std::vector<Layer> analysed_layers(const AnalysisSettings& settings);

// Runs everything the settings ask for. Complexity is dominated by the all-sources BFS of
// betweenness and closeness, O(n m) in total, spread over `settings.threads` threads.
// Throws rk::Cancelled when progress->cancel() was called; never fails otherwise (missing
// data gives NaN and non-applicable diagnostics).
AnalysisResult analyze(const Scenario& scenario, const AnalysisSettings& settings,
                       Progress* progress = nullptr);
// The same on an index the caller already has (built from this `scenario`; the result keeps
// it in AnalysisResult::index). No index build unless settings.level filters relations (one
// build of the filtered copy) or agreements take part as hubs (one build of the copy with
// hubs). An index whose actor or relation count differs from the scenario's is stale: it is
// rebuilt (one build) rather than read wrongly. Same cost and failure as above.
AnalysisResult analyze(const Scenario& scenario, std::shared_ptr<const ScenarioIndex> index,
                       const AnalysisSettings& settings, Progress* progress = nullptr);

// Writers shared by the CLI and the GUI. `metrics` limits the per-actor columns (empty = all).
// JSON: the schema of docs/analytics.md, NaN as null, 2-space indent, trailing newline.
std::string to_json(const AnalysisResult& result);
// CSV: one row per actor, RFC 4180 quoting, NaN as empty cell.
std::string to_csv(const AnalysisResult& result);
// Plain-text report for a terminal: network indices, actor table, partitions, regie,
// diagnostics; NaN as "n/a" (English) or "n.v.t." (Dutch).
std::string to_table(const AnalysisResult& result, Language language = Language::English);

}  // namespace rk::analytics
