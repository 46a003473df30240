// Step 3 of a comparison: tie deltas per layer, internalised relations, distances, QAP, the
// index table and rank changes (conventions in compare.hpp).
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>
#include <tuple>

#include "compare/compare.hpp"

namespace rk::compare {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Contracted ties of one scenario: tie -> relation ids; relations inside one class go to
// `internal`.
std::map<ContractedTie, std::vector<std::string>> contracted_ties(
    const Scenario& s, const std::map<std::string, int>& cls_of, bool before,
    std::vector<InternalRelation>& internal) {
    std::map<ContractedTie, std::vector<std::string>> ties;
    for (const auto& r : s.relations) {
        auto su = cls_of.find(r.source);
        auto sv = cls_of.find(r.target);
        if (su == cls_of.end() || sv == cls_of.end())
            continue;  // dangling: loader reports it
        if (r.source == r.target)
            continue;  // self-loop: no tie
        if (su->second == sv->second) {
            internal.push_back({r.id, su->second, r.layer, before});
            continue;
        }
        ContractedTie t{r.layer, su->second, sv->second, r.directed};
        if (!t.directed && t.u > t.v)
            std::swap(t.u, t.v);
        ties[t].push_back(r.id);
    }
    return ties;
}

// k x k matrix of the ties selected by `keep` (count of layers per cell).
std::vector<double> tie_matrix(const std::map<ContractedTie, std::vector<std::string>>& ties, int k,
                               const std::optional<Layer>& layer) {
    std::vector<double> m(static_cast<std::size_t>(k) * k, 0.0);
    std::set<std::tuple<int, int, int>> seen;  // (layer, u, v): one per layer and cell
    for (const auto& entry : ties) {
        const ContractedTie& t = entry.first;  // not a structured binding: clang 14 cannot
                                               // capture one in the lambda below
        if (layer && t.layer != *layer)
            continue;
        auto mark = [&](int u, int v) {
            if (seen.emplace(static_cast<int>(t.layer), u, v).second)
                m[static_cast<std::size_t>(u) * k + v] += 1.0;
        };
        mark(t.u, t.v);
        if (!t.directed)
            mark(t.v, t.u);
    }
    return m;
}

// Competition ranking (1 + number of strictly larger values); NaN values are unranked.
std::map<std::string, std::pair<int, double>> ranking(const analytics::MetricTable& table,
                                                      const std::string& metric) {
    std::map<std::string, std::pair<int, double>> out;
    const auto* col = table.column(metric);
    if (!col)
        return out;
    std::vector<double> vals;
    for (double v : *col)
        if (!std::isnan(v))
            vals.push_back(v);
    std::sort(vals.begin(), vals.end(), std::greater<>());
    for (std::size_t i = 0; i < table.actor_ids.size() && i < col->size(); ++i) {
        const double v = (*col)[i];
        if (std::isnan(v))
            continue;
        // vals is descending: lower_bound stops at the first value not greater than v.
        const auto larger =
            std::lower_bound(vals.begin(), vals.end(), v, std::greater<>()) - vals.begin();
        out[table.actor_ids[i]] = {static_cast<int>(larger) + 1, v};
    }
    return out;
}

// Best (smallest) rank among the members of a class, with its value.
std::optional<std::pair<int, double>> class_rank(
    const std::vector<std::string>& members,
    const std::map<std::string, std::pair<int, double>>& ranks) {
    std::optional<std::pair<int, double>> best;
    for (const auto& id : members) {
        auto it = ranks.find(id);
        if (it == ranks.end())
            continue;
        if (!best || it->second.first < best->first)
            best = it->second;
    }
    return best;
}

std::vector<std::string> conventions_text() {
    return {
        "lineage class = connected component of the bipartite lineage graph; merge n:1 and "
        "split 1:n each form one class; an actor in no link keeps its identity when the other "
        "scenario has the same id",
        "tie = (layer, class, class), ordered for directed relations, unordered otherwise; "
        "weights ignored (presence only)",
        "a relation inside one class is not a tie: before = internalised by a merger, after = "
        "internal (e.g. between the parts of a split)",
        "Jaccard distance = 1 - |both| / |either| over ties (NaN when there are none); Hamming "
        "= ties present in exactly one scenario; overall pools all layers",
        "QAP: Pearson r over off-diagonal cells of the class x class matrices (overall cell = "
        "number of layers with a tie); p = share of joint row/column permutations with r >= "
        "observed, (count+1)/(perms+1), seeded",
        "index table: analytics of each scenario as it is (not contracted), all layers, "
        "undirected, unweighted",
        "rank of a class = best rank among its members in its own scenario (competition "
        "ranking, 1 = most central)",
    };
}

}  // namespace

std::string_view tie_status_name(TieStatus s) {
    switch (s) {
        case TieStatus::Persisting:
            return "persisting";
        case TieStatus::Added:
            return "added";
        case TieStatus::Removed:
            return "removed";
    }
    return "?";
}

