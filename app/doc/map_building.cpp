#include "doc/map_building.hpp"

#include <cmath>
#include <set>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"

namespace rk::doc {

namespace {

double round_tenth(double v) {
    return std::round(v * 10) / 10;
}

std::set<std::string> taken_ids(const Case& c) {
    std::set<std::string> ids;
    for (const auto& s : c.scenarios) {
        for (const auto& a : s.actors)
            ids.insert(a.id);
        for (const auto& r : s.relations)
            ids.insert(r.id);
    }
    return ids;
}

std::string slug(std::string_view name) {
    std::string out;
    for (unsigned char ch : name) {
        const bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (alnum) {
            out += char(ch);
        } else if (ch >= 'A' && ch <= 'Z') {
            out += char(ch - 'A' + 'a');
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
        if (out.size() >= 40)
            break;
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

}  // namespace

Case new_case(Language lang) {
    Case c;
    c.id = "nieuwe-casus";
    c.title = tr(lang, "Nieuwe casus", "New case");
    Scenario s;
    s.id = "s1";
    s.name = tr(lang, "Huidige situatie", "Current situation");
    c.scenarios.push_back(std::move(s));
    return c;
}

std::string actor_id_for_name(const Case& c, std::string_view name) {
    const std::set<std::string> taken = taken_ids(c);
    const std::string base = slug(name);
    if (base.empty())
        return fresh_actor_id(c, "actor-");
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        std::string id = base + "-" + std::to_string(n);
        if (!taken.contains(id))
            return id;
    }
}

CommandPtr add_actor_at(const Case& c, const std::string& scenario, std::string_view name,
                        Position at) {
    if (name.empty())
        return nullptr;
    Actor a;
    a.id = actor_id_for_name(c, name);
    a.name = std::string(name);
    at.x = round_tenth(at.x);
    at.y = round_tenth(at.y);
    return add_actor(c, scenario, std::move(a), at);
}

bool layer_directed_by_default(Layer layer) {
    switch (layer) {
        case Layer::Collaboration:
        case Layer::Membership:
        case Layer::Conflict:
            return false;
        default:
            return true;
    }
}

CommandPtr draw_relation(const Case& c, const std::string& scenario, const std::string& source,
                         const std::string& target, Layer layer) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s || source == target || !s->find_actor(source) || !s->find_actor(target))
        return nullptr;
    Relation r;
    r.id = fresh_relation_id(c);
    r.source = source;
    r.target = target;
    r.layer = layer;
    r.directed = layer_directed_by_default(layer);
    return add_relation(c, scenario, std::move(r));
}

std::vector<Vec2d> grid_positions(std::size_t n, Vec2d centre, double spacing) {
    std::vector<Vec2d> out;
    if (n == 0)
        return out;
    const auto cols = static_cast<std::size_t>(std::ceil(std::sqrt(double(n))));
    const std::size_t rows = (n + cols - 1) / cols;
    const double x0 = centre.x - spacing * double(cols - 1) / 2;
    const double y0 = centre.y - spacing * double(rows - 1) / 2;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back({round_tenth(x0 + spacing * double(i % cols)),
                       round_tenth(y0 + spacing * double(i / cols))});
    }
    return out;
}

std::vector<std::string> paste_actors(Document& doc, const std::vector<ListedActor>& list,
                                      Vec2d centre, double spacing) {
    std::vector<std::string> ids;
    if (list.empty() || !doc.scenario())
        return ids;
    const std::string scenario = doc.scenario_id();
    const std::vector<Vec2d> at = grid_positions(list.size(), centre, spacing);
    const std::string n = std::to_string(list.size());
    doc.begin_group(bilingual(n + " actoren geplakt", n + " actors pasted"));
    for (std::size_t i = 0; i < list.size(); ++i) {
        Actor a;
        a.id = actor_id_for_name(doc.data(), list[i].name);
        a.name = list[i].name;
        a.short_name = list[i].short_name;
        a.type = list[i].type;
        a.bestuurslaag = list[i].bestuurslaag;
        ids.push_back(a.id);
        doc.execute(
            add_actor(doc.data(), scenario, std::move(a), Position{at[i].x, at[i].y, false}));
    }
    doc.end_group();
    doc.selection().clear();
    for (const auto& id : ids)
        doc.selection().select_actor(id, true);
    return ids;
}

CommandPtr align_actors(const Case& c, const std::string& scenario,
                        const std::vector<std::string>& ids, Alignment how) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    MoveCommand::Positions before, after;
    double sum = 0;
    for (const auto& id : ids) {
        auto it = s->positions.find(id);
        if (it == s->positions.end())
            continue;
        before.emplace_back(id, it->second);
        sum += how == Alignment::Horizontal ? it->second.y : it->second.x;
    }
    if (before.size() < 2)
        return nullptr;
    const double line = round_tenth(sum / double(before.size()));
    bool moves = false;
    for (const auto& [id, p] : before) {
        Position q = *p;
        (how == Alignment::Horizontal ? q.y : q.x) = line;
        moves |= !(q == *p);
        after.emplace_back(id, q);
    }
    if (!moves)
        return nullptr;
    return std::make_unique<MoveCommand>(
        how == Alignment::Horizontal ? bilingual("Horizontaal uitlijnen", "Align horizontally")
                                     : bilingual("Verticaal uitlijnen", "Align vertically"),
        scenario, std::move(before), std::move(after));
}

}  // namespace rk::doc
