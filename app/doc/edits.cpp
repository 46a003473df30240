#include "doc/edits.hpp"

#include <algorithm>
#include <set>

#include "doc/i18n.hpp"
#include "doc/reorganisation_commands.hpp"
#include "model/reorganisation.hpp"

namespace rk::doc {

namespace {

template <typename T>
std::size_t index_of(const std::vector<T>& v, const std::string& id) {
    auto it = std::find_if(v.begin(), v.end(), [&](const T& e) { return e.id == id; });
    return static_cast<std::size_t>(it - v.begin());
}

template <typename T>
const T* find(const std::vector<T>& v, const std::string& id) {
    std::size_t i = index_of(v, id);
    return i < v.size() ? &v[i] : nullptr;
}

template <typename T>
CommandPtr replace(std::string desc, const std::string& scenario, const std::vector<T>& v,
                   T after) {
    const T* before = find(v, after.id);
    if (!before || *before == after)
        return nullptr;
    return std::make_unique<EntityCommand<T>>(std::move(desc), scenario, *before, std::move(after),
                                              index_of(v, before->id));
}

template <typename T>
CommandPtr insert(std::string desc, const std::string& scenario, const std::vector<T>& v, T e) {
    if (e.id.empty() || find(v, e.id))
        return nullptr;
    return std::make_unique<EntityCommand<T>>(std::move(desc), scenario, std::nullopt, std::move(e),
                                              v.size());
}

template <typename T>
CommandPtr erase(std::string desc, const std::string& scenario, const std::vector<T>& v,
                 const std::string& id) {
    const T* before = find(v, id);
    if (!before)
        return nullptr;
    return std::make_unique<EntityCommand<T>>(std::move(desc), scenario, *before, std::nullopt,
                                              index_of(v, id));
}

struct DilemmaKey {
    std::string scenario;
    Dilemma dilemma;
    bool operator==(const DilemmaKey&) const = default;
};

// Sets, adds or removes the observation of one dilemma.
class DilemmaCommand final : public Command {
  public:
    DilemmaCommand(DilemmaKey key, std::optional<DilemmaObservation> before,
                   std::optional<DilemmaObservation> after)
        : key_(std::move(key)), before_(std::move(before)), after_(std::move(after)) {}
    std::string description() const override {
        return bilingual("Dilemma bewerken", "Edit dilemma");
    }
    void apply(Case& c) override { put(c, after_); }
    void revert(Case& c) override { put(c, before_); }
    bool merge(const Command& next) override {
        auto* n = dynamic_cast<const DilemmaCommand*>(&next);
        if (!n || !(n->key_ == key_))
            return false;
        after_ = n->after_;
        return true;
    }

  private:
    void put(Case& c, const std::optional<DilemmaObservation>& v) {
        Scenario* s = c.find_scenario(key_.scenario);
        if (!s)
            return;
        auto it = std::find_if(s->dilemmas.begin(), s->dilemmas.end(),
                               [&](const auto& d) { return d.dilemma == key_.dilemma; });
        if (v) {
            if (it != s->dilemmas.end()) {
                *it = *v;
            } else {
                s->dilemmas.push_back(*v);
            }
        } else if (it != s->dilemmas.end()) {
            s->dilemmas.erase(it);
        }
    }
    DilemmaKey key_;
    std::optional<DilemmaObservation> before_, after_;
};

struct RegieAccess {
    static RegieElements* get(Case& c, const std::string& scenario) {
        Scenario* s = c.find_scenario(scenario);
        return s ? &s->regie : nullptr;
    }
};
struct ViewAccess {
    static ViewSettings* get(Case& c, const std::string& scenario) {
        Scenario* s = c.find_scenario(scenario);
        return s ? &s->view : nullptr;
    }
};

// Case-level fields, applied field by field so the rest of the case is untouched.
class CaseInfoCommand final : public Command {
  public:
    CaseInfoCommand(CaseInfo before, CaseInfo after)
        : before_(std::move(before)), after_(std::move(after)) {}
    std::string description() const override { return bilingual("Casus bewerken", "Edit case"); }
    void apply(Case& c) override { put(c, after_); }
    void revert(Case& c) override { put(c, before_); }
    bool merge(const Command& next) override {
        auto* n = dynamic_cast<const CaseInfoCommand*>(&next);
        if (!n)
            return false;
        after_ = n->after_;
        return true;
    }

