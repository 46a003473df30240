// Participation ladder (ROB 2012, seed 003) against what an actor does in the network: the
// step a government says it takes and the relations it has should not contradict each other.
#include <set>
#include <unordered_map>

#include "analytics/diagnostic_rules.hpp"

namespace rk::analytics::rules {
namespace {

bool rules_layer(Layer l) {
    return l == Layer::Directs || l == Layer::Supervision || l == Layer::FormalAuthority;
}

}  // namespace

Finding ladder_mismatch(const Scenario& s) {
    Finding f = make_finding("ladder_mismatch", "Participatieladder past niet", "Ladder mismatch");
    int known = 0;
    std::set<const Relation*> evidence;
    // Outgoing relations per actor, read once: O(n + m) instead of a scan per actor.
    std::unordered_map<std::string_view, std::vector<const Relation*>> outgoing;
    for (const auto& r : s.relations)
        if (r.source != r.target)
            outgoing[r.source].push_back(&r);
    for (const auto& a : s.actors) {
        if (a.ladder_step == LadderStep::Unknown)
            continue;
        ++known;
        std::vector<const Relation*> directs, rules;
        for (const Relation* r : outgoing[a.id]) {
            if (r->layer == Layer::Directs)
                directs.push_back(r);
            if (rules_layer(r->layer))
                rules.push_back(r);
        }
        // Faciliteren and loslaten leave the steering to others: directing contradicts them.
        const bool steps_back =
            a.ladder_step == LadderStep::Faciliteren || a.ladder_step == LadderStep::Loslaten;
        const bool mismatch = (a.ladder_step == LadderStep::Regisseren && directs.empty()) ||
                              (a.ladder_step == LadderStep::Reguleren && rules.empty()) ||
                              (steps_back && !directs.empty());
        if (!mismatch)
            continue;
        f.actors.push_back(a.id);
        for (const auto* r : steps_back ? directs : std::vector<const Relation*>{}) {
            f.relations.push_back(r->id);
            evidence.insert(r);
        }
        const std::string step(label(a.ladder_step, Language::Dutch));
        add_detail(f,
                   a.id + ": trede '" + step + "', " + std::to_string(directs.size()) +
                       " uitgaande `directs`",
                   a.id + ": step '" + step + "', " + std::to_string(directs.size()) +
                       " outgoing `directs`");
    }
    for (const auto* r : evidence)
        count_relation(f, *r);
    f.applicable = known > 0;
    f.numbers = {{"actors_with_ladder_step", known},
                 {"mismatches", static_cast<double>(f.actors.size())}};
    f.rule_nl =
        "Gemarkeerd als een overheid op de trede 'regisseren' staat zonder uitgaande "
        "`directs`-relatie, op 'reguleren' zonder uitgaande `directs`, toezicht of "
        "formele bevoegdheid, of op 'faciliteren' of 'loslaten' terwijl zij wel regisseert "
        "(uitgaande `directs`).";
    f.rule_en =
        "Flagged when a government actor is on the step 'regisseren' without an "
        "outgoing `directs` relation, on 'reguleren' without outgoing `directs`, "
        "supervision or formal authority, or on 'faciliteren' or 'loslaten' while it does "
        "direct (outgoing `directs`).";
    f.flagged = !f.actors.empty();
    f.summary_nl = std::to_string(f.actors.size()) + " actoren waarvan trede en relaties botsen";
    f.summary_en = std::to_string(f.actors.size()) + " actors whose step and relations clash";
    return f;
}

}  // namespace rk::analytics::rules