ComparisonResult compare_scenarios(const Scenario& before, const Scenario& after,
                                   const std::vector<ProposedLink>& links,
                                   const CompareOptions& options, Progress* progress) {
    ComparisonResult r;
    r.before_id = before.id;
    r.after_id = after.id;
    r.before_name = before.name.empty() ? before.id : before.name;
    r.after_name = after.name.empty() ? after.id : after.name;
    r.lineage = links;
    r.lineage_proposed =
        std::any_of(links.begin(), links.end(), [](const ProposedLink& p) { return p.proposed; });
    r.conventions = conventions_text();
    // Each scenario is indexed once here and shared by the contraction and the analytics.
    const auto before_index = ScenarioIndex::build(before);
    const auto after_index = ScenarioIndex::build(after);
    r.contraction = contract(*before_index, *after_index, accepted_links(links));
    const int k = static_cast<int>(r.contraction.classes.size());

    auto tb = contracted_ties(before, r.contraction.before_class, true, r.internal);
    auto ta = contracted_ties(after, r.contraction.after_class, false, r.internal);
    std::sort(r.internal.begin(), r.internal.end(),
              [](const InternalRelation& a, const InternalRelation& b) {
                  return std::make_tuple(!a.before, a.relation_id) <
                         std::make_tuple(!b.before, b.relation_id);
              });
    std::set<ContractedTie> all;
    for (const auto& [t, ids] : tb)
        all.insert(t);
    for (const auto& [t, ids] : ta)
        all.insert(t);
    for (const auto& t : all) {
        TieDelta d;
        d.tie = t;
        auto b = tb.find(t);
        auto a = ta.find(t);
        if (b != tb.end())
            d.before_relations = b->second;
        if (a != ta.end())
            d.after_relations = a->second;
        d.status = b == tb.end()   ? TieStatus::Added
                   : a == ta.end() ? TieStatus::Removed
                                   : TieStatus::Persisting;
        r.ties.push_back(std::move(d));
    }

    // Distances per layer present in either scenario, then overall.
    std::set<Layer> layers;
    for (const auto& t : all)
        layers.insert(t.layer);
    for (const auto& in : r.internal)
        layers.insert(in.layer);
    std::vector<std::optional<Layer>> scopes(layers.begin(), layers.end());
    scopes.push_back(std::nullopt);
    for (std::size_t si = 0; si < scopes.size(); ++si) {
        check_cancel(progress);
        const auto& scope = scopes[si];
        DistanceRow row;
        row.scope = scope ? std::string(token(*scope)) : "overall";
        for (const auto& d : r.ties) {
            if (scope && d.tie.layer != *scope)
                continue;
            switch (d.status) {
                case TieStatus::Persisting:
                    ++row.persisting;
                    break;
                case TieStatus::Added:
                    ++row.added;
                    break;
                case TieStatus::Removed:
                    ++row.removed;
                    break;
            }
        }
        for (const auto& in : r.internal)
            if (in.before && (!scope || in.layer == *scope))
                ++row.internalised;
        row.before_ties = row.persisting + row.removed;
        row.after_ties = row.persisting + row.added;
        const std::size_t either = row.persisting + row.added + row.removed;
        row.jaccard = either == 0
                          ? kNaN
                          : 1.0 - static_cast<double>(row.persisting) / static_cast<double>(either);
        row.hamming = row.added + row.removed;
        const auto mb = tie_matrix(tb, k, scope);
        const auto ma = tie_matrix(ta, k, scope);
        const auto q =
            qap_correlation(mb, ma, k, options.qap_permutations, options.seed + si, progress);
        row.qap_r = q.r;
        row.qap_p = q.p;
        r.distances.push_back(std::move(row));
    }

    if (options.run_analytics) {
        analytics::AnalysisSettings settings;
        auto ab_ptr = std::make_shared<const analytics::AnalysisResult>(
            analytics::analyze(before, before_index, settings, progress));
        auto aa_ptr = std::make_shared<const analytics::AnalysisResult>(
            analytics::analyze(after, after_index, settings, progress));
        r.before_analysis = ab_ptr;
        r.after_analysis = aa_ptr;
        const auto& ab = *ab_ptr;
        const auto& aa = *aa_ptr;
        r.indices = delta_table(index_map(ab), index_map(aa));

        r.rank_metric = options.rank_metric.empty() ? "betweenness" : options.rank_metric;
        if (!ab.actors.column(r.rank_metric) && options.rank_metric.empty())
            r.rank_metric = "degree";
        const auto rb = ranking(ab.actors, r.rank_metric);
        const auto ra = ranking(aa.actors, r.rank_metric);
        for (int c = 0; c < k; ++c) {
            const auto& cls = r.contraction.classes[c];
            const auto b = class_rank(cls.before_actors, rb);
            const auto a = class_rank(cls.after_actors, ra);
            const bool top = (b && b->first <= options.top_n) || (a && a->first <= options.top_n);
            if (!top)
                continue;
            RankChange rc;
            rc.cls = c;
            rc.label = cls.label;
            if (b)
                rc.before_rank = b->first, rc.before_value = b->second;
            else
                rc.before_value = kNaN;
            if (a)
                rc.after_rank = a->first, rc.after_value = a->second;
            else
                rc.after_value = kNaN;
            r.ranks.push_back(std::move(rc));
        }
        constexpr int kNone = std::numeric_limits<int>::max();
        std::sort(r.ranks.begin(), r.ranks.end(), [&](const RankChange& x, const RankChange& y) {
            return std::make_tuple(x.after_rank.value_or(kNone), x.before_rank.value_or(kNone),
                                   x.label) < std::make_tuple(y.after_rank.value_or(kNone),
                                                              y.before_rank.value_or(kNone),
                                                              y.label);
        });
    }
    return r;
}

ComparisonResult compare_case(const Case& c, std::string_view before_id, std::string_view after_id,
                              const CompareOptions& options, Progress* progress) {
    auto links = lineage_between(c, before_id, after_id);  // throws on unknown ids
    return compare_scenarios(*c.find_scenario(before_id), *c.find_scenario(after_id), links,
                             options, progress);
}

}  // namespace rk::compare