  private:
    static void put(Case& c, const CaseInfo& i) {
        c.title = i.title;
        c.description = i.description;
        c.domain = i.domain;
        c.goal = i.goal;
    }
    CaseInfo before_, after_;
};

}  // namespace

CommandPtr move_actors(const Case& c, const std::string& scenario,
                       const std::vector<std::pair<std::string, Position>>& to) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s || to.empty())
        return nullptr;
    MoveCommand::Positions before, after;
    for (const auto& [id, pos] : to) {
        auto it = s->positions.find(id);
        before.emplace_back(id, it == s->positions.end() ? std::optional<Position>{}
                                                         : std::optional<Position>{it->second});
        after.emplace_back(id, pos);
    }
    const char* nl = to.size() == 1 ? "Actor verplaatsen" : "Actoren verplaatsen";
    const char* en = to.size() == 1 ? "Move actor" : "Move actors";
    return std::make_unique<MoveCommand>(bilingual(nl, en), scenario, std::move(before),
                                         std::move(after));
}

CommandPtr set_actor(const Case& c, const std::string& scenario, Actor after) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    // The description first: the order in which arguments are evaluated is unspecified, and
    // the actor is moved into the last one.
    std::string desc = bilingual("Actor bewerken: " + after.name, "Edit actor: " + after.name);
    return replace(std::move(desc), scenario, s->actors, std::move(after));
}

CommandPtr add_actor(const Case& c, const std::string& scenario, Actor actor,
                     std::optional<Position> at) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    const std::string id = actor.id;
    // In a scenario that follows another, a new actor is `new` in the lineage (issue 14), so
    // the comparison knows it without a matching proposal.
    CommandPtr lineage;
    if (reorg::predecessor(c, scenario)) {
        lineage =
            lineage_after(c, bilingual("Nieuwe actor in de lineage", "New actor in the lineage"),
                          [&](Case& copy) { return reorg::add_new_actor(copy, scenario, actor); });
    }
    // The description first: `actor` is moved into the command below.
    std::string desc = bilingual("Actor toevoegen: " + actor.name, "Add actor: " + actor.name);
    auto cmd = insert(std::move(desc), scenario, s->actors, std::move(actor));
    if (!cmd || (!at && !lineage))
        return cmd;
    auto group = std::make_unique<CompositeCommand>(cmd->description());
    group->add_applied(std::move(cmd));
    if (at) {
        group->add_applied(std::make_unique<MoveCommand>(group->description(), scenario,
                                                         MoveCommand::Positions{{id, std::nullopt}},
                                                         MoveCommand::Positions{{id, *at}}));
    }
    if (lineage)
        group->add_applied(std::move(lineage));
    return group;
}

