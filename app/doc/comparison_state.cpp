#include "doc/comparison_state.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "doc/i18n.hpp"

namespace rk::doc {

std::pair<std::string, std::string> default_comparison_pair(const Case& c) {
    if (c.scenarios.size() < 2) return {};
    return {c.scenarios.front().id, c.scenarios.back().id};
}

std::map<std::string, Position> shared_positions(const Scenario& before, const Scenario& after) {
    std::map<std::string, Position> out;
    std::set<std::string> ids;
    for (const auto& a : before.actors) ids.insert(a.id);
    for (const auto& a : after.actors) ids.insert(a.id);
    std::vector<std::string> missing;
    double cx = 0, cy = 0, rmax = 0;
    for (const auto& id : ids) {
        auto it = after.positions.find(id);
        if (it == after.positions.end() || !after.find_actor(id)) {
            it = before.positions.find(id);
            if (it == before.positions.end() || !before.find_actor(id)) {
                missing.push_back(id);
                continue;
            }
        }
        out[id] = it->second;
    }
    for (const auto& [id, p] : out) cx += p.x, cy += p.y;
    if (!out.empty()) cx /= double(out.size()), cy /= double(out.size());
    for (const auto& [id, p] : out) rmax = std::max(rmax, std::hypot(p.x - cx, p.y - cy));
    const double radius = out.empty() ? 100.0 * std::max<std::size_t>(1, missing.size()) / 6.0 + 100.0
                                      : rmax + 80.0;
    for (std::size_t i = 0; i < missing.size(); ++i) {
        const double t = 2 * std::numbers::pi * double(i) / double(missing.size());
        out[missing[i]] = Position{cx + radius * std::cos(t), cy + radius * std::sin(t), false};
    }
    return out;
}

namespace {
void add_tie(const compare::ComparisonResult& r, const compare::TieDelta& t, Cause& c) {
    for (const auto& id : t.before_relations) c.relations.insert(id);
    for (const auto& id : t.after_relations) c.relations.insert(id);
    for (int k : {t.tie.u, t.tie.v}) {
        if (k < 0 || k >= int(r.contraction.classes.size())) continue;
        c.classes.insert(k);
        const auto& cls = r.contraction.classes[std::size_t(k)];
        c.actors.insert(cls.before_actors.begin(), cls.before_actors.end());
        c.actors.insert(cls.after_actors.begin(), cls.after_actors.end());
    }
}
}  // namespace

Cause distance_cause(const compare::ComparisonResult& r, const compare::DistanceRow& row) {
    Cause c;
    for (const auto& t : r.ties) {
        if (t.status == compare::TieStatus::Persisting) continue;
        if (row.scope != "overall" && row.scope != token(t.tie.layer)) continue;
        add_tie(r, t, c);
    }
    return c;
}

Cause rank_cause(const compare::ComparisonResult& r, const compare::RankChange& row) {
    Cause c;
    if (row.cls < 0 || row.cls >= int(r.contraction.classes.size())) return c;
    const auto& cls = r.contraction.classes[std::size_t(row.cls)];
    c.classes.insert(row.cls);
    c.actors.insert(cls.before_actors.begin(), cls.before_actors.end());
    c.actors.insert(cls.after_actors.begin(), cls.after_actors.end());
    return c;
}

Cause index_cause(const compare::ComparisonResult& r, const compare::IndexRow& row) {
    Cause c;
    if (std::isnan(row.delta) || row.delta == 0) return c;
    for (const auto& t : r.ties) {
        if (t.status != compare::TieStatus::Persisting) add_tie(r, t, c);
    }
    for (std::size_t k = 0; k < r.contraction.classes.size(); ++k) {
        const auto& cls = r.contraction.classes[k];
        if (cls.kind == LineageKind::New || cls.kind == LineageKind::Dissolved) {
            c.classes.insert(int(k));
            c.actors.insert(cls.before_actors.begin(), cls.before_actors.end());
            c.actors.insert(cls.after_actors.begin(), cls.after_actors.end());
        }
    }
    return c;
}

namespace {
struct LineageAccess {
    static std::vector<LineageLink>* get(Case& c, const std::string&) { return &c.lineage; }
};
}  // namespace

CommandPtr approve_lineage(const Case& c, const std::vector<compare::ProposedLink>& proposals) {
    std::vector<LineageLink> after = c.lineage;
    std::set<std::string> ids;
    for (const auto& l : after) ids.insert(l.id);
    std::size_t added = 0;
    for (const auto& p : proposals) {
        if (!p.proposed) continue;
        LineageLink l = p.link;
        std::string base = l.id.empty() ? "match" : l.id;
        for (int n = 2; ids.count(l.id) || l.id.empty(); ++n) l.id = base + "-" + std::to_string(n);
        ids.insert(l.id);
        after.push_back(std::move(l));
        ++added;
    }
    if (added == 0) return nullptr;
    return std::make_unique<ValueCommand<std::vector<LineageLink>, LineageAccess>>(
        bilingual("Koppeling goedkeuren", "Approve matching"), std::string{}, c.lineage, std::move(after));
}

}  // namespace rk::doc
