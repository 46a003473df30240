// Comparison of two scenarios (DOMAIN.md section 3, issue 7): the network before and after
// a reorganisation, contracted onto lineage so that a merger is not mistaken for the
// disappearance of its parts.
//
// Pipeline, one function per step (each usable alone by the GUI):
//   1. lineage_between() takes the case's lineage links between the two scenarios, or, for
//      files without lineage, propose_lineage() matches actors by id, then by normalised
//      name, and returns proposals for the user to approve.
//   2. contract() maps both scenarios onto lineage classes.
//   3. compare_scenarios() computes the tie deltas, distances, QAP, the index table and the
//      rank changes.
//
// Conventions (also written into ComparisonResult::conventions):
// - A lineage class is a connected component of the bipartite lineage graph (before actors
//   on one side, after actors on the other, every link joining each of its from_actors to
//   each of its to_actors). Merge n:1: the n before actors and the one after actor form one
//   class. Split 1:n: the one before actor and the n after actors form one class. An actor
//   named in no link keeps its identity when the other scenario has an actor with the same
//   id; otherwise it is a class of its own (new, or dissolved).
// - A contracted tie is (layer, class u, class v): ordered for a directed relation, unordered
//   (u < v) for an undirected one. Weights are ignored (presence only). A relation whose two
//   ends fall into one class is not a tie between classes: in the before scenario it is
//   "internalised" (a merger took it inside one organisation), in the after scenario it is
//   "internal" (e.g. between the parts of a split).
// - Jaccard distance = 1 - |T1 ∩ T2| / |T1 ∪ T2| over tie sets (NaN when both are empty);
//   Hamming distance = |T1 Δ T2| (number of ties present in exactly one scenario). Per layer
//   on that layer's ties; "overall" pools the ties of all layers (a tie is layer + pair).
// - QAP (Krackhardt 1987): Pearson correlation of the off-diagonal cells of the two class x
//   class matrices (cell = 1 when a tie exists, both cells for an undirected tie; overall
//   cell = number of layers with a tie). p-value: share of joint row+column permutations of
//   the after matrix whose correlation is >= the observed one, (count + 1) / (perms + 1).
//   Seeded, so a run is reproducible. NaN when either matrix is constant.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/analysis.hpp"
#include "model/case.hpp"
#include "model/progress.hpp"

