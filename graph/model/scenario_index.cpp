// Building the per-revision index (scenario_index.hpp).
#include "model/scenario_index.hpp"

#include <cassert>

namespace rk {

std::atomic<std::uint64_t> ScenarioIndex::builds_{0};

namespace {

// FNV-1a: ids are short ("n123", "gem-utrecht"), where std::hash (murmur over 8-byte blocks
// behind a call into libstdc++) cost half of each lookup. Linear probing tolerates its
// weaker mixing of long inputs.
std::size_t id_hash(std::string_view id) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : id) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return static_cast<std::size_t>(h ^ (h >> 29));
}

std::size_t table_size(std::size_t entries) {
    std::size_t size = 16;
    while (size < 2 * entries)
        size *= 2;
    return size;
}

}  // namespace

// Linear probing at load factor <= 1/2. Duplicates: the first index is inserted, later
// ones are skipped (find() returns the first, as documented).
ScenarioIndex::IdTable::IdTable(const std::vector<std::string>& ids)
    : slots_(table_size(ids.size()), 0) {
    const std::size_t mask = slots_.size() - 1;
    for (int i = 0; i < static_cast<int>(ids.size()); ++i) {
        std::size_t k = id_hash(ids[i]) & mask;
        for (; slots_[k] != 0; k = (k + 1) & mask)
            if (ids[slots_[k] - 1] == ids[i])
                break;
        if (slots_[k] == 0)
            slots_[k] = i + 1;
    }
}

int ScenarioIndex::IdTable::find(const std::vector<std::string>& ids, std::string_view id) const {
    if (slots_.empty())
        return -1;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = id_hash(id) & mask; slots_[k] != 0; k = (k + 1) & mask)
        if (ids[slots_[k] - 1] == id)
            return slots_[k] - 1;
    return -1;
}

ScenarioIndex::ScenarioIndex(const Scenario& scenario, std::uint64_t revision)
    : scenario_id_(scenario.id), revision_(revision) {
    actor_ids_.reserve(scenario.actors.size());
    display_names_.reserve(scenario.actors.size());
    for (const auto& a : scenario.actors) {
        actor_ids_.push_back(a.id);
        display_names_.emplace_back(rk::display_name(a));
    }
    actor_by_id_ = IdTable(actor_ids_);

    const std::size_t m = scenario.relations.size();
    relation_ids_.reserve(m);
    ends_.reserve(m);
    layers_.reserve(m);
    directed_.reserve(m);
    weights_.reserve(m);
    // Relations often come grouped by source (edge lists, exports): the previous source's
    // index is reused without a hash lookup when the id is the same.
    const std::string* previous_source = nullptr;
    int previous_source_index = -1;
    for (const auto& r : scenario.relations) {
        relation_ids_.push_back(r.id);
        if (!previous_source || *previous_source != r.source) {
            previous_source = &r.source;
            previous_source_index = find(r.source);
        }
        const Ends e{previous_source_index, find(r.target)};
        if (!e.known())
            ++unknown_ends_;
        ends_.push_back(e);
        layers_.push_back(r.layer);
        directed_.push_back(r.directed ? 1 : 0);
        weights_.push_back(r.weight);
    }

    // Counting sort into one CSR keyed by (layer, actor): two passes over the relations.
    const std::size_t n = actor_ids_.size();
    offsets_.assign(kLayerCount * n + 1, 0);
    auto slot = [&](int relation, int actor) {
        return static_cast<std::size_t>(layers_[relation]) * n + static_cast<std::size_t>(actor);
    };
    for (int r = 0; r < static_cast<int>(m); ++r) {
        const Ends e = ends_[r];
        if (!e.known())
            continue;
        ++offsets_[slot(r, e.source) + 1];
        if (!e.self_loop())
            ++offsets_[slot(r, e.target) + 1];
    }
    for (std::size_t k = 0; k + 1 < offsets_.size(); ++k)
        offsets_[k + 1] += offsets_[k];
    incidences_.resize(static_cast<std::size_t>(offsets_.back()));
    std::vector<int> fill(offsets_.begin(), offsets_.end() - 1);
    for (int r = 0; r < static_cast<int>(m); ++r) {
        const Ends e = ends_[r];
        if (!e.known())
            continue;
        incidences_[fill[slot(r, e.source)]++] = {e.target, r, true};
        if (!e.self_loop())
            incidences_[fill[slot(r, e.target)]++] = {e.source, r, false};
    }
    builds_.fetch_add(1, std::memory_order_relaxed);
}

std::shared_ptr<const ScenarioIndex> ScenarioIndex::build(const Scenario& scenario,
                                                          std::uint64_t revision) {
    return std::make_shared<const ScenarioIndex>(scenario, revision);
}

std::uint64_t ScenarioIndex::builds() {
    return builds_.load(std::memory_order_relaxed);
}

int ScenarioIndex::find(std::string_view actor_id) const {
    return actor_by_id_.find(actor_ids_, actor_id);
}

int ScenarioIndex::find_relation(std::string_view relation_id) const {
    if (!relation_by_id_)  // moved from
        return -1;
    LazyRelationTable& lazy = *relation_by_id_;
    std::call_once(lazy.built, [&] { lazy.table = IdTable(relation_ids_); });
    return lazy.table.find(relation_ids_, relation_id);
}

std::span<const ScenarioIndex::Incidence> ScenarioIndex::incident(Layer layer, int actor) const {
    assert(actor >= 0 && actor < actor_count());
    const std::size_t k =
        static_cast<std::size_t>(layer) * actor_ids_.size() + static_cast<std::size_t>(actor);
    return {incidences_.data() + offsets_[k], incidences_.data() + offsets_[k + 1]};
}

}  // namespace rk