CommandPtr remove_actor(const Case& c, const std::string& scenario, const std::string& id) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    const Actor* a = find(s->actors, id);
    if (!a)
        return nullptr;
    auto group = std::make_unique<CompositeCommand>(
        bilingual("Actor verwijderen: " + a->name, "Remove actor: " + a->name));
    // Children are collected in the order they must apply; the relations go first so that
    // no relation ever points at a missing actor, also halfway through an undo.
    for (auto it = s->relations.rbegin(); it != s->relations.rend(); ++it) {
        if (it->source == id || it->target == id) {
            group->add_applied(erase(group->description(), scenario, s->relations, it->id));
        }
    }
    for (const auto& r : s->responsibilities) {
        Responsibility after = r;
        std::erase_if(after.assignments, [&](const RaciAssignment& x) { return x.actor == id; });
        if (after.assignments.size() != r.assignments.size()) {
            group->add_applied(
                replace(group->description(), scenario, s->responsibilities, std::move(after)));
        }
    }
    for (const auto& f : s->forums) {
        Forum after = f;
        std::erase_if(after.seats, [&](const ForumSeat& x) { return x.actor == id; });
        if (after.seats.size() != f.seats.size()) {
            group->add_applied(
                replace(group->description(), scenario, s->forums, std::move(after)));
        }
    }
    for (const auto& a : s->agreements) {
        Agreement after = a;
        std::erase(after.signatories, id);
        std::erase(after.addressees, id);
        if (after.owner == id)
            after.owner.clear();
        if (after != a) {
            group->add_applied(
                replace(group->description(), scenario, s->agreements, std::move(after)));
        }
    }
    for (const auto& other : s->actors) {
        if (other.parent != id || other.id == id)
            continue;
        Actor after = other;
        after.parent.clear();  // a dangling parent would make the saved file unreadable
        group->add_applied(replace(group->description(), scenario, s->actors, std::move(after)));
    }
    if (auto it = s->positions.find(id); it != s->positions.end()) {
        group->add_applied(std::make_unique<MoveCommand>(
            group->description(), scenario, MoveCommand::Positions{{id, it->second}},
            MoveCommand::Positions{{id, std::nullopt}}));
    }
    // Lineage stays valid: links of later scenarios let go of the actor, and in a scenario
    // that follows another the actor is recorded as dissolved (issue 14).
    const bool in_lineage =
        std::any_of(c.lineage.begin(), c.lineage.end(), [&](const LineageLink& l) {
            return l.from_scenario == scenario || l.to_scenario == scenario;
        });
    if (in_lineage) {
        if (auto lineage = lineage_after(c, group->description(), [&](Case& copy) {
                reorg::detach_from_later_lineage(copy, scenario, id);
                return reorg::dissolve_actor(copy, scenario, id);
            })) {
            group->add_applied(std::move(lineage));
        }
    }
    group->add_applied(erase(group->description(), scenario, s->actors, id));
    return group;
}

CommandPtr set_relation(const Case& c, const std::string& scenario, Relation after) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    if (!find(s->actors, after.source) || !find(s->actors, after.target))
        return nullptr;
    return replace(bilingual("Relatie bewerken", "Edit relation"), scenario, s->relations,
                   std::move(after));
}

CommandPtr add_relation(const Case& c, const std::string& scenario, Relation r) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    if (!find(s->actors, r.source) || !find(s->actors, r.target))
        return nullptr;
    return insert(bilingual("Relatie toevoegen", "Add relation"), scenario, s->relations,
                  std::move(r));
}

CommandPtr remove_relation(const Case& c, const std::string& scenario, const std::string& id) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    return erase(bilingual("Relatie verwijderen", "Remove relation"), scenario, s->relations, id);
}

CommandPtr set_responsibility(const Case& c, const std::string& scenario, Responsibility after) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    return replace(bilingual("Verantwoordelijkheid bewerken", "Edit responsibility"), scenario,
                   s->responsibilities, std::move(after));
}

CommandPtr add_responsibility(const Case& c, const std::string& scenario, Responsibility r) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    return insert(bilingual("Taak toevoegen", "Add task"), scenario, s->responsibilities,
                  std::move(r));
}

CommandPtr remove_responsibility(const Case& c, const std::string& scenario,
                                 const std::string& id) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    return erase(bilingual("Taak verwijderen", "Remove task"), scenario, s->responsibilities, id);
}

CommandPtr set_dilemma(const Case& c, const std::string& scenario, DilemmaObservation after) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    std::optional<DilemmaObservation> before;
    for (const auto& d : s->dilemmas) {
        if (d.dilemma == after.dilemma)
            before = d;
    }
    if (before && *before == after)
        return nullptr;
    DilemmaKey key{scenario, after.dilemma};
    return std::make_unique<DilemmaCommand>(std::move(key), std::move(before), std::move(after));
}

CommandPtr set_regie_elements(const Case& c, const std::string& scenario, RegieElements after) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s || s->regie == after)
        return nullptr;
    return std::make_unique<ValueCommand<RegieElements, RegieAccess>>(
        bilingual("Regie-elementen bewerken", "Edit regie elements"), scenario, s->regie,
        std::move(after));
}

CommandPtr set_view_settings(const Case& c, const std::string& scenario, ViewSettings after) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s || s->view == after)
        return nullptr;
    return std::make_unique<ValueCommand<ViewSettings, ViewAccess>>(
        bilingual("Weergave wijzigen", "Change view"), scenario, s->view, std::move(after));
}

