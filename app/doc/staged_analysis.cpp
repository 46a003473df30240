#include "doc/staged_analysis.hpp"

#include <algorithm>
#include <unordered_map>

namespace rk::doc {

using analytics::AnalysisResult;
using analytics::kNaN;
using analytics::Metric;

analytics::AnalysisSettings quick_stage(const analytics::AnalysisSettings& full) {
    analytics::AnalysisSettings quick = full;
    quick.metrics = {Metric::Degree, Metric::Regie};
    quick.permutations = 0;
    return quick;
}

namespace {

// Row of each actor id of `old` in `now`'s order (-1 for actors `old` does not have).
std::vector<int> rows_by_id(const std::vector<std::string>& now,
                            const std::vector<std::string>& old) {
    std::unordered_map<std::string, int> where;
    for (std::size_t i = 0; i < old.size(); ++i)
        where.emplace(old[i], static_cast<int>(i));
    std::vector<int> rows(now.size(), -1);
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (auto it = where.find(now[i]); it != where.end())
            rows[i] = it->second;
    }
    return rows;
}

template <typename T>
std::vector<T> remap(const std::vector<T>& old, const std::vector<int>& rows, T missing) {
    std::vector<T> out(rows.size(), missing);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] >= 0 && static_cast<std::size_t>(rows[i]) < old.size())
            out[i] = old[rows[i]];
    }
    return out;
}

}  // namespace

StagedResult combine_stages(AnalysisResult quick, const AnalysisResult* last_full) {
    StagedResult out;
    const bool usable = last_full && last_full->scenario_id == quick.scenario_id;
    if (!usable) {
        out.stale = {"diagnostics", "partitions", "key_players", "communities"};
        out.result = std::move(quick);
        return out;
    }
    const AnalysisResult& old = *last_full;
    const auto rows = rows_by_id(quick.actors.actor_ids, old.actors.actor_ids);
    AnalysisResult& r = quick;
    // Per-actor columns the quick stage did not compute, in the old column order.
    for (const auto& name : old.actors.names) {
        if (r.actors.column(name))
            continue;
        r.actors.set(name, remap(*old.actors.column(name), rows, kNaN));
        out.stale.push_back(name);
    }
    r.network.distance_weighted_fragmentation = old.network.distance_weighted_fragmentation;
    for (const auto& [metric, value] : old.network.centralization) {
        if (!r.network.centralization.count(metric))
            r.network.centralization[metric] = value;
    }
    r.network.key_players = old.network.key_players;
    r.network.communities = remap(old.network.communities, rows, -1);
    r.network.community_modularity = old.network.community_modularity;
    r.network.community_count = old.network.community_count;
    r.partitions = old.partitions;
    for (auto& p : r.partitions) {
        p.group_of_actor = remap(p.group_of_actor, rows, std::string{});
        p.actor_ei = remap(p.actor_ei, rows, kNaN);
        p.brokerage = remap(p.brokerage, rows, analytics::BrokerageCounts{});
    }
    r.diagnostics = old.diagnostics;
    for (const auto& [topic, text] : old.conventions)
        r.conventions.emplace(topic, text);
    for (const char* what : {"distance_weighted_fragmentation", "centralization", "key_players",
                             "communities", "partitions", "diagnostics"}) {
        out.stale.emplace_back(what);
    }
    out.result = std::move(r);
    out.carried_over = true;
    return out;
}

}  // namespace rk::doc
