// The structural diagnostics of DOMAIN.md section 1. Each one is a rule over raw numbers
// with thresholds the user can change; it reports the numbers, the rule in Dutch and
// English, and the actors, relations or tasks that cause it, so the GUI can show them.
#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>
#include <unordered_map>

#include "analytics/measures.hpp"

namespace rk::analytics {
namespace {

// Numbers inside rule and summary sentences; NaN reads as "n/a" (the Dutch sentences use
// the same short form, as the tables do for English).
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

Finding make(std::string id, std::string title_nl, std::string title_en) {
    Finding f;
    f.id = std::move(id);
    f.title_nl = std::move(title_nl);
    f.title_en = std::move(title_en);
    return f;
}

Finding eilandenrijk(const NetworkView& g, const AnalysisResult& r, const DiagnosticThresholds& t) {
    Finding f = make("eilandenrijk", "Eilandenrijk", "Archipelago");
    const ComponentInfo comp = weak_components(g);
    const auto& net = r.network;
    f.applicable = g.n >= 2;
    const double isolate_share = g.n > 0 ? double(comp.isolates) / g.n : kNaN;
    f.numbers = {{"actors", g.n},
                 {"components", net.components},
                 {"isolates", comp.isolates},
                 {"isolate_share", isolate_share},
                 {"largest_component_share", g.n > 0 ? double(net.largest_component) / g.n : kNaN},
                 {"fragmentation", net.fragmentation},
                 {"distance_weighted_fragmentation", net.distance_weighted_fragmentation}};
    f.thresholds = {{"fragmentation", t.eilandenrijk_fragmentation},
                    {"isolate_share", t.eilandenrijk_isolate_share}};
    f.rule_nl = "Gemarkeerd als de fragmentatie F >= " + fmt(t.eilandenrijk_fragmentation) +
                " of het aandeel geïsoleerde actoren >= " + fmt(t.eilandenrijk_isolate_share) +
                ": het netwerk valt uiteen in eilanden die niet samenwerken.";
    f.rule_en = "Flagged when fragmentation F >= " + fmt(t.eilandenrijk_fragmentation) +
                " or the share of isolated actors >= " + fmt(t.eilandenrijk_isolate_share) +
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
    f.summary_nl = std::to_string(net.components) + " componenten, " +
                   std::to_string(comp.isolates) + " geïsoleerd, F = " + fmt(net.fragmentation);
    f.summary_en = std::to_string(net.components) + " components, " +
                   std::to_string(comp.isolates) + " isolated, F = " + fmt(net.fragmentation);
    return f;
}

Finding poolse_landdag(const Scenario& s, const AnalysisResult& r, const DiagnosticThresholds& t) {
    Finding f = make("poolse_landdag", "Poolse landdag", "Polish diet");
    int deciders = 0, veto = 0, known = 0;
    for (const auto& a : s.actors) {
        const bool mandate_known = a.mandate.decision != DecisionMandate::Unknown ||
                                   a.mandate.doorzettingsmacht.has_value();
        known += mandate_known || a.power.blocking != PowerLevel::Unknown;
        const bool decides =
            a.mandate.decision == DecisionMandate::Full || a.mandate.doorzettingsmacht == true;
        deciders += decides;
        if (a.power.blocking == PowerLevel::Unique) {
            ++veto;
            f.actors.push_back(a.id);
        }
    }
    const double density = r.network.density;
    f.applicable = known > 0 && !std::isnan(density);
    f.numbers = {{"actors", r.network.nodes},
                 {"density", density},
                 {"deciders", deciders},
                 {"veto_players", veto},
                 {"actors_with_mandate_data", known}};
    f.thresholds = {{"density", t.landdag_density},
                    {"min_actors", t.landdag_min_actors},
                    {"min_veto_players", t.landdag_min_veto_players}};
    f.rule_nl = "Gemarkeerd als het netwerk dicht is (dichtheid >= " + fmt(t.landdag_density) +
                ", minstens " + std::to_string(t.landdag_min_actors) +
                " actoren) en niemand kan besluiten (geen volledig mandaat of doorzettingsmacht) "
                "of minstens " +
                std::to_string(t.landdag_min_veto_players) +
                " actoren unieke blokkeermacht hebben. Zonder gegevens over mandaat: n.v.t.";
    f.rule_en = "Flagged when the network is dense (density >= " + fmt(t.landdag_density) +
                ", at least " + std::to_string(t.landdag_min_actors) +
                " actors) and nobody can decide (no full mandate or doorzettingsmacht) or at "
                "least " +
                std::to_string(t.landdag_min_veto_players) +
                " actors hold unique blocking power. Without mandate data: n/a.";
    f.flagged = f.applicable && density >= t.landdag_density &&
                r.network.nodes >= t.landdag_min_actors &&
                (deciders == 0 || veto >= t.landdag_min_veto_players);
    f.summary_nl = "dichtheid " + fmt(density) + ", " + std::to_string(deciders) +
                   " met doorzettingsmacht, " + std::to_string(veto) + " met veto";
    f.summary_en = "density " + fmt(density) + ", " + std::to_string(deciders) +
                   " able to decide, " + std::to_string(veto) + " with a veto";
    return f;
}

Finding verkokering(const NetworkView& g, const PartitionResult* p, const DiagnosticThresholds& t) {
    Finding f = make("verkokering", "Verkokering", "Silos");
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
    f.summary_nl = p->attribute + ": E-I " + fmt(p->ei) + " (verwacht " + fmt(p->expected_ei) +
                   ", p = " + fmt(p->p_value) + ")";
    f.summary_en = p->attribute + ": E-I " + fmt(p->ei) + " (expected " + fmt(p->expected_ei) +
                   ", p = " + fmt(p->p_value) + ")";
    return f;
}

Finding overlap(const Scenario& s, const DiagnosticThresholds& t) {
    Finding f = make("overlap", "Overlap", "Overlap");
    const Role steering[] = {Role::Regisseur, Role::CoordinerendRegisseur, Role::Toezichthouder};
    int max_same = 0;
    std::set<std::string> actors;
    for (Role role : steering) {
        std::vector<std::string> holders;
        for (const auto& a : s.actors)
            if (has_role(a, role))
                holders.push_back(a.id);
        max_same = std::max<int>(max_same, static_cast<int>(holders.size()));
        if (static_cast<int>(holders.size()) >= t.overlap_min_same_role)
            actors.insert(holders.begin(), holders.end());
    }
    int multi_accountable = 0;
    for (const auto& task : s.responsibilities) {
        int a = 0;
        for (const auto& x : task.assignments)
            a += x.accountable;
        if (a >= 2) {
            ++multi_accountable;
            f.tasks.push_back(task.id);
            for (const auto& x : task.assignments)
                if (x.accountable)
                    actors.insert(x.actor);
        }
    }
    f.actors.assign(actors.begin(), actors.end());
    f.numbers = {{"max_actors_same_steering_role", max_same},
                 {"tasks_with_multiple_accountable", multi_accountable}};
    f.thresholds = {{"min_same_role", t.overlap_min_same_role}};
    f.rule_nl = "Gemarkeerd als minstens " + std::to_string(t.overlap_min_same_role) +
                " actoren dezelfde sturende rol hebben (regisseur, coördinerend regisseur, "
                "toezichthouder) of een taak twee of meer eindverantwoordelijken (A) heeft.";
    f.rule_en = "Flagged when at least " + std::to_string(t.overlap_min_same_role) +
                " actors hold the same steering role (regisseur, coordinating regisseur, "
                "supervisor) or a task has two or more accountable actors (A).";
    f.flagged = max_same >= t.overlap_min_same_role || multi_accountable > 0;
    f.summary_nl = std::to_string(max_same) + " actoren met dezelfde sturende rol, " +
                   std::to_string(multi_accountable) + " taken met meerdere A";
    f.summary_en = std::to_string(max_same) + " actors with the same steering role, " +
                   std::to_string(multi_accountable) + " tasks with several A";
    return f;
}

bool owns(const RaciAssignment& x) {
    return x.responsible || x.accountable;
}

Finding tussen_wal_en_schip(const Scenario& s) {
    Finding f = make("tussen_wal_en_schip", "Tussen wal en schip", "Falling through the cracks");
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
    Finding f = make("vele_handen", "Probleem van de vele handen", "Problem of many hands");
    int max_r = 0, flagged = 0;
    std::set<std::string> actors;
    for (const auto& task : s.responsibilities) {
        int r = 0, a = 0;
        for (const auto& x : task.assignments)
            r += x.responsible, a += x.accountable;
        max_r = std::max(max_r, r);
        if (r >= t.vele_handen_min_responsible && a != 1) {
            ++flagged;
            f.tasks.push_back(task.id);
            for (const auto& x : task.assignments)
                if (x.responsible)
                    actors.insert(x.actor);
        }
    }
    f.actors.assign(actors.begin(), actors.end());
    f.applicable = !s.responsibilities.empty();
    f.numbers = {{"max_responsible_per_task", max_r}, {"tasks_flagged", flagged}};
    f.thresholds = {{"min_responsible", t.vele_handen_min_responsible}};
    f.rule_nl = "Gemarkeerd als een taak minstens " +
                std::to_string(t.vele_handen_min_responsible) +
                " uitvoerenden (R) heeft maar niet precies één eindverantwoordelijke (A): "
                "iedereen is verantwoordelijk, dus niemand.";
    f.rule_en = "Flagged when a task has at least " +
                std::to_string(t.vele_handen_min_responsible) +
                " responsible actors (R) but not exactly one accountable (A): everyone is "
                "responsible, so nobody is.";
    f.flagged = flagged > 0;
    f.summary_nl = std::to_string(flagged) + " taken met vele handen";
    f.summary_en = std::to_string(flagged) + " tasks with many hands";
    return f;
}

Finding multiple_regie(const Scenario& s, const RegieOverlay& o, const DiagnosticThresholds& t) {
    Finding f = make("multiple_regie", "Meervoudige regie", "Multiple regie");
    for (const auto& [actor, directors] : o.multiply_directed) {
        f.actors.push_back(actor);
        for (const auto& rel : s.relations)
            if (rel.layer == Layer::Directs && rel.target == actor)
                f.relations.push_back(rel.id);
    }
    f.applicable = !o.regisseurs.empty();
    f.numbers = {{"regisseurs", static_cast<double>(o.regisseurs.size())},
                 {"multiply_directed", static_cast<double>(o.multiply_directed.size())},
                 {"lub", o.lub},
                 {"cycles", static_cast<double>(o.cycles.size())}};
    f.thresholds = {{"min_regisseurs", t.multiple_regie_min_regisseurs}};
    f.rule_nl = "Gemarkeerd als een actor door minstens " +
                std::to_string(t.multiple_regie_min_regisseurs) +
                " regisseurs wordt aangestuurd (als iedereen regisseert: wie regisseert het "
                "geheel?). LUB < 1 laat zien of er een gemeenschappelijke hogere regisseur is.";
    f.rule_en = "Flagged when an actor is directed by at least " +
                std::to_string(t.multiple_regie_min_regisseurs) +
                " regisseurs (when everyone directs, who directs the whole?). LUB < 1 shows "
                "whether there is a common higher regisseur to escalate to.";
    f.flagged = !o.multiply_directed.empty();
    f.summary_nl = std::to_string(o.multiply_directed.size()) + " actoren met meerdere regisseurs";
    f.summary_en = std::to_string(o.multiply_directed.size()) + " actors with several regisseurs";
    return f;
}

Finding ladder_mismatch(const Scenario& s) {
    Finding f = make("ladder_mismatch", "Participatieladder past niet", "Ladder mismatch");
    int known = 0;
    for (const auto& a : s.actors) {
        if (a.ladder_step == LadderStep::Unknown)
            continue;
        ++known;
        bool directs = false, rules = false;
        for (const auto& r : s.relations) {
            if (r.source != a.id)
                continue;
            directs |= r.layer == Layer::Directs;
            rules |= r.layer == Layer::Directs || r.layer == Layer::Supervision ||
                     r.layer == Layer::FormalAuthority;
        }
        const bool mismatch = (a.ladder_step == LadderStep::Regisseren && !directs) ||
                              (a.ladder_step == LadderStep::Reguleren && !rules) ||
                              (a.ladder_step == LadderStep::Loslaten && directs);
        if (mismatch)
            f.actors.push_back(a.id);
    }
    f.applicable = known > 0;
    f.numbers = {{"actors_with_ladder_step", known},
                 {"mismatches", static_cast<double>(f.actors.size())}};
    f.rule_nl =
        "Gemarkeerd als een overheid op de trede 'regisseren' staat zonder uitgaande "
        "`directs`-relatie, op 'reguleren' zonder uitgaande `directs`, toezicht of "
        "formele bevoegdheid, of op 'loslaten' terwijl zij wel regisseert.";
    f.rule_en =
        "Flagged when a government actor is on the step 'regisseren' without an "
        "outgoing `directs` relation, on 'reguleren' without outgoing `directs`, "
        "supervision or formal authority, or on 'loslaten' while it does direct.";
    f.flagged = !f.actors.empty();
    f.summary_nl = std::to_string(f.actors.size()) + " actoren waarvan trede en relaties botsen";
    f.summary_en = std::to_string(f.actors.size()) + " actors whose step and relations clash";
    return f;
}

Finding symmetry_commitment(const Scenario& s, const Forum& forum) {
    Finding f = make("symmetry_commitment", "Symmetrie en commitment", "Symmetry and commitment");
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
    const DiagnosticThresholds& t = r.settings.thresholds;
    auto& out = r.diagnostics;
    out.push_back(eilandenrijk(g, r, t));
    out.push_back(poolse_landdag(s, r, t));
    if (r.partitions.empty())
        out.push_back(verkokering(g, nullptr, t));
    for (const auto& p : r.partitions)
        out.push_back(verkokering(g, &p, t));
    out.push_back(overlap(s, t));
    out.push_back(tussen_wal_en_schip(s));
    out.push_back(vele_handen(s, t));
    out.push_back(multiple_regie(s, r.regie, t));
    out.push_back(ladder_mismatch(s));
    for (const auto& forum : s.forums)
        out.push_back(symmetry_commitment(s, forum));
    r.conventions["diagnostics"] =
        "Aids to a conversation, not verdicts: each shows its raw numbers, its rule and the "
        "thresholds used; 'applicable' is false when the data it needs is absent.";
}

}  // namespace rk::analytics
