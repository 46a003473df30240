#include "model/reorganisation.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

namespace rk::reorg {
namespace {

bool contains(const std::vector<std::string>& v, std::string_view x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

void push_unique(std::vector<std::string>& v, const std::string& x) {
    if (!contains(v, x))
        v.push_back(x);
}

// Replaces every occurrence of an id in `ids` with `to` (removing the duplicates it makes).
void replace_ids(std::vector<std::string>& ids, const std::set<std::string>& from,
                 const std::string& to) {
    std::vector<std::string> out;
    for (const auto& id : ids)
        push_unique(out, from.count(id) ? to : id);
    ids = std::move(out);
}

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

// Hands out lineage ids "<prefix>-<n>" that no link uses, in O(1) each after O(links).
class LineageIds {
  public:
    explicit LineageIds(const Case& c) {
        for (const auto& l : c.lineage)
            used_.insert(l.id);
    }
    std::string next(std::string_view prefix) {
        for (;;) {
            std::string id = std::string(prefix) + "-" + std::to_string(++counter_);
            if (used_.insert(id).second)
                return id;
        }
    }

  private:
    std::unordered_set<std::string> used_;
    int counter_ = 0;
};

// Links that end in `scenario_id` and name `actor_id` among their to_actors.
std::vector<std::size_t> incoming(const Case& c, std::string_view scenario_id,
                                  std::string_view actor_id) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < c.lineage.size(); ++i)
        if (c.lineage[i].to_scenario == scenario_id && contains(c.lineage[i].to_actors, actor_id))
            out.push_back(i);
    return out;
}

// An act that would change the identity of an actor that later scenarios' lineage names is
// refused: rewriting those links silently could turn a clean history into n:m guesses.
std::string outgoing_problem(const Case& c, std::string_view scenario_id,
                             const std::vector<std::string>& actors) {
    for (const auto& l : c.lineage) {
        if (l.from_scenario != scenario_id)
            continue;
        for (const auto& a : actors)
            if (contains(l.from_actors, a))
                return "actor " + quoted(a) + " is named in lineage link " + quoted(l.id) +
                       " to scenario " + quoted(l.to_scenario) + "; edit that link first";
    }
    return {};
}

void erase_links(Case& c, std::vector<std::size_t> indices) {
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    for (auto it = indices.rbegin(); it != indices.rend(); ++it)
        c.lineage.erase(c.lineage.begin() + static_cast<long>(*it));
}

LineageLink make_link(LineageIds& ids, LineageKind kind, std::string from_scenario,
                      std::string to_scenario, std::vector<std::string> from,
                      std::vector<std::string> to) {
    LineageLink l;
    l.id = ids.next(token(kind));
    l.kind = kind;
    l.from_scenario = std::move(from_scenario);
    l.to_scenario = std::move(to_scenario);
    l.from_actors = std::move(from);
    l.to_actors = std::move(to);
    return l;
}

// The kind of a 1:1 link: identity when the id stays, rename otherwise.
LineageKind one_to_one(const std::string& from, const std::string& to) {
    return from == to ? LineageKind::Identity : LineageKind::Rename;
}

std::string id_problem(const Scenario& s, const std::string& id,
                       const std::set<std::string>& may_reuse = {}) {
    if (id.empty())
        return "an actor id must not be empty";
    if (s.find_actor(id) && !may_reuse.count(id))
        return "actor id " + quoted(id) + " is already used in scenario " + quoted(s.id);
    return {};
}

// Sets every reference to an actor in `from` to `to`: relation ends, RACI rows, forum seats,
// agreement parties and owner, parent links. Positions and the actors list are the caller's.
void rewire(Scenario& s, const std::set<std::string>& from, const std::string& to) {
    for (auto& r : s.relations) {
        if (from.count(r.source))
            r.source = to;
        if (from.count(r.target))
            r.target = to;
    }
    for (auto& a : s.actors)
        if (from.count(a.parent))
            a.parent = a.id == to ? "" : to;
    for (auto& agreement : s.agreements) {
        replace_ids(agreement.signatories, from, to);
        replace_ids(agreement.addressees, from, to);
        if (from.count(agreement.owner))
            agreement.owner = to;
    }
}

// RACI rows of `from` become rows of `to`; rows that meet in one responsibility are joined
// (letters or-ed, the first row's basis and evidence kept).
void move_assignments(Scenario& s, const std::set<std::string>& from, const std::string& to) {
    for (auto& resp : s.responsibilities) {
        std::vector<RaciAssignment> out;
        for (auto a : resp.assignments) {
            if (from.count(a.actor))
                a.actor = to;
            auto same = std::find_if(out.begin(), out.end(),
                                     [&](const RaciAssignment& o) { return o.actor == a.actor; });
            if (same == out.end()) {
                out.push_back(std::move(a));
                continue;
            }
            same->responsible |= a.responsible;
            same->accountable |= a.accountable;
            same->consulted |= a.consulted;
            same->informed |= a.informed;
            if (same->basis == ResponsibilityBasis::Unknown)
                same->basis = a.basis;
        }
        resp.assignments = std::move(out);
    }
}

void move_seats(Scenario& s, const std::set<std::string>& from, const std::string& to) {
    for (auto& forum : s.forums) {
        std::vector<ForumSeat> out;
        for (auto seat : forum.seats) {
            if (from.count(seat.actor))
                seat.actor = to;
            if (std::none_of(out.begin(), out.end(),
                             [&](const ForumSeat& o) { return o.actor == seat.actor; }))
                out.push_back(std::move(seat));
        }
        forum.seats = std::move(out);
    }
}

// After rewiring parts onto one actor: relations inside it go, and relations that became
// equal are joined (the first kept, with the larger weight).
void fold_relations(Scenario& s, const std::set<std::string>& touched_ids, const std::string& to) {
    using Key = std::tuple<Layer, bool, std::string, std::string>;
    std::map<Key, std::size_t> first;
    std::vector<Relation> out;
    out.reserve(s.relations.size());
    for (auto& r : s.relations) {
        const bool touched = touched_ids.count(r.id) > 0;
        if (touched && r.source == to && r.target == to)
            continue;  // internalised by the merger
        if (touched) {
            Key key{r.layer, r.directed, r.source, r.target};
            if (!r.directed && std::get<2>(key) > std::get<3>(key))
                std::swap(std::get<2>(key), std::get<3>(key));
            auto [it, inserted] = first.emplace(key, out.size());
            if (!inserted) {
                out[it->second].weight = std::max(out[it->second].weight, r.weight);
                continue;
            }
        }
        out.push_back(std::move(r));
    }
    s.relations = std::move(out);
}

std::optional<Position> centroid(const Scenario& s, const std::vector<std::string>& ids) {
    double x = 0, y = 0;
    int n = 0;
    for (const auto& id : ids) {
        auto it = s.positions.find(id);
        if (it == s.positions.end())
            continue;
        x += it->second.x;
        y += it->second.y;
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return Position{x / n, y / n, false};
}

// The merge's lineage: the parts' incoming links give way to one link from all their
// from_actors. Fails for a part that came from a split (that would be an n:m guess).
std::string merge_lineage(Case& c, std::string_view scenario_id,
                          const std::vector<std::string>& parts, const std::string& merged) {
    const auto from_scenario = predecessor(c, scenario_id);
    if (!from_scenario)
        return {};
    std::vector<std::size_t> links;
    std::vector<std::string> from_actors;
    for (const auto& part : parts) {
        for (std::size_t i : incoming(c, scenario_id, part)) {
            const LineageLink& l = c.lineage[i];
            if (l.to_actors.size() > 1)
                return "actor " + quoted(part) + " is one of the parts of split link " +
                       quoted(l.id) + "; undo that split before merging its parts";
            links.push_back(i);
            for (const auto& a : l.from_actors)
                push_unique(from_actors, a);
        }
    }
    erase_links(c, links);
    LineageIds ids(c);
    const std::string to_scenario(scenario_id);
    if (from_actors.empty())
        c.lineage.push_back(
            make_link(ids, LineageKind::New, *from_scenario, to_scenario, {}, {merged}));
    else if (from_actors.size() == 1)
        c.lineage.push_back(make_link(ids, one_to_one(from_actors[0], merged), *from_scenario,
                                      to_scenario, from_actors, {merged}));
    else
        c.lineage.push_back(
            make_link(ids, LineageKind::Merge, *from_scenario, to_scenario, from_actors, {merged}));
    return {};
}

}  // namespace

std::string fresh_lineage_id(const Case& c, std::string_view prefix) {
    return LineageIds(c).next(prefix);
}

std::optional<std::string> predecessor(const Case& c, std::string_view scenario_id) {
    for (const auto& l : c.lineage)
        if (l.to_scenario == scenario_id)
            return l.from_scenario;
    return std::nullopt;
}

ActResult copy_scenario(Case& c, std::string_view from_id, const std::string& new_id,
                        const std::string& name) {
    const auto it = std::find_if(c.scenarios.begin(), c.scenarios.end(),
                                 [&](const Scenario& s) { return s.id == from_id; });
    if (it == c.scenarios.end())
        return {"unknown scenario " + quoted(from_id)};
    if (new_id.empty())
        return {"a scenario id must not be empty"};
    if (c.find_scenario(new_id))
        return {"scenario id " + quoted(new_id) + " is already used"};
    Scenario copy = *it;
    copy.id = new_id;
    copy.name = name;
    LineageIds ids(c);
    for (const auto& a : copy.actors)
        c.lineage.push_back(
            make_link(ids, LineageKind::Identity, std::string(from_id), new_id, {a.id}, {a.id}));
    c.scenarios.insert(it + 1, std::move(copy));
    return {};
}

ActResult add_empty_scenario(Case& c, const std::string& new_id, const std::string& name) {
    if (new_id.empty())
        return {"a scenario id must not be empty"};
    if (c.find_scenario(new_id))
        return {"scenario id " + quoted(new_id) + " is already used"};
    Scenario s;
    s.id = new_id;
    s.name = name;
    c.scenarios.push_back(std::move(s));
    return {};
}

RemovalSummary removal_summary(const Case& c, std::string_view scenario_id) {
    RemovalSummary out;
    if (const Scenario* s = c.find_scenario(scenario_id)) {
        out.actors = s->actors.size();
        out.relations = s->relations.size();
        out.responsibilities = s->responsibilities.size();
    }
    for (const auto& l : c.lineage)
        if (l.from_scenario == scenario_id || l.to_scenario == scenario_id)
            ++out.lineage_links;
    return out;
}

ActResult remove_scenario(Case& c, std::string_view scenario_id) {
    if (!c.find_scenario(scenario_id))
        return {"unknown scenario " + quoted(scenario_id)};
    if (c.scenarios.size() == 1)
        return {"a case keeps at least one scenario"};
    std::erase_if(c.scenarios, [&](const Scenario& s) { return s.id == scenario_id; });
    std::erase_if(c.lineage, [&](const LineageLink& l) {
        return l.from_scenario == scenario_id || l.to_scenario == scenario_id;
    });
    return {};
}

ActResult move_scenario(Case& c, std::string_view scenario_id, std::size_t index) {
    const auto it = std::find_if(c.scenarios.begin(), c.scenarios.end(),
                                 [&](const Scenario& s) { return s.id == scenario_id; });
    if (it == c.scenarios.end())
        return {"unknown scenario " + quoted(scenario_id)};
    Scenario moved = std::move(*it);
    c.scenarios.erase(it);
    index = std::min(index, c.scenarios.size());
    c.scenarios.insert(c.scenarios.begin() + static_cast<long>(index), std::move(moved));
    return {};
}

ActResult merge_actors(Case& c, std::string_view scenario_id, const std::vector<std::string>& parts,
                       const Actor& merged) {
    Scenario* s = c.find_scenario(scenario_id);
    if (!s)
        return {"unknown scenario " + quoted(scenario_id)};
    const std::set<std::string> part_set(parts.begin(), parts.end());
    if (part_set.size() < 2 || part_set.size() != parts.size())
        return {"a merge needs two or more different actors"};
    for (const auto& p : parts)
        if (!s->find_actor(p))
            return {"unknown actor " + quoted(p) + " in scenario " + quoted(scenario_id)};
    if (auto problem = id_problem(*s, merged.id, part_set); !problem.empty())
        return {problem};
    if (auto problem = outgoing_problem(c, scenario_id, parts); !problem.empty())
        return {problem};

    Case draft = c;  // lineage may still refuse; the caller's case stays as it was then
    Scenario& d = *draft.find_scenario(scenario_id);
    if (auto problem = merge_lineage(draft, scenario_id, parts, merged.id); !problem.empty())
        return {problem};
    std::set<std::string> touched;
    for (const auto& r : d.relations)
        if (part_set.count(r.source) || part_set.count(r.target))
            touched.insert(r.id);
    const auto position = centroid(d, parts);
    rewire(d, part_set, merged.id);
    move_assignments(d, part_set, merged.id);
    move_seats(d, part_set, merged.id);
    fold_relations(d, touched, merged.id);
    const auto first = std::find_if(d.actors.begin(), d.actors.end(),
                                    [&](const Actor& a) { return part_set.count(a.id) > 0; });
    const auto at = first - d.actors.begin();
    std::erase_if(d.actors, [&](const Actor& a) { return part_set.count(a.id) > 0; });
    d.actors.insert(d.actors.begin() + at, merged);
    for (const auto& p : parts)
        d.positions.erase(p);
    if (position)
        d.positions[merged.id] = *position;
    c = std::move(draft);
    return {};
}

namespace {

const std::vector<int>* keepers_of(const std::vector<SplitChoice>& choices, const std::string& id) {
    for (const auto& ch : choices)
        if (ch.item_id == id)
            return ch.keepers.empty() ? nullptr : &ch.keepers;
    return nullptr;
}

std::vector<int> all_parts(std::size_t n) {
    std::vector<int> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = static_cast<int>(i);
    return v;
}

std::string split_lineage(Case& c, std::string_view scenario_id, std::string_view actor_id,
                          const std::vector<std::string>& part_ids) {
    const auto from_scenario = predecessor(c, scenario_id);
    if (!from_scenario)
        return {};
    const auto links = incoming(c, scenario_id, actor_id);
    std::vector<std::string> from_actors;
    for (std::size_t i : links) {
        const LineageLink& l = c.lineage[i];
        if (l.from_actors.size() > 1 || l.to_actors.size() > 1)
            return "actor " + quoted(actor_id) + " comes from " + std::string(token(l.kind)) +
                   " link " + quoted(l.id) + "; splitting it would make an n:m lineage";
        for (const auto& a : l.from_actors)
            push_unique(from_actors, a);
    }
    erase_links(c, links);
    LineageIds ids(c);
    const std::string to_scenario(scenario_id);
    if (from_actors.empty()) {
        for (const auto& p : part_ids)
            c.lineage.push_back(
                make_link(ids, LineageKind::New, *from_scenario, to_scenario, {}, {p}));
    } else {
        c.lineage.push_back(
            make_link(ids, LineageKind::Split, *from_scenario, to_scenario, from_actors, part_ids));
    }
    return {};
}

// A relation id not used in the scenario, derived from `base`.
std::string free_relation_id(const Scenario& s, const std::string& base,
                             std::set<std::string>& taken) {
    std::string id = base;
    for (int n = 2; s.find_relation(id) || taken.count(id); ++n)
        id = base + "-" + std::to_string(n);
    taken.insert(id);
    return id;
}

}  // namespace

ActResult split_actor(Case& c, std::string_view scenario_id, std::string_view actor_id,
                      const std::vector<Actor>& parts, const std::vector<SplitChoice>& choices) {
    Scenario* s = c.find_scenario(scenario_id);
    if (!s)
        return {"unknown scenario " + quoted(scenario_id)};
    const Actor* original = s->find_actor(actor_id);
    if (!original)
        return {"unknown actor " + quoted(actor_id) + " in scenario " + quoted(scenario_id)};
    if (parts.size() < 2)
        return {"a split needs two or more parts"};
    std::vector<std::string> part_ids;
    for (const auto& p : parts) {
        if (auto problem = id_problem(*s, p.id, {std::string(actor_id)}); !problem.empty())
            return {problem};
        if (contains(part_ids, p.id))
            return {"part id " + quoted(p.id) + " is given twice"};
        part_ids.push_back(p.id);
    }
    for (const auto& ch : choices)
        for (int k : ch.keepers)
            if (k < 0 || k >= static_cast<int>(parts.size()))
                return {"choice for " + quoted(ch.item_id) + " names part " + std::to_string(k) +
                        ", which does not exist"};
    if (auto problem = outgoing_problem(c, scenario_id, {std::string(actor_id)}); !problem.empty())
        return {problem};

    Case draft = c;
    Scenario& d = *draft.find_scenario(scenario_id);
    if (auto problem = split_lineage(draft, scenario_id, actor_id, part_ids); !problem.empty())
        return {problem};
    const std::string id(actor_id);
    const auto everyone = all_parts(parts.size());

    std::vector<Relation> relations;
    std::set<std::string> new_ids;
    for (auto& r : d.relations) {
        if (r.source != id && r.target != id) {
            relations.push_back(std::move(r));
            continue;
        }
        const auto* chosen = keepers_of(choices, r.id);
        const auto& keep = chosen ? *chosen : everyone;
        for (std::size_t k = 0; k < keep.size(); ++k) {
            Relation copy = r;
            const std::string& part = part_ids[static_cast<std::size_t>(keep[k])];
            if (copy.source == id)
                copy.source = part;
            if (copy.target == id)
                copy.target = part;
            if (k > 0)
                copy.id = free_relation_id(d, r.id + "-" + part, new_ids);
            relations.push_back(std::move(copy));
        }
    }
    d.relations = std::move(relations);

    for (auto& resp : d.responsibilities) {
        std::vector<RaciAssignment> out;
        for (auto& a : resp.assignments) {
            if (a.actor != id) {
                out.push_back(std::move(a));
                continue;
            }
            const auto* chosen = keepers_of(choices, resp.id + "/" + id);
            for (int k : chosen ? *chosen : everyone) {
                RaciAssignment copy = a;
                copy.actor = part_ids[static_cast<std::size_t>(k)];
                out.push_back(std::move(copy));
            }
        }
        resp.assignments = std::move(out);
    }
    for (auto& forum : d.forums) {
        std::vector<ForumSeat> out;
        for (auto& seat : forum.seats) {
            if (seat.actor != id) {
                out.push_back(std::move(seat));
                continue;
            }
            for (const auto& p : part_ids) {
                ForumSeat copy = seat;
                copy.actor = p;
                out.push_back(std::move(copy));
            }
        }
        forum.seats = std::move(out);
    }
    for (auto& agreement : d.agreements) {
        for (auto* list : {&agreement.signatories, &agreement.addressees}) {
            if (!contains(*list, id))
                continue;
            std::vector<std::string> out;
            for (const auto& x : *list) {
                if (x != id)
                    push_unique(out, x);
                else
                    for (const auto& p : part_ids)
                        push_unique(out, p);
            }
            *list = std::move(out);
        }
        if (agreement.owner == id)
            agreement.owner = part_ids.front();
    }
    for (auto& a : d.actors)
        if (a.parent == id)
            a.parent = part_ids.front();

    const auto at =
        std::find_if(d.actors.begin(), d.actors.end(), [&](const Actor& a) { return a.id == id; }) -
        d.actors.begin();
    d.actors.erase(d.actors.begin() + at);
    d.actors.insert(d.actors.begin() + at, parts.begin(), parts.end());
    if (auto pos = d.positions.find(id); pos != d.positions.end()) {
        const Position base = pos->second;
        d.positions.erase(pos);
        // Side by side around the original spot, so both parts are visible at once.
        for (std::size_t k = 0; k < part_ids.size(); ++k) {
            const double offset = (static_cast<double>(k) - (part_ids.size() - 1) / 2.0) * 60.0;
            d.positions[part_ids[k]] = Position{base.x + offset, base.y, false};
        }
    }
    c = std::move(draft);
    return {};
}

ActResult rename_actor(Case& c, std::string_view scenario_id, std::string_view actor_id,
                       const std::string& new_id, const std::string& new_name) {
    Scenario* s = c.find_scenario(scenario_id);
    if (!s)
        return {"unknown scenario " + quoted(scenario_id)};
    Actor* actor = s->find_actor(actor_id);
    if (!actor)
        return {"unknown actor " + quoted(actor_id) + " in scenario " + quoted(scenario_id)};
    const std::string old_id(actor_id);
    if (new_id == old_id) {
        actor->name = new_name;
        return {};
    }
    if (auto problem = id_problem(*s, new_id); !problem.empty())
        return {problem};

    const std::set<std::string> from{old_id};
    actor->id = new_id;
    actor->name = new_name;
    rewire(*s, from, new_id);
    move_assignments(*s, from, new_id);
    move_seats(*s, from, new_id);
    if (auto pos = s->positions.find(old_id); pos != s->positions.end()) {
        const Position p = pos->second;
        s->positions.erase(pos);
        s->positions[new_id] = p;
    }
    for (auto& l : c.lineage) {
        if (l.from_scenario == scenario_id)
            replace_ids(l.from_actors, from, new_id);
        if (l.to_scenario == scenario_id && contains(l.to_actors, old_id)) {
            replace_ids(l.to_actors, from, new_id);
            if (l.kind == LineageKind::Identity)
                l.kind = LineageKind::Rename;
            else if (l.kind == LineageKind::Rename && l.from_actors.size() == 1 &&
                     l.from_actors[0] == new_id)
                l.kind = LineageKind::Identity;  // renamed back
        }
    }
    return {};
}

ActResult dissolve_actor(Case& c, std::string_view scenario_id, std::string_view actor_id) {
    Scenario* s = c.find_scenario(scenario_id);
    if (!s)
        return {"unknown scenario " + quoted(scenario_id)};
    if (!s->find_actor(actor_id))
        return {"unknown actor " + quoted(actor_id) + " in scenario " + quoted(scenario_id)};
    const std::string id(actor_id);
    if (auto problem = outgoing_problem(c, scenario_id, {id}); !problem.empty())
        return {problem};

    std::erase_if(s->actors, [&](const Actor& a) { return a.id == id; });
    std::erase_if(s->relations,
                  [&](const Relation& r) { return r.source == id || r.target == id; });
    for (auto& resp : s->responsibilities)
        std::erase_if(resp.assignments, [&](const RaciAssignment& a) { return a.actor == id; });
    for (auto& forum : s->forums)
        std::erase_if(forum.seats, [&](const ForumSeat& seat) { return seat.actor == id; });
    for (auto& agreement : s->agreements) {
        std::erase(agreement.signatories, id);
        std::erase(agreement.addressees, id);
        if (agreement.owner == id)
            agreement.owner.clear();
    }
    for (auto& a : s->actors)
        if (a.parent == id)
            a.parent.clear();
    s->positions.erase(id);

    const auto links = incoming(c, scenario_id, id);
    std::vector<LineageLink> added;
    LineageIds ids(c);
    for (std::size_t i : links) {
        LineageLink& l = c.lineage[i];
        std::erase(l.to_actors, id);
        if (l.to_actors.size() == 1 && l.kind == LineageKind::Split)
            l.kind = one_to_one(l.from_actors.front(), l.to_actors.front());
        if (!l.to_actors.empty())
            continue;
        for (const auto& from : l.from_actors)
            added.push_back(
                make_link(ids, LineageKind::Dissolved, l.from_scenario, l.to_scenario, {from}, {}));
    }
    std::erase_if(c.lineage, [](const LineageLink& l) {
        return l.to_actors.empty() && l.kind != LineageKind::Dissolved;
    });
    c.lineage.insert(c.lineage.end(), added.begin(), added.end());
    return {};
}

void detach_from_later_lineage(Case& c, std::string_view scenario_id, std::string_view actor_id) {
    std::vector<LineageLink> added;
    LineageIds ids(c);
    for (auto& l : c.lineage) {
        if (l.from_scenario != scenario_id || !contains(l.from_actors, actor_id))
            continue;
        std::erase(l.from_actors, std::string(actor_id));
        if (l.from_actors.size() == 1 && l.kind == LineageKind::Merge)
            l.kind = one_to_one(l.from_actors.front(), l.to_actors.front());
        if (!l.from_actors.empty())
            continue;
        for (const auto& to : l.to_actors)
            added.push_back(
                make_link(ids, LineageKind::New, l.from_scenario, l.to_scenario, {}, {to}));
        l.to_actors.clear();  // marks the link for removal below
    }
    std::erase_if(c.lineage, [](const LineageLink& l) {
        return l.from_actors.empty() && l.to_actors.empty();
    });
    c.lineage.insert(c.lineage.end(), added.begin(), added.end());
}

ActResult add_new_actor(Case& c, std::string_view scenario_id, const Actor& actor,
                        std::optional<Position> at) {
    Scenario* s = c.find_scenario(scenario_id);
    if (!s)
        return {"unknown scenario " + quoted(scenario_id)};
    if (auto problem = id_problem(*s, actor.id); !problem.empty())
        return {problem};
    s->actors.push_back(actor);
    if (at)
        s->positions[actor.id] = *at;
    if (const auto from = predecessor(c, scenario_id)) {
        LineageIds ids(c);
        c.lineage.push_back(
            make_link(ids, LineageKind::New, *from, std::string(scenario_id), {}, {actor.id}));
    }
    return {};
}

}  // namespace rk::reorg
