// Meervoudige regie. Seed 000 (2.5) describes the norm: in every case rijksregie by a ministry
// runs beside one coordinating regisseur "between the parties". Being directed by both is
// therefore not the problem; two regisseurs of the same kind directing one actor are
// ("als iedereen regisseert: wie regisseert het geheel?"). For each competing pair the rule
// asks Krackhardt's least-upper-boundedness question: is there a common higher regisseur to
// escalate to? Where there is none, escalation is impossible, and the details say so.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "analytics/diagnostic_rules.hpp"

namespace rk::analytics::rules {
namespace {

// The kind of regie a director exercises over an actor: the relation's regie_kind, or, when
// that is not recorded, coordinating for an actor with the role coördinerend regisseur.
RegieKind kind_of(const Relation& r, const Actor* director, bool& from_role) {
    from_role = false;
    if (r.regie_kind != RegieKind::Unknown)
        return r.regie_kind;
    if (director && has_role(*director, Role::CoordinerendRegisseur)) {
        from_role = true;
        return RegieKind::Coordinerend;
    }
    return RegieKind::Unknown;
}

// Everyone who reaches `actor` along `directs` (its superiors), itself included. O(m) per
// actor over the reverse adjacency.
class Superiors {
  public:
    explicit Superiors(const Scenario& s) {
        for (const auto& r : s.relations)
            if (r.layer == Layer::Directs && r.source != r.target)
                directed_by_[r.target].push_back(r.source);
    }
    const std::set<std::string>& of(const std::string& actor) {
        auto it = memo_.find(actor);
        if (it != memo_.end())
            return it->second;
        std::set<std::string> seen{actor};
        std::vector<std::string> queue{actor};
        for (std::size_t h = 0; h < queue.size(); ++h) {
            auto up = directed_by_.find(queue[h]);
            if (up == directed_by_.end())
                continue;
            for (const auto& u : up->second)
                if (seen.insert(u).second)
                    queue.push_back(u);
        }
        return memo_.emplace(actor, std::move(seen)).first->second;
    }

