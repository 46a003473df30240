// Overlap, as seed 002 defines it: "overlappende bevoegdheden en daardoor veel disfunctioneel
// conflict" (remedy: "heldere afbakening van taken"). Both halves must be in the case:
// - competence: actor i is competent over object o when it has a `directs`, `supervision` or
//   `formal_authority` relation to actor o, or is accountable (A) on task o;
// - two actors competent over the same object form an overlapping pair, unless the task is
//   marked as deliberately shared or both are collectives that each answer for their own
//   members ("provincies" and "gemeenten" accountable for their own services);
// - the finding is flagged only when an overlapping pair also has a `conflict` relation.
// Pairs without recorded conflict are listed as information. Role labels alone ("three
// regisseurs") never flag it: holding the same title is not competence over the same object.
#include <algorithm>
#include <map>
#include <set>

#include "analytics/diagnostic_rules.hpp"

namespace rk::analytics::rules {
namespace {

bool gives_competence(Layer layer) {
    return layer == Layer::Directs || layer == Layer::Supervision ||
           layer == Layer::FormalAuthority;
}

// One way an actor is competent over an object: a relation or an A letter.
struct Competence {
    int actor = -1;
    const Relation* relation = nullptr;
    const RaciAssignment* letter = nullptr;
};

struct Object {
    std::string label_nl, label_en;
    std::string task_id;  // set for a task
    std::vector<Competence> holders;
};

// The objects over which two or more actors are competent, keyed "a:<actor>" or "t:<task>".
std::map<std::string, Object> competences(const Scenario& s, const ScenarioIndex& index,
                                          int& shared_tasks_left_out) {
    std::map<std::string, Object> objects;
    for (int k = 0; k < index.relation_count(); ++k) {
        const Relation& r = s.relations[k];
        const ScenarioIndex::Ends e = index.ends(k);
        if (!gives_competence(r.layer) || r.source == r.target || !e.known())
            continue;
        Object& o = objects["a:" + r.target];
        o.label_nl = o.label_en = r.target;
        o.holders.push_back({e.source, &r, nullptr});
    }
    for (const auto& task : s.responsibilities) {
        if (task.shared) {  // deliberately shared: joint accountability is the design
            ++shared_tasks_left_out;
            continue;
        }
        for (const auto& x : task.assignments) {
            const int a = index.find(x.actor);
            if (!x.accountable || a < 0)
                continue;
            Object& o = objects["t:" + task.id];
            o.label_nl = "taak " + task.id;
            o.label_en = "task " + task.id;
            o.task_id = task.id;
            o.holders.push_back({a, nullptr, &x});
        }
    }
    return objects;
}

struct Pair {
    std::vector<const Object*> objects;
    std::vector<Competence> competences;
    std::vector<const Relation*> conflicts;
};

// Conflict relations per unordered actor pair (i < j), read once: O(m).
std::map<std::pair<int, int>, std::vector<const Relation*>> conflicts_by_pair(
    const Scenario& s, const ScenarioIndex& index) {
    std::map<std::pair<int, int>, std::vector<const Relation*>> out;
    for (int k = 0; k < index.relation_count(); ++k) {
        const ScenarioIndex::Ends e = index.ends(k);
        if (index.layer(k) != Layer::Conflict || !e.known() || e.self_loop())
            continue;
        out[{std::min(e.source, e.target), std::max(e.source, e.target)}].push_back(
            &s.relations[k]);
    }
    return out;
}

std::string pair_line(const Scenario& s, int i, int j, const Pair& p, bool dutch) {
    std::string objects;
    for (const auto* o : p.objects)
        objects += (objects.empty() ? "" : ", ") + (dutch ? o->label_nl : o->label_en);
    std::string line = s.actors[i].id + " & " + s.actors[j].id + ": " +
                       (dutch ? "beide bevoegd over " : "both competent over ") + objects + "; ";
    if (p.conflicts.empty())
        return line + (dutch ? "geen conflict vastgelegd (informatie)"
                             : "no conflict recorded "
                               "(information)");
    std::string ids;
    for (const auto* r : p.conflicts)
        ids += (ids.empty() ? "" : ", ") + r->id;
    return line + (dutch ? "conflict: " : "conflict: ") + ids;
}

}  // namespace

Finding overlap(const Scenario& s, const ScenarioIndex& index, const DiagnosticThresholds& t) {
    Finding f = make_finding("overlap", "Overlap", "Overlap");
    int shared_tasks = 0, collective_pairs = 0;
    const auto objects = competences(s, index, shared_tasks);

    std::map<std::pair<int, int>, Pair> pairs;
    for (const auto& [key, o] : objects) {
        for (std::size_t x = 0; x < o.holders.size(); ++x)
            for (std::size_t y = 0; y < o.holders.size(); ++y) {
                int i = o.holders[x].actor, j = o.holders[y].actor;
                if (i >= j)
                    continue;
                // Collectives that each stand for their own members do not share a competence.
                if (party_count(s.actors[i]) > 1 && party_count(s.actors[j]) > 1) {
                    ++collective_pairs;
                    continue;
                }
                Pair& p = pairs[{i, j}];
                if (std::find(p.objects.begin(), p.objects.end(), &o) == p.objects.end())
                    p.objects.push_back(&o);
                p.competences.push_back(o.holders[x]);
                p.competences.push_back(o.holders[y]);
            }
    }
    int in_conflict = 0;
    const auto conflicts = conflicts_by_pair(s, index);
    for (auto& [ij, p] : pairs) {
        if (auto c = conflicts.find(ij); c != conflicts.end())
            p.conflicts = c->second;
        in_conflict += !p.conflicts.empty();
    }
    f.flagged = in_conflict >= t.overlap_min_conflict_pairs && in_conflict > 0;

    // Evidence and "show me": the conflicting pairs when flagged, otherwise every pair.
    std::set<std::string> actors, tasks;
    std::set<const Relation*> relations;
    std::set<const RaciAssignment*> letters;
    for (const auto& [ij, p] : pairs) {
        if (f.details_nl.size() <= kMaxDetails)
            add_detail(f, pair_line(s, ij.first, ij.second, p, true),
                       pair_line(s, ij.first, ij.second, p, false));
        if (f.flagged && p.conflicts.empty())
            continue;
        actors.insert(s.actors[ij.first].id);
        actors.insert(s.actors[ij.second].id);
        for (const auto& c : p.competences) {
            if (c.relation)
                relations.insert(c.relation);
            if (c.letter)
                letters.insert(c.letter);
        }
        for (const auto* o : p.objects)
            if (!o->task_id.empty())
                tasks.insert(o->task_id);
        relations.insert(p.conflicts.begin(), p.conflicts.end());
    }
    f.actors.assign(actors.begin(), actors.end());
    f.tasks.assign(tasks.begin(), tasks.end());
    for (const auto* r : relations) {
        f.relations.push_back(r->id);
        count_relation(f, *r);
    }
    std::sort(f.relations.begin(), f.relations.end());
    for (const auto* x : letters)
        count_letter(f, *x);

    f.numbers = {{"overlapping_pairs", static_cast<double>(pairs.size())},
                 {"pairs_in_conflict", in_conflict},
                 {"shared_tasks_left_out", shared_tasks},
                 {"collective_pairs_left_out", collective_pairs}};
    f.thresholds = {{"min_conflict_pairs", t.overlap_min_conflict_pairs}};
    f.rule_nl =
        "Bevoegdheid van i over object o: een `directs`-, toezicht- of formele-bevoegdheidsrelatie "
        "naar o, of A op taak o. Twee actoren met bevoegdheid over hetzelfde object vormen een "
        "overlappend paar (behalve bij een taak die bewust gedeeld is en bij twee collectieven "
        "die elk voor hun eigen leden staan). Gemarkeerd als minstens " +
        std::to_string(t.overlap_min_conflict_pairs) +
        " overlappend paar ook een `conflict`-relatie heeft (seed 002: \"overlappende "
        "bevoegdheden en daardoor veel disfunctioneel conflict\"); paren zonder vastgelegd "
        "conflict zijn informatie. Rollen alleen markeren het nooit.";
    f.rule_en =
        "Competence of i over object o: a `directs`, supervision or formal-authority relation "
        "to o, or A on task o. Two actors competent over the same object form an overlapping "
        "pair (except on a task marked as deliberately shared, and for two collectives that "
        "each stand for their own members). Flagged when at least " +
        std::to_string(t.overlap_min_conflict_pairs) +
        " overlapping pair also has a `conflict` relation (seed 002: overlapping competences "
        "and hence much dysfunctional conflict); pairs without recorded conflict are "
        "information. Role labels alone never flag it.";
    f.summary_nl = std::to_string(pairs.size()) + " overlappende paren, waarvan " +
                   std::to_string(in_conflict) + " met conflict";
    f.summary_en = std::to_string(pairs.size()) + " overlapping pairs, " +
                   std::to_string(in_conflict) + " of them in conflict";
    return f;
}

}  // namespace rk::analytics::rules
