#include "doc/comparison_state.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"

namespace rk::doc {

std::pair<std::string, std::string> default_comparison_pair(const Case& c) {
    if (c.scenarios.size() < 2)
        return {};
    return {c.scenarios.front().id, c.scenarios.back().id};
}

std::map<std::string, Position> shared_positions(const Scenario& before, const Scenario& after) {
    std::map<std::string, Position> out;
    std::set<std::string> ids;
    for (const auto& a : before.actors)
        ids.insert(a.id);
    for (const auto& a : after.actors)
        ids.insert(a.id);
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
    for (const auto& [id, p] : out)
        cx += p.x, cy += p.y;
    if (!out.empty())
        cx /= double(out.size()), cy /= double(out.size());
    for (const auto& [id, p] : out)
        rmax = std::max(rmax, std::hypot(p.x - cx, p.y - cy));
    const double radius =
        out.empty() ? 100.0 * std::max<std::size_t>(1, missing.size()) / 6.0 + 100.0 : rmax + 80.0;
    for (std::size_t i = 0; i < missing.size(); ++i) {
        const double t = 2 * std::numbers::pi * double(i) / double(missing.size());
        out[missing[i]] = Position{cx + radius * std::cos(t), cy + radius * std::sin(t), false};
    }
    return out;
}

std::vector<LineageLink> links_between(const Case& c, const std::string& before_id,
                                       const std::string& after_id) {
    std::vector<LineageLink> out;
    for (const auto& l : c.lineage)
        if (l.from_scenario == before_id && l.to_scenario == after_id)
            out.push_back(l);
    return out;
}

LineageLink new_lineage_link(const Case& c, const std::string& before_id,
                             const std::string& after_id) {
    LineageLink l;
    l.id = fresh_lineage_id(c);
    l.kind = LineageKind::Identity;
    l.from_scenario = before_id;
    l.to_scenario = after_id;
    return l;
}

LineageLink with_kind(LineageLink l, LineageKind kind) {
    l.kind = kind;
    if (kind == LineageKind::New)
        l.from_actors.clear();
    if (kind == LineageKind::Dissolved)
        l.to_actors.clear();
    return l;
}

LineageLink with_actor(LineageLink l, bool before_side, const std::string& actor_id) {
    auto& side = before_side ? l.from_actors : l.to_actors;
    if (std::find(side.begin(), side.end(), actor_id) == side.end())
        side.push_back(actor_id);
    return l;
}

LineageLink without_actor(LineageLink l, bool before_side, const std::string& actor_id) {
    auto& side = before_side ? l.from_actors : l.to_actors;
    side.erase(std::remove(side.begin(), side.end(), actor_id), side.end());
    return l;
}

namespace {
struct LineageAccess {
    static std::vector<LineageLink>* get(Case& c, const std::string&) { return &c.lineage; }
};
}  // namespace

CommandPtr approve_lineage(const Case& c, const std::vector<compare::ProposedLink>& proposals) {
    std::vector<LineageLink> after = c.lineage;
    std::set<std::string> ids;
    for (const auto& l : after)
        ids.insert(l.id);
    std::size_t added = 0;
    for (const auto& p : proposals) {
        if (!p.proposed)
            continue;
        LineageLink l = p.link;
        std::string base = l.id.empty() ? "match" : l.id;
        for (int n = 2; ids.count(l.id) || l.id.empty(); ++n)
            l.id = base + "-" + std::to_string(n);
        ids.insert(l.id);
        after.push_back(std::move(l));
        ++added;
    }
    if (added == 0)
        return nullptr;
    return std::make_unique<ValueCommand<std::vector<LineageLink>, LineageAccess>>(
        bilingual("Koppeling goedkeuren", "Approve matching"), std::string{}, c.lineage,
        std::move(after));
}

}  // namespace rk::doc