  private:
    std::unordered_map<std::string, std::vector<std::string>> directed_by_;
    std::map<std::string, std::set<std::string>> memo_;
};

bool common_superior(Superiors& sup, const std::string& a, const std::string& b) {
    const auto& x = sup.of(a);
    const auto& y = sup.of(b);
    return std::any_of(x.begin(), x.end(), [&](const std::string& u) { return y.count(u) > 0; });
}

struct Director {
    std::string id;
    RegieKind kind = RegieKind::Unknown;
    std::vector<const Relation*> relations;
};

std::string kind_text(RegieKind k, Language lang) {
    return k == RegieKind::Unknown
               ? (lang == Language::Dutch ? "soort niet vastgelegd" : "kind not recorded")
               : std::string(label(k, lang));
}

}  // namespace

Finding multiple_regie(const Scenario& s, const RegieOverlay& o, const DiagnosticThresholds& t) {
    Finding f = make_finding("multiple_regie", "Meervoudige regie", "Multiple regie");
    Superiors superiors(s);
    int norm = 0, competing_actors = 0, competing_pairs = 0, no_escalation = 0;
    std::set<const Relation*> evidence_relations;
    std::set<std::pair<std::string, Role>> evidence_roles;
    // Indexes read once, O(n + m): the actors by id and the `directs` relations into each actor.
    std::unordered_map<std::string_view, const Actor*> actor_by_id;
    for (const auto& a : s.actors)
        actor_by_id.emplace(a.id, &a);
    std::unordered_map<std::string_view, std::vector<const Relation*>> directs_into;
    for (const auto& r : s.relations)
        if (r.layer == Layer::Directs && r.source != r.target)
            directs_into[r.target].push_back(&r);
    for (const auto& [actor, directors_ids] : o.multiply_directed) {
        // The directors of `actor`, one entry each, with the kind of regie they exercise.
        std::vector<Director> directors;
        for (const Relation* rp : directs_into[actor]) {
            const Relation& r = *rp;
            auto found = actor_by_id.find(r.source);
            if (found == actor_by_id.end())
                continue;
            const Actor* d = found->second;
            auto it = std::find_if(directors.begin(), directors.end(),
                                   [&](const Director& x) { return x.id == r.source; });
            if (it == directors.end())
                it = directors.insert(directors.end(), Director{r.source, RegieKind::Unknown, {}});
            bool from_role = false;
            const RegieKind k = kind_of(r, d, from_role);
            if (it->kind == RegieKind::Unknown && k != RegieKind::Unknown) {
                it->kind = k;
                if (from_role)
                    evidence_roles.insert({d->id, Role::CoordinerendRegisseur});
            }
            it->relations.push_back(&r);
            evidence_relations.insert(&r);
        }
        std::map<RegieKind, std::vector<const Director*>> by_kind;
        for (const auto& d : directors)
            by_kind[d.kind].push_back(&d);
        std::string line_nl = actor + ": ", line_en = actor + ": ";
        bool competing = false;
        for (const auto& [kind, same] : by_kind) {
            line_nl += kind_text(kind, Language::Dutch) + " (";
            line_en += kind_text(kind, Language::English) + " (";
            for (std::size_t i = 0; i < same.size(); ++i) {
                line_nl += (i ? ", " : "") + same[i]->id;
                line_en += (i ? ", " : "") + same[i]->id;
            }
            line_nl += ") ";
            line_en += ") ";
            if (same.size() < 2)
                continue;
            competing = true;
            for (std::size_t i = 0; i < same.size(); ++i)
                for (std::size_t j = i + 1; j < same.size(); ++j) {
                    ++competing_pairs;
                    if (common_superior(superiors, same[i]->id, same[j]->id))
                        continue;
                    ++no_escalation;
                    line_nl += "[" + same[i]->id + " en " + same[j]->id +
                               ": geen gemeenschappelijke hogere regisseur, escaleren "
                               "onmogelijk] ";
                    line_en += "[" + same[i]->id + " and " + same[j]->id +
                               ": no common higher regisseur, escalation impossible] ";
                }
        }
        if (competing) {
            ++competing_actors;
            f.actors.push_back(actor);
            for (const auto& d : directors)
                for (const auto* r : d.relations)
                    f.relations.push_back(r->id);
            line_nl += "- concurrerende regisseurs van dezelfde soort";
            line_en += "- competing regisseurs of the same kind";
        } else {
            ++norm;
            // The norm of seed 000 (2.5) exactly: rijksregie beside one coordinating regisseur.
            const bool the_norm = by_kind.size() == 2 && by_kind.count(RegieKind::Rijksregie) &&
                                  by_kind.count(RegieKind::Coordinerend);
            line_nl += the_norm
                           ? "- rijksregie naast één coördinerend regisseur (de norm, seed 000 2.5)"
                           : "- verschillende soorten regie naast elkaar (geen concurrentie)";
            line_en +=
                the_norm ? "- rijksregie beside one coordinating regisseur (the norm, seed 000 2.5)"
                         : "- different kinds of regie side by side (not competing)";
        }
        add_detail(f, std::move(line_nl), std::move(line_en));
    }
    for (const auto* r : evidence_relations)
        count_relation(f, *r);
    for (const auto& [id, role] : evidence_roles)
        if (const Actor* a = s.find_actor(id))
            count_role(f, *a, role);
    f.applicable = !o.regisseurs.empty();
    f.numbers = {{"regisseurs", static_cast<double>(o.regisseurs.size())},
                 {"multiply_directed", static_cast<double>(o.multiply_directed.size())},
                 {"different_kinds", norm},
                 {"competing_same_kind", competing_actors},
                 {"competing_pairs", competing_pairs},
                 {"pairs_without_common_superior", no_escalation},
                 {"lub", o.lub},
                 {"cycles", static_cast<double>(o.cycles.size())}};
    f.thresholds = {{"min_regisseurs", t.multiple_regie_min_regisseurs}};
    f.rule_nl = "Een actor die door minstens " + std::to_string(t.multiple_regie_min_regisseurs) +
                " regisseurs wordt aangestuurd is gemarkeerd als twee van hen dezelfde soort regie "
                "voeren (regie_kind van de relatie, anders de rol coördinerend regisseur; een "
                "niet vastgelegde soort telt als één soort). Rijksregie naast één coördinerend "
                "regisseur is de norm die seed 000 beschrijft en wordt alleen vermeld. Per "
                "concurrerend paar: zonder gemeenschappelijke hogere regisseur (kleinste "
                "bovengrens, Krackhardt) is escaleren onmogelijk.";
    f.rule_en = "An actor directed by at least " + std::to_string(t.multiple_regie_min_regisseurs) +
                " regisseurs is flagged when two of them exercise the same kind of regie "
                "(the relation's regie_kind, else the role coordinating regisseur; an "
                "unrecorded kind counts as one kind). Rijksregie beside one coordinating "
                "regisseur is the norm seed 000 describes and is only listed. Per competing "
                "pair: without a common higher regisseur (least upper bound, Krackhardt) "
                "escalation is impossible.";
    f.flagged = competing_actors > 0;
    f.summary_nl = std::to_string(competing_actors) +
                   " actoren met concurrerende regisseurs van dezelfde soort, " +
                   std::to_string(norm) + " met verschillende soorten (norm); " +
                   std::to_string(no_escalation) + " paren zonder escalatiemogelijkheid";
    f.summary_en = std::to_string(competing_actors) +
                   " actors with competing regisseurs of the same kind, " + std::to_string(norm) +
                   " with different kinds (the norm); " + std::to_string(no_escalation) +
                   " pairs that cannot escalate";
    return f;
}

}  // namespace rk::analytics::rules
