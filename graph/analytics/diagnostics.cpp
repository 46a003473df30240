// The structural diagnostics of DOMAIN.md section 1. Each one is a rule over raw numbers
// with thresholds the user can change; it reports the numbers, the rule in Dutch and
// English, and the actors, relations or tasks that cause it, so the GUI can show them.
#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <set>
#include <sstream>
#include <unordered_map>

#include "analytics/diagnostic_rules.hpp"
#include "analytics/measures.hpp"

namespace rk::analytics {
namespace rules {

std::string fmt(double v) {
    if (std::isnan(v))
        return "n/a";
    std::ostringstream s;
    s << v;
    return s.str();
}

bool has_role(const Actor& a, Role r) {
    return std::find(a.roles.begin(), a.roles.end(), r) != a.roles.end();
}

Finding make_finding(std::string id, std::string title_nl, std::string title_en) {
    Finding f;
    f.id = std::move(id);
    f.title_nl = std::move(title_nl);
    f.title_en = std::move(title_en);
    return f;
}

int party_count(const Actor& a) {
    return std::max(1, a.member_count.value_or(1));
}

namespace {
void count(Finding& f, const Evidence& e) {
    ++f.evidence.items;
    f.evidence.inferred += e.inferred();
}
}  // namespace

void count_relation(Finding& f, const Relation& r) {
    count(f, r.evidence);
}

void count_letter(Finding& f, const RaciAssignment& x) {
    count(f, x.evidence);
}

void count_role(Finding& f, const Actor& a, Role role) {
    auto it = a.role_evidence.find(role);
    count(f, it == a.role_evidence.end() ? Evidence{} : it->second);
}

void add_detail(Finding& f, std::string nl, std::string en) {
    if (f.details_nl.size() < kMaxDetails) {
        f.details_nl.push_back(std::move(nl));
        f.details_en.push_back(std::move(en));
    } else if (f.details_nl.size() == kMaxDetails) {
        f.details_nl.push_back("... (meer regels weggelaten; de getallen tellen alles)");
        f.details_en.push_back("... (more lines left out; the numbers count them all)");
    }
}

}  // namespace rules

namespace {

using namespace rules;

// The evidence of the relations that make up the analysed network: those of the analysed
// layers between two different actors (the hub ties of agreements are not relations of the
// case). One pass, O(m) without hashing: at 250,000 relations a lookup by id per tie cost
// more than the rest of the diagnostics together.
Finding::EvidenceShare network_evidence(const Scenario& s, const AnalysisSettings& settings) {
    std::array<bool, kLayerCount> analysed{};
    for (Layer l : analysed_layers(settings))
        analysed[static_cast<std::size_t>(l)] = true;
    Finding::EvidenceShare e;
    for (const auto& r : s.relations)
        if (analysed[static_cast<std::size_t>(r.layer)] && r.source != r.target) {
            ++e.items;
            e.inferred += r.evidence.inferred();
        }
    return e;
}

Finding eilandenrijk(const Scenario& s, const NetworkView& g, const AnalysisResult& r,
                     const DiagnosticThresholds& t, const Finding::EvidenceShare& evidence) {
    Finding f = make_finding("eilandenrijk", "Eilandenrijk", "Eilandenrijk (archipelago)");
    const ComponentInfo comp = weak_components(g);
    const auto& net = r.network;
    f.applicable = g.n >= 2;
    // "Te veel partijen": a collective node counts as the organisations it stands for, so an
    // isolated "29 omgevingsdiensten" weighs 29. Vertices past the actors (agreement hubs)
    // are no parties.
    int parties = 0, isolated_parties = 0;
    for (int v = 0; v < g.n && v < static_cast<int>(s.actors.size()); ++v) {
        const int k = party_count(s.actors[v]);
        parties += k;
        isolated_parties += g.out_degree(v) + g.in_degree(v) == 0 ? k : 0;
    }
    const double isolate_share = parties > 0 ? double(isolated_parties) / parties : kNaN;
    f.numbers = {{"actors", g.n},
                 {"parties", parties},
                 {"components", net.components},
                 {"isolates", comp.isolates},
                 {"isolated_parties", isolated_parties},
                 {"isolate_share", isolate_share},
                 {"largest_component_share", g.n > 0 ? double(net.largest_component) / g.n : kNaN},
                 {"fragmentation", net.fragmentation},
                 {"distance_weighted_fragmentation", net.distance_weighted_fragmentation}};
    f.thresholds = {{"fragmentation", t.eilandenrijk_fragmentation},
                    {"isolate_share", t.eilandenrijk_isolate_share}};
    f.rule_nl = "Gemarkeerd als de fragmentatie F >= " + fmt(t.eilandenrijk_fragmentation) +
                " of het aandeel geïsoleerde partijen >= " + fmt(t.eilandenrijk_isolate_share) +
                " (collectieven tellen als hun aantal leden)" +
                ": het netwerk valt uiteen in eilanden die niet samenwerken.";
    f.rule_en = "Flagged when fragmentation F >= " + fmt(t.eilandenrijk_fragmentation) +
                " or the share of isolated parties >= " + fmt(t.eilandenrijk_isolate_share) +
                " (collectives count as their member count)" +
                ": the network falls apart into islands that do not cooperate.";
    f.flagged = f.applicable && (net.fragmentation >= t.eilandenrijk_fragmentation ||
                                 isolate_share >= t.eilandenrijk_isolate_share);
    // Evidence: everyone outside the largest component.
    int largest = -1;
    for (int c = 0; c < static_cast<int>(comp.sizes.size()); ++c)
        if (largest < 0 || comp.sizes[c] > comp.sizes[largest])
            largest = c;
    for (int v = 0; v < g.n; ++v)
        if (comp.component[v] != largest)
            f.actors.push_back(g.ids[v]);
    f.evidence = evidence;
    f.summary_nl = std::to_string(net.components) + " componenten, " +
                   std::to_string(comp.isolates) + " geïsoleerd, F = " + fmt(net.fragmentation);
    f.summary_en = std::to_string(net.components) + " components, " +
                   std::to_string(comp.isolates) + " isolated, F = " + fmt(net.fragmentation);
    return f;
}

Finding verkokering(const NetworkView& g, const PartitionResult* p, const DiagnosticThresholds& t,
                    const Finding::EvidenceShare& evidence) {
    Finding f = make_finding("verkokering", "Verkokering", "Verkokering (silos)");
    f.thresholds = {{"ei", t.verkokering_ei}, {"alpha", t.verkokering_alpha}};
    f.rule_nl =
        "Gemarkeerd als de E-I-index voor de indeling <= " + fmt(t.verkokering_ei) +
        ", lager dan verwacht bij willekeurige menging, met p <= " + fmt(t.verkokering_alpha) +
        ": banden blijven binnen de kokers.";
    f.rule_en =
        "Flagged when the E-I index of the partition <= " + fmt(t.verkokering_ei) +
        ", below its expected value under random mixing, with p <= " + fmt(t.verkokering_alpha) +
        ": ties stay inside the columns.";
    if (!p) {
        f.applicable = false;
        f.summary_nl = "geen indeling (koker, sector, bestuurslaag) opgegeven of bekend";
        f.summary_en = "no partition (koker, sector, bestuurslaag) given or known";
        return f;
    }
    f.subject = p->attribute;
    f.applicable = !std::isnan(p->ei);
    f.numbers = {{"ei", p->ei},
                 {"expected_ei", p->expected_ei},
                 {"p_value", p->p_value},
                 {"permutations", p->permutations},
                 {"internal_ties", p->internal_ties},
                 {"external_ties", p->external_ties},
                 {"modularity", p->modularity},
                 {"assortativity", p->assortativity},
                 {"groups", static_cast<double>(p->groups.size())}};
    // With no permutation run, the p-value part of the rule cannot be checked.
    const bool significant = std::isnan(p->p_value) || p->p_value <= t.verkokering_alpha;
    f.flagged = f.applicable && p->ei <= t.verkokering_ei && p->ei < p->expected_ei && significant;
    for (int v = 0; v < g.n; ++v)
        if (p->actor_ei[v] <= t.verkokering_ei)
            f.actors.push_back(g.ids[v]);
    f.evidence = evidence;
    f.summary_nl = p->attribute + ": E-I " + fmt(p->ei) + " (verwacht " + fmt(p->expected_ei) +
                   ", p = " + fmt(p->p_value) + ")";
    f.summary_en = p->attribute + ": E-I " + fmt(p->ei) + " (expected " + fmt(p->expected_ei) +
                   ", p = " + fmt(p->p_value) + ")";
    return f;
}

bool owns(const RaciAssignment& x) {
    return x.responsible || x.accountable;
}

Finding tussen_wal_en_schip(const Scenario& s) {
    Finding f = make_finding("tussen_wal_en_schip", "Tussen wal en schip",
                             "Tussen wal en schip (falling through the cracks)");
    std::unordered_map<std::string_view, const Responsibility*> by_id;
    for (const auto& task : s.responsibilities)
        by_id.emplace(task.id, &task);
    int no_r = 0, no_a = 0, handovers = 0, unowned = 0;
    std::set<std::string> tasks;
    for (const auto& task : s.responsibilities) {
        bool r = false, a = false;
        for (const auto& x : task.assignments)
            r |= x.responsible, a |= x.accountable;
        if (!r)
            ++no_r, tasks.insert(task.id);
        if (!a)
            ++no_a, tasks.insert(task.id);
        if (task.follows.empty())
            continue;
        ++handovers;
        // A hand-over is owned when someone holds R or A on both sides of it.
        auto prev = by_id.find(task.follows);
        bool owned = false;
        if (prev != by_id.end())
            for (const auto& x : task.assignments)
                for (const auto& y : prev->second->assignments)
                    owned |= owns(x) && owns(y) && x.actor == y.actor;
        if (!owned) {
            ++unowned;
            tasks.insert(task.id);
            if (prev != by_id.end())
                tasks.insert(prev->second->id);
        }
    }
    f.tasks.assign(tasks.begin(), tasks.end());
    // Evidence: the letters recorded on the tasks that show a gap.
    for (const auto& id : f.tasks)
        for (const auto& x : by_id.at(id)->assignments)
            count_letter(f, x);
    f.applicable = !s.responsibilities.empty();
    f.numbers = {{"tasks", static_cast<double>(s.responsibilities.size())},
                 {"tasks_without_responsible", no_r},
                 {"tasks_without_accountable", no_a},
                 {"handovers", handovers},
                 {"handovers_without_owner", unowned}};
    f.rule_nl =
        "Gemarkeerd als een taak geen uitvoerende (R) of geen eindverantwoordelijke (A) "
        "heeft, of als bij een overdracht tussen twee schakels van de keten niemand R "
        "of A is aan beide kanten.";
    f.rule_en =
        "Flagged when a task has no responsible (R) or no accountable (A) actor, or "
        "when nobody holds R or A on both sides of a hand-over between two links of "
        "the chain.";
    f.flagged = f.applicable && (no_r + no_a + unowned) > 0;
    f.summary_nl = std::to_string(no_r) + " taken zonder R, " + std::to_string(no_a) +
                   " zonder A, " + std::to_string(unowned) + " overdrachten zonder eigenaar";
    f.summary_en = std::to_string(no_r) + " tasks without R, " + std::to_string(no_a) +
                   " without A, " + std::to_string(unowned) + " hand-overs without an owner";
    return f;
}

Finding vele_handen(const Scenario& s, const DiagnosticThresholds& t) {
    Finding f = make_finding("vele_handen", "Probleem van de vele handen", "Problem of many hands");
    std::unordered_map<std::string_view, const Actor*> actor_by_id;
    for (const auto& a : s.actors)
        actor_by_id.emplace(a.id, &a);
    // Responsible parties: a collective holding R ("13 gemeenten") counts as its members.
    auto parties = [&](const RaciAssignment& x) {
        auto it = actor_by_id.find(x.actor);
        return it == actor_by_id.end() ? 1 : party_count(*it->second);
    };
    int max_r = 0, flagged = 0;
    std::set<std::string> actors;
    for (const auto& task : s.responsibilities) {
        int r = 0, a = 0;
        for (const auto& x : task.assignments)
            r += x.responsible ? parties(x) : 0, a += x.accountable;
        max_r = std::max(max_r, r);
        if (r >= t.vele_handen_min_responsible && a != 1) {
            ++flagged;
            f.tasks.push_back(task.id);
            for (const auto& x : task.assignments) {
                if (x.responsible)
                    actors.insert(x.actor);
                if (x.responsible || x.accountable)
                    count_letter(f, x);
            }
        }
    }
    f.actors.assign(actors.begin(), actors.end());
    f.applicable = !s.responsibilities.empty();
    f.numbers = {{"max_responsible_parties_per_task", max_r}, {"tasks_flagged", flagged}};
    f.thresholds = {{"min_responsible", t.vele_handen_min_responsible}};
    f.rule_nl = "Gemarkeerd als een taak minstens " +
                std::to_string(t.vele_handen_min_responsible) +
                " uitvoerende partijen (R; een collectief telt als zijn aantal leden) heeft "
                "maar niet precies één eindverantwoordelijke (A): "
                "iedereen is verantwoordelijk, dus niemand.";
    f.rule_en = "Flagged when a task has at least " +
                std::to_string(t.vele_handen_min_responsible) +
                " responsible parties (R; a collective counts as its member count) but not "
                "exactly one accountable (A): everyone is "
                "responsible, so nobody is.";
    f.flagged = flagged > 0;
    f.summary_nl = std::to_string(flagged) + " taken met vele handen";
    f.summary_en = std::to_string(flagged) + " tasks with many hands";
    return f;
}

Finding symmetry_commitment(const Scenario& s, const Forum& forum) {
    Finding f =
        make_finding("symmetry_commitment", "Symmetrie en commitment", "Symmetry and commitment");
    f.subject = forum.id;
    int symmetric = 0, committed = 0, unknown = 0;
    for (const auto& seat : forum.seats) {
        std::optional<bool> commitment = seat.commitment;
        if (!commitment)
            if (const Actor* a = s.find_actor(seat.actor))
                commitment = a->mandate.commitment_power;
        if (!seat.symmetric || !commitment) {
            ++unknown;
            continue;
        }
        symmetric += *seat.symmetric;
        committed += *commitment;
        if (!*seat.symmetric || !*commitment)
            f.actors.push_back(seat.actor);
    }
    const int seats = static_cast<int>(forum.seats.size());
    f.applicable = seats > 0 && unknown == 0;
    f.numbers = {{"seats", seats},
                 {"symmetric_seats", symmetric},
                 {"committed_seats", committed},
                 {"seats_unknown", unknown}};
    f.rule_nl =
        "Per overlegtafel (seed 002): symmetrie en commitment bij alle vertegenwoordigers "
        "= makkelijk proces; symmetrie zonder commitment = mandaten nodig; commitment "
        "zonder symmetrie = escaleren naar hoger niveau; geen van beide = geen "
        "succesvolle samenwerking mogelijk. Gemarkeerd als het niet het eerste kwadrant "
        "is; n.v.t. als van een zetel iets onbekend is.";
    f.rule_en =
        "Per forum (seed 002): symmetry and commitment at every seat = easy process; "
        "symmetry without commitment = mandates needed; commitment without symmetry = "
        "escalate to a higher level; neither = no successful cooperation possible. "
        "Flagged unless in the first quadrant; n/a when a seat is unknown.";
    const bool all_sym = symmetric == seats, all_com = committed == seats;
    if (!f.applicable) {
        f.summary_nl = forum.name + ": kwadrant onbekend";
        f.summary_en = forum.name + ": quadrant unknown";
        return f;
    }
    f.flagged = !(all_sym && all_com);
    f.numbers["quadrant"] = all_sym ? (all_com ? 1 : 2) : (all_com ? 3 : 4);
    f.summary_nl = forum.name + ": " +
                   (all_sym ? (all_com ? "makkelijk proces" : "mandaten nodig")
                            : (all_com ? "escaleren" : "geen succesvolle samenwerking"));
    f.summary_en = forum.name + ": " +
                   (all_sym ? (all_com ? "easy process" : "mandates needed")
                            : (all_com ? "escalate" : "no successful cooperation"));
    return f;
}

}  // namespace

void run_diagnostics(const Scenario& s, const NetworkView& g, AnalysisResult& r) {
    run_diagnostics(s, ScenarioIndex(s), g, r);
}

void run_diagnostics(const Scenario& s, const ScenarioIndex& index, const NetworkView& g,
                     AnalysisResult& r) {
    assert(index.relation_count() == static_cast<int>(s.relations.size()));
    const DiagnosticThresholds& t = r.settings.thresholds;
    auto& out = r.diagnostics;
    const Finding::EvidenceShare network = network_evidence(s, r.settings);
    out.push_back(eilandenrijk(s, g, r, t, network));
    for (auto& f : poolse_landdag(s, index, g, t))
        out.push_back(std::move(f));
    if (r.partitions.empty())
        out.push_back(verkokering(g, nullptr, t, network));
    for (const auto& p : r.partitions)
        out.push_back(verkokering(g, &p, t, network));
    out.push_back(overlap(s, index, t));
    out.push_back(tussen_wal_en_schip(s));
    out.push_back(vele_handen(s, t));
    out.push_back(multiple_regie(s, r.regie, t));
    out.push_back(ladder_mismatch(s));
    for (const auto& forum : s.forums)
        out.push_back(symmetry_commitment(s, forum));
    r.conventions["diagnostics"] =
        "Aids to a conversation, not verdicts: each shows its raw numbers, its rule and the "
        "thresholds used; 'applicable' is false when the data it needs is absent. Each states "
        "how much of its evidence is inferred: the share of the relations, responsibility "
        "letters and roles behind it whose evidence basis is `modelling_choice` (unknown "
        "basis counts as not inferred). Collectives count as their member_count where a rule "
        "counts parties (eilandenrijk, Poolse landdag, vele handen).";
}

}  // namespace rk::analytics
