// Layout of actor networks: Graphviz engines, an own ForceAtlas2, governance layouts
// (swimlanes per bestuurslaag, power-interest grid), overlap removal (issue 6).
//
// Coordinates are diagram units (1 unit = 1 typographic point, as in Graphviz), x to the
// right and y DOWNWARD (screen convention): Graphviz output is flipped on the way in so that
// `dot` puts the top of the regie hierarchy at the top. Positions are node centres.
//
// Two ways in:
//  - run_layout(): one blocking call that produces final positions (CLI, export, "apply
//    layout" in the GUI). Call it from a worker thread; it reports progress and checks for
//    cancellation between phases and iterations. Graphviz engines cannot be interrupted
//    inside the library: a cancel takes effect when gvLayout returns.
//  - ForceLayout: the live, animated force layout. A worker thread calls step(); the UI
//    thread reads snapshot() and forwards the user's dragging (move/pin/unpin).
//
// Determinism: for a given scenario, request and seed, every engine returns the same
// positions on every run and for any thread count.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/case.hpp"
#include "model/enums.hpp"
#include "model/progress.hpp"
#include "model/scenario_index.hpp"

namespace rk::layout {

enum class LayoutEngine {
    Dot,            // Graphviz hierarchy; `directs` edges decide the ranks
    Neato,          // Graphviz stress majorisation
    Sfdp,           // Graphviz multilevel force-directed
    Fdp,            // Graphviz force-directed
    Circo,          // Graphviz circular
    Twopi,          // Graphviz radial
    ForceAtlas2,    // own, Barnes-Hut, multithreaded; also live through ForceLayout
    Stress,         // own sparse stress majorisation by SGD (pivot-based), best for overviews
    Swimlanes,      // horizontal lane per bestuurslaag, force layout inside lanes
    PowerInterest,  // grid: x = power, y = interest (see governance.hpp for the mapping)
};

// "dot", "neato", "sfdp", "fdp", "circo", "twopi", "forceatlas2", "stress", "swimlanes",
// "power-interest".
std::string_view engine_name(LayoutEngine e);
std::optional<LayoutEngine> engine_from_name(std::string_view name);  // also accepts "fa2"
std::string expected_engine_names();  // "dot, neato, ..." for error messages
bool is_graphviz(LayoutEngine e);

// Size of the rectangle a node occupies with its label, centred on its position.
struct Box {
    double width = 80;
    double height = 28;
    bool operator==(const Box&) const = default;
};

// Label rectangle estimated from the actor's display name (rk::display_name): no font
// metrics in the engine, so ~6.5 units per character at the default 11 pt font, plus
// padding. O(length of the name); never fails.
Box default_label_box(const Actor& actor);

struct LayoutRequest {
    LayoutEngine engine = LayoutEngine::ForceAtlas2;
    std::vector<Layer> layers;  // relations considered; empty = all layers
    std::uint64_t seed = 1;
    int iterations = 0;  // own engines: iteration cap; 0 = engine default
    // Stability for comparison: actors found here start at these positions and are pulled
    // back towards them with `anchor_strength` (0 = start there only, 1 = strong). Actors
    // not found here start near their anchored neighbours. Own engines only (Graphviz
    // engines use them as start positions for neato/fdp/sfdp).
    std::map<std::string, Position> anchors;
    double anchor_strength = 0.3;
    bool respect_pinned = true;        // scenario.positions[id].pinned stays where it is
    bool remove_overlaps = true;       // node+label rectangles end up disjoint (gap below)
    double overlap_gap = 4;            // minimum free space between rectangles
    std::map<std::string, Box> boxes;  // per actor id; missing: default_label_box(actor)
    bool group_attraction = true;      // members of a group are pulled together
    int threads = 0;                   // 0 = std::thread::hardware_concurrency()
    // Refusal threshold for `dot`: above this many edges (after layer filtering) it is known
    // to take minutes, and run_layout returns an error instead (0 = never refuse).
    int dot_max_edges = 5000;
    // Fill LayoutStats::stress (sampled beyond 2000 actors; O(64 (n + m)) then).
    bool measure_stress = true;
};

struct LayoutStats {
    int iterations = 0;      // own engines; 0 for Graphviz
    bool converged = false;  // own engines: stopped by the convergence criterion
    double seconds = 0;      // wall time of the whole call
    double stress = -1;      // normalised stress (quality.hpp) when computed, else -1
    int overlaps_left = 0;   // rectangle overlaps after overlap removal
};

// A labelled band of the diagram (a swimlane, or a row or column of the power-interest
// grid), for the renderer to draw behind the nodes. lo < hi, in diagram units.
struct Band {
    std::string key;  // bestuurslaag token, "power-3", "interest-high", "unknown", ...
    std::string label_nl;
    std::string label_en;
    double lo = 0;
    double hi = 0;
};

struct LayoutResult {
    bool ok = false;
    std::string error;                          // why nothing was produced (ok == false)
    std::map<std::string, Position> positions;  // every actor of the scenario (ok == true)
    std::vector<std::string> warnings;          // e.g. dropped relations, slow-engine notes
    LayoutStats stats;
    std::vector<Band> rows;     // swimlanes, power-interest rows (y ranges); else empty
    std::vector<Band> columns;  // power-interest columns (x ranges); else empty
};

// Lays out every actor of the scenario (isolates included). Relations pointing at unknown
// actors and self-loops are ignored with a warning. Pinned positions are returned
// unchanged (respect_pinned). Never throws on bad input; throws rk::Cancelled when
// `progress` is cancelled (Graphviz: after gvLayout returns). Cost: ForceAtlas2
// O(iterations * n log n); Stress O(pivots * (n + m) + epochs * n * pivots); Graphviz as
// the engine (dot can be cubic, hence dot_max_edges); overlap removal ~O(n log n) per pass.
// Graphviz calls are serialised by a process-wide mutex (cgraph has global state).
LayoutResult run_layout(const Scenario& scenario, const LayoutRequest& request,
                        Progress* progress = nullptr);
// The same on the scenario's index (built from this `scenario`): node i is index actor i, and
// no id -> index table is built (run_layout above builds the index once and calls this).
// Same cost and failures; an index of another revision (other actor count) is a programming
// error and returns ok = false with an error saying so.
LayoutResult run_layout(const Scenario& scenario, const ScenarioIndex& index,
                        const LayoutRequest& request, Progress* progress = nullptr);

// The process-wide lock around every Graphviz (gvc/cgraph) call, shared with the exporter:
// cgraph keeps global state, so a layout and an export on two threads must not overlap.
std::mutex& graphviz_mutex();

// Index-based graph used by the own engines, the quality metrics and the benchmarks. Built
// from a ScenarioIndex, node i is index actor i (duplicate actor ids included).
struct LayoutGraph {
    std::vector<std::string> ids;            // node index -> actor id
    std::vector<std::pair<int, int>> edges;  // undirected, deduplicated, no self-loops
    std::vector<double> weights;             // per edge, summed over parallel relations
    int node_count() const { return static_cast<int>(ids.size()); }
};

// Builds the layout graph of a scenario restricted to `layers` (empty = all). Warnings
// (dangling relations) go to `warnings` when given. O(n log n + m log m).
LayoutGraph build_layout_graph(const Scenario& scenario, const std::vector<Layer>& layers,
                               std::vector<std::string>* warnings = nullptr);
// The same from the scenario's index (its integer relation ends; no hashing of ids).
// O(n + m log m); never fails.
LayoutGraph build_layout_graph(const ScenarioIndex& index, const std::vector<Layer>& layers,
                               std::vector<std::string>* warnings = nullptr);

struct Vec2 {
    double x = 0;
    double y = 0;
};

// ForceAtlas2 parameters (Jacomy et al. 2014). Defaults give readable actor networks.
struct ForceOptions {
    std::uint64_t seed = 1;
    double scaling = 2.0;         // repulsion strength kr
    double gravity = 1.0;         // pull to the centre, keeps components together
    bool strong_gravity = false;  // gravity proportional to distance
    bool lin_log = false;         // log attraction: tighter clusters
    bool edge_weights = true;     // attraction multiplied by the relation weight
    double theta = 1.2;           // Barnes-Hut opening criterion; 0 = exact O(n^2)
    double tolerance = 1.0;       // speed tolerance (jitter vs speed)
    int threads = 0;              // 0 = hardware concurrency; result does not depend on it
    double unit = 20.0;           // diagram units per internal ForceAtlas2 unit
    // Anchors in diagram units; see LayoutRequest::anchors.
    std::map<std::string, Position> anchors;
    double anchor_strength = 0.3;
    // Pinned nodes never move (except through move()).
    std::map<std::string, Position> pinned;
    bool group_attraction = true;
    // Optional vertical band per node (diagram units), used by the swimlanes: y is clamped
    // to [lo, hi] after every step. Missing = free.
    std::map<std::string, std::pair<double, double>> y_band;
    // Start from scenario.positions where present (the live view continues from the picture
    // on screen); run_layout turns this off so a seed alone decides the result.
    bool start_from_scenario = true;
    // Converged when the mean displacement per node of one iteration, in diagram units,
    // stays below this for 10 consecutive iterations.
    double convergence_displacement = 0.05;
};

// The live force layout. Thread-safety: one thread (the worker) calls step(); any thread
// may call snapshot(), positions(), move(), pin(), unpin(), converged() and
// iterations_done() at any time. User edits are queued and applied at the start of the
// next iteration, so a drag never races the force computation.
class ForceLayout {
  public:
    // Builds the graph from the scenario (restricted to `layers`, empty = all) and places
    // every node: pinned > anchor > scenario.positions > near placed neighbours > seeded
    // random. O(n + m).
    ForceLayout(const Scenario& scenario, const std::vector<Layer>& layers, ForceOptions options);
    // The same on the scenario's index, which the layout keeps (node i = index actor i, so
    // positions()[i] is actor i and the caller needs no id lookups per step). O(n + m)
    // without an index build. A null index is built from `scenario` (one build).
    ForceLayout(const Scenario& scenario, std::shared_ptr<const ScenarioIndex> index,
                const std::vector<Layer>& layers, ForceOptions options);
    // For benchmarks and tests: a prepared graph, start positions from the seed.
    ForceLayout(LayoutGraph graph, ForceOptions options);
    ~ForceLayout();
    ForceLayout(const ForceLayout&) = delete;
    ForceLayout& operator=(const ForceLayout&) = delete;