namespace rk::compare {

// ---------------------------------------------------------------- 1. matching / lineage

// Lower case, accents folded (é -> e, ë -> e ...), punctuation and repeated spaces removed,
// common legal-form words kept (they distinguish organisations). "Gemeente  Den-Haag" ->
// "gemeente den haag". O(length).
std::string normalise_name(std::string_view name);

enum class MatchBasis { Id, Name, ShortName, Lineage, Unmatched };

// A lineage link as proposed for approval. `link.kind` is Identity (same id), Rename (same
// normalised name or short name, other id), New or Dissolved (no match).
struct ProposedLink {
    LineageLink link;
    MatchBasis basis = MatchBasis::Unmatched;
    double confidence = 0;  // 1.0 id, 0.9 name, 0.7 short name, 1.0 for New/Dissolved
    bool proposed = true;   // false for links that came from the case (already approved)
};

// Proposes a 1:1 matching: first equal ids, then equal normalised names, then equal
// normalised short names (each only when unambiguous on both sides); leftovers become New
// (after only) or Dissolved (before only). Never proposes merges or splits: those need a
// person. O((n + m) log(n + m)). Link ids are "match-<n>".
std::vector<ProposedLink> propose_lineage(const Scenario& before, const Scenario& after);

// Links of `c.lineage` from `before_id` to `after_id` (proposed = false). When the case has
// none for this pair, the result of propose_lineage() (proposed = true). Throws
// std::invalid_argument when a scenario id is unknown.
std::vector<ProposedLink> lineage_between(const Case& c, std::string_view before_id,
                                          std::string_view after_id);

// The LineageLinks of a list of proposals (to store them in the case once approved).
std::vector<LineageLink> accepted_links(const std::vector<ProposedLink>& proposals);

// ---------------------------------------------------------------- 2. contraction

struct LineageClass {
    std::string id;     // the after actor id when there is exactly one, else a joined id
    std::string label;  // "A + B -> C" for a merge, the actor's name for identity
    LineageKind kind = LineageKind::Identity;  // derived from the class shape (see below)
    std::vector<std::string> before_actors;
    std::vector<std::string> after_actors;
};
// Kind from the shape: 1:1 same id Identity, 1:1 other id Rename, n:1 Merge, 1:n Split,
// n:m (n, m > 1) Merge (a restructuring; the label shows all names), 0:1 New, 1:0 Dissolved.

struct Contraction {
    std::vector<LineageClass> classes;        // sorted by id
    std::map<std::string, int> before_class;  // before actor id -> index in classes
    std::map<std::string, int> after_class;   // after actor id -> index in classes
    std::vector<std::string> warnings;        // links naming unknown actors (ignored)
};

// O((n + m + links) * alpha) with union-find. Links naming actors that do not exist in the
// scenario are skipped with a warning.
Contraction contract(const Scenario& before, const Scenario& after,
                     const std::vector<LineageLink>& links);
// The same on the two scenarios' indices (ids and display names come from them; no id table
// is built). Same cost and failures; the Scenario overload builds both indices and calls it.
Contraction contract(const ScenarioIndex& before, const ScenarioIndex& after,
                     const std::vector<LineageLink>& links);

// ---------------------------------------------------------------- 3. comparison

struct ContractedTie {
    Layer layer = Layer::Collaboration;
    int u = 0;  // class index
    int v = 0;  // class index; u < v when !directed
    bool directed = false;
    auto operator<=>(const ContractedTie&) const = default;
};

enum class TieStatus { Persisting, Added, Removed };

struct TieDelta {
    ContractedTie tie;
    TieStatus status = TieStatus::Persisting;
    std::vector<std::string> before_relations;  // relation ids behind it
    std::vector<std::string> after_relations;
};

// A relation whose ends fall into one class (see conventions).
struct InternalRelation {
    std::string relation_id;
    int cls = 0;
    Layer layer = Layer::Collaboration;
    bool before = true;  // true: internalised by a merger; false: internal in the after scenario
};

struct DistanceRow {
    std::string scope;  // layer token, or "overall"
    std::size_t before_ties = 0, after_ties = 0;
    std::size_t persisting = 0, added = 0, removed = 0;
    std::size_t internalised = 0;  // before relations that became internal
    double jaccard = 0;            // distance; NaN when both tie sets are empty
    std::size_t hamming = 0;
    double qap_r = 0;  // NaN when a matrix is constant
    double qap_p = 0;  // NaN when qap_r is NaN
};

// One row of the before/after/delta table. Values are NaN when undefined ("n.v.t.").
struct IndexRow {
    std::string key;    // stable machine key, e.g. "fragmentation" or "diagnostic.eilandenrijk"
    std::string label;  // for people, in English
    std::string group;  // "structure", "centralization", "diagnostic", ...
    double before = 0;
    double after = 0;
    double delta = 0;      // after - before (NaN when either is NaN)
    std::string label_nl;  // `label` in Dutch (empty: use `label`)
    const std::string& label_in(Language lang) const {
        return lang == Language::Dutch && !label_nl.empty() ? label_nl : label;
    }
};

struct RankChange {
    int cls = 0;
    std::string label;
    std::optional<int> before_rank;  // 1 = most central; nullopt when the class had no actor
    std::optional<int> after_rank;
    double before_value = 0;
    double after_value = 0;
};

struct CompareOptions {
    int qap_permutations = 999;  // 0 = no p-value
    std::uint64_t seed = 20240601;
    int top_n = 10;             // rank changes of the top-n of either scenario
    std::string rank_metric;    // per-actor metric for rank changes; empty = default
    bool run_analytics = true;  // the index table (may cost more than the rest)
};

struct ComparisonResult {
    std::string before_id, after_id;
    std::string before_name, after_name;
    std::vector<ProposedLink> lineage;  // what was used; proposed ones flagged
    bool lineage_proposed = false;      // true when no approved lineage existed
    Contraction contraction;
    std::vector<TieDelta> ties;              // sorted by tie
    std::vector<InternalRelation> internal;  // sorted by relation id
    std::vector<DistanceRow> distances;      // one per layer present in either, then overall
    std::vector<IndexRow> indices;           // before/after/delta table
    std::string rank_metric;                 // what the rank changes rank by
    std::vector<RankChange> ranks;           // sorted by after rank, then before rank
    std::vector<std::string> conventions;    // one sentence per convention, for output
    bool anonymised = false;  // names replaced (exporter::anonymise): writers omit actor ids
    // The analyses behind `indices` and `ranks` (null without analytics), kept so that
    // index_cause() can name what moved an index. Shared: copying a result stays cheap.
    std::shared_ptr<const analytics::AnalysisResult> before_analysis, after_analysis;
};

// Compares two scenarios. `links` are the lineage links to use (e.g. accepted_links() of
// approved proposals). Cost: O(T log T) for the ties, O(P * k^2) for QAP with P permutations
// and k classes, plus two analytics runs. Checks `progress` for cancellation (throws
// rk::Cancelled).
ComparisonResult compare_scenarios(const Scenario& before, const Scenario& after,
                                   const std::vector<ProposedLink>& links,
                                   const CompareOptions& options = {},
                                   Progress* progress = nullptr);

// Convenience: two scenarios of one case, with lineage_between(). Throws
// std::invalid_argument for unknown scenario ids.
ComparisonResult compare_case(const Case& c, std::string_view before_id, std::string_view after_id,
                              const CompareOptions& options = {}, Progress* progress = nullptr);

// ---------------------------------------------------------------- 4. lineage checks

// One problem of a lineage being edited, for inline display next to its link.
struct LineageIssue {
    std::string link_id;
    std::string message_nl, message_en;  // e.g. "actor 'C' is also in link 'l2'"
};

// Checks the links between `before` and `after` as a person edits them: the cardinality of
// each kind (the rules of the case reader: identity/rename 1:1, merge n:1 with n >= 2, split
// 1:n with n >= 2, new 0:1, dissolved 1:0), actors unknown in their scenario, and an actor
// named by two links on the same side. Issues in link order. O(links + actors log actors).
std::vector<LineageIssue> check_lineage(const Scenario& before, const Scenario& after,
                                        const std::vector<LineageLink>& links);

// ---------------------------------------------------------------- 5. causes of a row

// What made one row of the comparison change, per side, so that a view highlights exactly
// that: before actors and relations in the before drawing, after ones in the after drawing,
// and the lineage classes (and the ties carrying the relations) in the difference view.
struct RowCause {
    std::set<std::string> before_actors, after_actors;
    std::set<std::string> before_relations, after_relations;
    std::set<int> classes;         // lineage classes of the actors above
    std::string rule_nl, rule_en;  // which rule chose them ("changed relations", ...)
    bool empty() const {
        return before_actors.empty() && after_actors.empty() && before_relations.empty() &&
               after_relations.empty() && classes.empty();
    }
};

// Distance row: exactly the added and removed ties of its layer ("overall": of every layer),
// the relations behind them and the actors at their ends. O(ties + relations).
RowCause distance_cause(const ComparisonResult& r, const Scenario& before, const Scenario& after,
                        const DistanceRow& row);

// Rank row: the members of the class on both sides. O(class size).
RowCause rank_cause(const ComparisonResult& r, const RankChange& row);

// Index row, by its key (an unchanged row has an empty cause, except a diagnostic, whose
// evidence is always shown):
// - "nodes": classes whose member count differs (new, dissolved, merge, split);
// - "edges", "density", "distance_weighted_fragmentation", communities, silo indices:
//   changed relations (of added and removed ties, inside a class, or a persisting tie carried
//   by a different number of relations); density and silos also the classes behind "nodes"
//   and actors whose partition group changed;
// - "components", "largest_component", "fragmentation": classes whose component (the set of
//   persisting classes it is connected to) changed, new and dissolved classes, and the
//   changed relations among them; "isolates", "articulation_points", regie lists: classes
//   with a different number of such members on each side;
// - "bridges": bridges present on one side only; "key_players.*": the key players;
// - "centralization.M": classes whose rank by M among persisting classes changed, plus new
//   and dissolved classes; regie hierarchy measures: changed `directs` relations;
// - "diagnostic.ID[SUBJECT]" and its numbers: the actors and relations each scenario's
//   finding names.
// Needs the analyses (ComparisonResult::before_analysis); without them, or for an unknown
// key, every changed relation. O(actors + relations) per call.
RowCause index_cause(const ComparisonResult& r, const Scenario& before, const Scenario& after,
                     const IndexRow& row);

// ---------------------------------------------------------------- building blocks (tested)

// Pearson correlation of off-diagonal cells of two k x k matrices (row-major). NaN when
// either is constant. O(k^2).
double matrix_correlation(const std::vector<double>& a, const std::vector<double>& b, int k);

struct QapResult {
    double r = 0;
    double p = 0;  // one-sided, P(r_perm >= r_obs)
    int permutations = 0;
};
// Krackhardt QAP: permutes rows and columns of `b` jointly. O(permutations * k^2).
QapResult qap_correlation(const std::vector<double>& a, const std::vector<double>& b, int k,
                          int permutations, std::uint64_t seed, const Progress* progress = nullptr);

// Network indices and diagnostics of one analysis as a flat key -> value map (the rows of
// the delta table), with labels and groups for people. Keys: "nodes", "density",
// "centralization.betweenness", "partition.koker.ei", "regie.hierarchy",
// "diagnostic.eilandenrijk" (1 flagged, 0 not, NaN not applicable),
// "diagnostic.eilandenrijk.<number>" ... O(size of the result).
struct IndexMap {
    std::vector<std::string> order;  // keys in the order of the analytics result
    std::map<std::string, double> values;
    std::map<std::string, std::string> labels;
    std::map<std::string, std::string> labels_nl;
    std::map<std::string, std::string> groups;
};
IndexMap index_map(const analytics::AnalysisResult& a);

// Before/after/delta rows from two name -> value maps (keys in either; a missing value is
// NaN). `labels` and `groups` name the keys for people (fall back to the key).
std::vector<IndexRow> delta_table(const std::map<std::string, double>& before,
                                  const std::map<std::string, double>& after,
                                  const std::map<std::string, std::string>& labels = {},
                                  const std::map<std::string, std::string>& groups = {});

// The same for two IndexMaps: rows in the order of `before`, then keys only `after` has.
std::vector<IndexRow> delta_table(const IndexMap& before, const IndexMap& after);

std::string_view tie_status_name(TieStatus s);    // "persisting", "added", "removed"
std::string_view match_basis_name(MatchBasis b);  // "id", "name", "short_name", ...

}  // namespace rk::compare
