// Poolse landdag per forum: the parties meet, but nobody can decide. The seeds' remedy is
// doorzettingsmacht, so the rule looks where parties meet (each forum of the scenario), not
// at the whole network: the members, how densely they are tied among themselves, who has
// doorzettingsmacht and who holds a veto (unique blokkeermacht).
#include <algorithm>
#include <set>

#include "analytics/diagnostic_rules.hpp"

namespace rk::analytics::rules {
namespace {

struct ForumCount {
    std::vector<int> members;  // vertices of the view, distinct
    int parties = 0;           // collectives count as their member_count
    int deciders = 0;          // doorzettingsmacht recorded true
    int without_power = 0;     // doorzettingsmacht recorded false
    int unknown = 0;           // doorzettingsmacht not recorded
    int veto = 0;              // unique blocking power
    int ties = 0;              // member pairs with a tie (either direction)
    double density = kNaN;
};

ForumCount count_forum(const Scenario& s, const Forum& forum, const NetworkView& g,
                       const ScenarioIndex& index, Finding& f) {
    ForumCount c;
    for (const auto& seat : forum.seats) {
        const int v = index.find(seat.actor);  // actor i is vertex i of the view
        if (v < 0 || std::find(c.members.begin(), c.members.end(), v) != c.members.end())
            continue;
        const Actor* a = &s.actors[v];
        c.members.push_back(v);
        c.parties += party_count(*a);
        if (!a->mandate.doorzettingsmacht)
            ++c.unknown;
        else if (*a->mandate.doorzettingsmacht)
            ++c.deciders;
        else
            ++c.without_power;
        if (a->power.blocking == PowerLevel::Unique) {
            ++c.veto;
            f.actors.push_back(a->id);
        }
    }
    const int k = static_cast<int>(c.members.size());
    // Ties among members, read from the view's edges (layers and level already applied).
    std::vector<char> member(g.n, 0);
    for (int v : c.members)
        member[v] = 1;
    std::vector<std::pair<int, int>> pairs;
    std::set<const Relation*> relations;  // a relation may sit on two arcs of a directed view
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const auto& edge = g.edges[e];
        if (!member[edge.u] || !member[edge.v] || edge.u == edge.v)
            continue;
        pairs.emplace_back(std::min(edge.u, edge.v), std::max(edge.u, edge.v));
        for (const int k : g.relations_of(e)) {
            const int r = index.find_relation(g.relation_ids[k]);  // hub ties are no relation
            if (r >= 0)
                relations.insert(&s.relations[r]);
        }
    }
    for (const Relation* r : relations) {
        f.relations.push_back(r->id);
        count_relation(f, *r);
    }
    std::sort(pairs.begin(), pairs.end());
    c.ties = static_cast<int>(std::unique(pairs.begin(), pairs.end()) - pairs.begin());
    c.density = k >= 2 ? c.ties / (double(k) * (k - 1) / 2) : kNaN;
    return c;
}

Finding forum_finding(const Scenario& s, const Forum& forum, const NetworkView& g,
                      const ScenarioIndex& index, const DiagnosticThresholds& t) {
    Finding f = make_finding("poolse_landdag", "Poolse landdag", "Poolse landdag (Polish diet)");
    f.subject = forum.id;
    const ForumCount c = count_forum(s, forum, g, index, f);
    const int k = static_cast<int>(c.members.size());
    // Nobody can decide only when the case says so for every member: one member with
    // doorzettingsmacht settles it; an unrecorded member leaves it open.
    const bool decision_known = c.deciders > 0 || c.unknown == 0;
    const bool nobody_decides = c.deciders == 0 && c.unknown == 0;
    const bool many_veto = c.veto >= t.landdag_min_veto_players;
    f.applicable = k >= 2 && (decision_known || many_veto);
    f.numbers = {{"members", k},
                 {"parties", c.parties},
                 {"member_ties", c.ties},
                 {"density", c.density},
                 {"with_doorzettingsmacht", c.deciders},
                 {"without_doorzettingsmacht", c.without_power},
                 {"doorzettingsmacht_unknown", c.unknown},
                 {"veto_players", c.veto}};
    f.thresholds = {{"density", t.landdag_density},
                    {"min_parties", t.landdag_min_actors},
                    {"min_veto_players", t.landdag_min_veto_players}};
    f.flagged = f.applicable && c.density >= t.landdag_density &&
                c.parties >= t.landdag_min_actors && (nobody_decides || many_veto);
    if (f.flagged && nobody_decides)
        for (int v : c.members)
            f.actors.push_back(g.ids[v]);
    std::sort(f.actors.begin(), f.actors.end());
    f.actors.erase(std::unique(f.actors.begin(), f.actors.end()), f.actors.end());
    std::sort(f.relations.begin(), f.relations.end());
    f.relations.erase(std::unique(f.relations.begin(), f.relations.end()), f.relations.end());
    f.rule_nl =
        "Per overlegtafel: gemarkeerd als de tafel dicht is (dichtheid tussen de leden >= " +
        fmt(t.landdag_density) + ", minstens " + std::to_string(t.landdag_min_actors) +
        " partijen, collectieven tellen als hun aantal leden) en volgens de casus "
        "niemand doorzettingsmacht heeft, of minstens " +
        std::to_string(t.landdag_min_veto_players) +
        " leden unieke blokkeermacht (veto) hebben. N.v.t. als van een lid niet is "
        "vastgelegd of het doorzettingsmacht heeft (en er niet genoeg veto's zijn).";
    f.rule_en = "Per forum: flagged when the forum is dense (density among its members >= " +
                fmt(t.landdag_density) + ", at least " + std::to_string(t.landdag_min_actors) +
                " parties, collectives counting as their member count) and the case records "
                "that nobody has doorzettingsmacht, or at least " +
                std::to_string(t.landdag_min_veto_players) +
                " members hold unique blocking power (a veto). N/a when it is not recorded "
                "whether a member has doorzettingsmacht (and there are not enough vetoes).";
    const std::string name = forum.name.empty() ? forum.id : forum.name;
    if (k < 2) {
        f.summary_nl = name + ": minder dan twee leden in het netwerk";
        f.summary_en = name + ": fewer than two members in the network";
    } else if (!f.applicable) {
        f.summary_nl = name + ": van " + std::to_string(c.unknown) + " van de " +
                       std::to_string(k) + " leden is doorzettingsmacht niet vastgelegd";
        f.summary_en = name + ": doorzettingsmacht not recorded for " + std::to_string(c.unknown) +
                       " of " + std::to_string(k) + " members";
    } else {
        f.summary_nl = name + ": dichtheid " + fmt(c.density) + ", " + std::to_string(c.deciders) +
                       " met doorzettingsmacht, " + std::to_string(c.veto) + " met veto";
        f.summary_en = name + ": density " + fmt(c.density) + ", " + std::to_string(c.deciders) +
                       " with doorzettingsmacht, " + std::to_string(c.veto) + " with a veto";
    }
    return f;
}

}  // namespace

std::vector<Finding> poolse_landdag(const Scenario& s, const ScenarioIndex& index,
                                    const NetworkView& g, const DiagnosticThresholds& t) {
    std::vector<Finding> out;
    for (const auto& forum : s.forums)
        out.push_back(forum_finding(s, forum, g, index, t));
    if (!out.empty())
        return out;
    Finding f = make_finding("poolse_landdag", "Poolse landdag", "Poolse landdag (Polish diet)");
    f.applicable = false;
    f.rule_nl = "Per overlegtafel (forum) van de casus; zonder overlegtafel n.v.t.";
    f.rule_en = "Per forum of the case; without a forum n/a.";
    f.summary_nl = "geen overlegtafel vastgelegd";
    f.summary_en = "no forum recorded";
    return {f};
}

}  // namespace rk::analytics::rules