CommandPtr set_group(const Case& c, const std::string& scenario, Group after) {
    const Scenario* s = c.find_scenario(scenario);
    if (!s)
        return nullptr;
    const char* nl = after.collapsed ? "Groep inklappen: " : "Groep uitklappen: ";
    const char* en = after.collapsed ? "Collapse group: " : "Expand group: ";
    std::string name = after.name;
    return replace(bilingual(nl + name, en + name), scenario, s->groups, std::move(after));
}

CaseInfo case_info(const Case& c) {
    return {c.title, c.description, c.domain, c.goal};
}

CommandPtr set_case_info(const Case& c, CaseInfo after) {
    CaseInfo before = case_info(c);
    if (before == after)
        return nullptr;
    return std::make_unique<CaseInfoCommand>(std::move(before), std::move(after));
}

namespace {

// Replaces, inserts or erases one lineage link. Lineage lives on the case, not in a
// scenario, so EntityCommand does not fit; edits of a link never merge (each is one step).
class LineageLinkCommand final : public Command {
  public:
    LineageLinkCommand(std::string description, std::optional<LineageLink> before,
                       std::optional<LineageLink> after, std::size_t index)
        : description_(std::move(description)),
          before_(std::move(before)),
          after_(std::move(after)),
          index_(index) {}
    std::string description() const override { return description_; }
    void apply(Case& c) override { put(c, before_, after_); }
    void revert(Case& c) override { put(c, after_, before_); }

  private:
    void put(Case& c, const std::optional<LineageLink>& from,
             const std::optional<LineageLink>& to) const {
        put_by_id(c.lineage, from, to, index_);
    }
    std::string description_;
    std::optional<LineageLink> before_;
    std::optional<LineageLink> after_;
    std::size_t index_;
};

}  // namespace

CommandPtr set_lineage_link(const Case& c, LineageLink after) {
    const LineageLink* before = find(c.lineage, after.id);
    if (!before || *before == after)
        return nullptr;
    return std::make_unique<LineageLinkCommand>(bilingual("Herkomst wijzigen", "Change lineage"),
                                                *before, std::move(after),
                                                index_of(c.lineage, before->id));
}

CommandPtr add_lineage_link(const Case& c, LineageLink link) {
    if (link.id.empty() || find(c.lineage, link.id))
        return nullptr;
    return std::make_unique<LineageLinkCommand>(bilingual("Herkomst toevoegen", "Add lineage"),
                                                std::nullopt, std::move(link), c.lineage.size());
}

CommandPtr remove_lineage_link(const Case& c, const std::string& id) {
    const LineageLink* before = find(c.lineage, id);
    if (!before)
        return nullptr;
    return std::make_unique<LineageLinkCommand>(bilingual("Herkomst verwijderen", "Remove lineage"),
                                                *before, std::nullopt, index_of(c.lineage, id));
}

std::string fresh_lineage_id(const Case& c, const std::string& prefix) {
    for (std::size_t n = 1;; ++n) {
        std::string id = prefix + "-" + std::to_string(n);
        if (!find(c.lineage, id))
            return id;
    }
}

namespace {
template <typename Get>
std::string fresh_id(const Case& c, const std::string& prefix, Get ids_of) {
    std::set<std::string> used;
    for (const auto& s : c.scenarios)
        ids_of(s, used);
    for (std::size_t n = 1;; ++n) {
        std::string id = prefix + "-" + std::to_string(n);
        if (!used.count(id))
            return id;
    }
}
}  // namespace

std::string fresh_actor_id(const Case& c, const std::string& prefix) {
    return fresh_id(c, prefix, [](const Scenario& s, std::set<std::string>& used) {
        for (const auto& a : s.actors)
            used.insert(a.id);
    });
}

std::string fresh_relation_id(const Case& c, const std::string& prefix) {
    return fresh_id(c, prefix, [](const Scenario& s, std::set<std::string>& used) {
        for (const auto& r : s.relations)
            used.insert(r.id);
    });
}

}  // namespace rk::doc
