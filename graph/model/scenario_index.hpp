// The derived layer of one scenario revision: actor ids as dense indices, relation ends as
// integer pairs, adjacency per layer and the display name of every actor, built once and
// shared (read-only) by analytics, regie, layout, Graphviz, export and the canvas.
//
// Why: before this, six consumers each built their own id -> index table and resolved every
// relation end again, and the display name had eight spellings. Now a revision is indexed
// once; consumers take `const ScenarioIndex&` (or a shared_ptr when they keep it, as
// AnalysisResult and the live layout do), and index i always means scenario.actors[i].
//
// The index owns copies of what it derives (ids, names, ends, layer, direction, weight), so
// it stays valid after the scenario it was built from changes or dies; it is then simply
// stale. Callers that keep one compare `revision()` with their document's revision.
//
// Thread-safety: immutable after construction; any number of threads may read it.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/actor_text.hpp"
#include "model/case.hpp"
#include "model/enums.hpp"

namespace rk {

class ScenarioIndex {
  public:
    // The two ends of relation r as actor indices; -1 when the relation names an actor id
    // that is not in the scenario (the case loader reports those; every consumer skips them).
    struct Ends {
        int source = -1;
        int target = -1;
        bool known() const { return source >= 0 && target >= 0; }
        bool self_loop() const { return known() && source == target; }
        bool operator==(const Ends&) const = default;
    };

    // One entry of an actor's adjacency list in one layer: the other end, the relation
    // index, and whether the actor is the relation's source (`outgoing`).
    struct Incidence {
        int neighbour = -1;
        int relation = -1;
        bool outgoing = false;
        bool operator==(const Incidence&) const = default;
    };

    // Indexes `scenario`. O(n + m) time and memory (hash table of n ids, m ends, one CSR of
    // 2m entries over all layers; the table of relation ids is built on the first
    // find_relation() call, as most consumers never look a relation up by id). Never fails:
    // duplicate actor ids keep their own index but find() returns the first (the loader reports
    // duplicates); relations with an unknown end get -1 there and are left out of the adjacency.
    // `revision` is the caller's revision counter of the scenario, stored for staleness checks (0 =
    // none). Counts one build (builds()).
    explicit ScenarioIndex(const Scenario& scenario, std::uint64_t revision = 0);
    // Not copyable (the relation table is built at most once, guarded by a once_flag).
    // Moving keeps the vectors' buffers, so the hash tables' indices stay valid.
    ScenarioIndex(const ScenarioIndex&) = delete;
    ScenarioIndex& operator=(const ScenarioIndex&) = delete;
    ScenarioIndex(ScenarioIndex&&) noexcept = default;
    ScenarioIndex& operator=(ScenarioIndex&&) noexcept = default;

    // The same, on the heap, for consumers that keep it (AnalysisResult, the live layout,
    // the canvas). Same cost; throws std::bad_alloc only.
    static std::shared_ptr<const ScenarioIndex> build(const Scenario& scenario,
                                                      std::uint64_t revision = 0);

    // How many indices this process has built so far (all threads). For tests that check a
    // revision is indexed once; O(1), never fails.
    static std::uint64_t builds();

    const std::string& scenario_id() const { return scenario_id_; }
    std::uint64_t revision() const { return revision_; }
    int actor_count() const { return static_cast<int>(actor_ids_.size()); }
    int relation_count() const { return static_cast<int>(relation_ids_.size()); }

    // Actor index of `actor_id`, or -1. O(1) expected (hash lookup); never fails.
    int find(std::string_view actor_id) const;
    // Relation index of `relation_id`, or -1. O(1) expected; the first call of all builds the
    // table, O(m) (thread-safe: concurrent first calls build it once). Throws std::bad_alloc
    // only.
    int find_relation(std::string_view relation_id) const;

    // Per-actor and per-relation reads: O(1). Preconditions (checked by assert only):
    // 0 <= actor < actor_count(), 0 <= relation < relation_count().
    const std::string& actor_id(int actor) const { return actor_ids_[actor]; }
    const std::vector<std::string>& actor_ids() const { return actor_ids_; }
    // display_name(scenario.actors[actor]) at build time (actor_text.hpp's one rule).
    const std::string& display_name(int actor) const { return display_names_[actor]; }
    const std::string& relation_id(int relation) const { return relation_ids_[relation]; }
    Ends ends(int relation) const { return ends_[relation]; }
    const std::vector<Ends>& relation_ends() const { return ends_; }
    Layer layer(int relation) const { return layers_[relation]; }
    bool directed(int relation) const { return directed_[relation] != 0; }
    double weight(int relation) const { return weights_[relation]; }

    // Relations whose source or target is not an actor of the scenario. O(1).
    int unknown_end_count() const { return unknown_ends_; }

    // The relations of `layer` that touch `actor` (both ends known), in relation order. A
    // relation appears in the lists of both its ends (outgoing at its source, incoming at
    // its target); a self-loop appears once, as outgoing. O(1) to get the span; never fails
    // for a valid actor.
    std::span<const Incidence> incident(Layer layer, int actor) const;

    // Open-addressing hash table from an id to the first index in `ids` that has it: one
    // array of ints, no node per entry (std::unordered_map allocated one per actor and per
    // relation, a third of the index's build time on a 10k-actor graph). Read-only after
    // construction.
    class IdTable {
      public:
        IdTable() = default;
        explicit IdTable(const std::vector<std::string>& ids);
        int find(const std::vector<std::string>& ids, std::string_view id) const;

      private:
        std::vector<int> slots_;  // index + 1, 0 = empty; size a power of two >= 2 |ids|
    };

  private:
    // The relation table, built on first use.
    struct LazyRelationTable {
        std::once_flag built;
        IdTable table;
    };

    std::string scenario_id_;
    std::uint64_t revision_ = 0;
    std::vector<std::string> actor_ids_;
    std::vector<std::string> display_names_;
    IdTable actor_by_id_;
    std::vector<std::string> relation_ids_;
    std::unique_ptr<LazyRelationTable> relation_by_id_ = std::make_unique<LazyRelationTable>();
    std::vector<Ends> ends_;
    std::vector<Layer> layers_;
    std::vector<char> directed_;
    std::vector<double> weights_;
    int unknown_ends_ = 0;
    // CSR over (layer, actor): the list of (layer L, actor v) is
    // incidences_[offsets_[L * n + v] .. offsets_[L * n + v + 1]).
    std::vector<int> offsets_;
    std::vector<Incidence> incidences_;

    static std::atomic<std::uint64_t> builds_;
};

}  // namespace rk