    // Runs `iterations` ForceAtlas2 iterations (fewer if converged and no edit is pending).
    // O(iterations * n log n) with Barnes-Hut; uses up to `threads` threads.
    void step(int iterations = 1);

    // Copy of the current positions by actor id (pinned flag set for pinned nodes).
    std::map<std::string, Position> snapshot() const;
    // Copy of the current positions by node index (cheaper for drawing many nodes).
    std::vector<Vec2> positions() const;
    const LayoutGraph& graph() const;  // immutable after construction

    // User dragging. Return false for an unknown id. move() also pins while dragging if
    // `pin` is true; unpin() releases the node (it moves with the forces again) and
    // resets convergence so the layout settles around the new spot.
    bool move(const std::string& actor_id, double x, double y, bool pin = true);
    bool pin(const std::string& actor_id);
    bool unpin(const std::string& actor_id);
    // The same by node index (= ScenarioIndex actor index when built from an index), for a
    // caller that already holds indices: no string lookup. O(1); false when out of range.
    bool move_node(int node, double x, double y, bool pin = true);
    bool pin_node(int node);
    bool unpin_node(int node);
    // The index the layout was built from; null for the LayoutGraph constructor.
    std::shared_ptr<const ScenarioIndex> index() const;

    bool converged() const;
    int iterations_done() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Sparse stress majorisation by stochastic gradient descent (Zheng, Pawar, Goodman 2018,
// pivot-based sparse approximation). Ideal distance = BFS hop count * `edge_length`.
// Positions of nodes with `fixed[i]` are kept. O(pivots*(n+m) + epochs*(m + n*pivots)).
struct StressOptions {
    std::uint64_t seed = 1;
    // More pivots: closer to full stress, at linear cost. 0 = automatic: 100 below 2000
    // nodes, 200 from there (50 left big graphs of ~10k nodes well above sfdp's stress).
    int pivots = 0;
    int epochs = 30;
    double edge_length = 100;
    int local_radius = 1;  // pairs within this many hops get exact terms (1 = the edges)
    double eta_start = 0;  // first step size; 0 = 1/w_min (the paper's, for random starts)
    // Stability for comparison: node i with anchored[i] is pulled to anchor[i] by a term of
    // weight anchor_strength (an edge has weight 1). Empty = no anchors.
    std::vector<Vec2> anchor;
    std::vector<bool> anchored;
    double anchor_strength = 0.3;
};
std::vector<Vec2> stress_layout(const LayoutGraph& graph, const StressOptions& options,
                                const std::vector<Vec2>* initial = nullptr,
                                const std::vector<bool>* fixed = nullptr,
                                Progress* progress = nullptr);

}  // namespace rk::layout
