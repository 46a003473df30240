#include "doc/command.hpp"

#include <algorithm>

namespace rk::doc {

void CompositeCommand::apply(Case& c) {
    for (auto& child : children_)
        child->apply(c);
}

void CompositeCommand::revert(Case& c) {
    for (auto it = children_.rbegin(); it != children_.rend(); ++it)
        (*it)->revert(c);
}

void CompositeCommand::add_applied(CommandPtr cmd) {
    if (!children_.empty() && children_.back()->merge(*cmd))
        return;
    children_.push_back(std::move(cmd));
}

namespace {

template <typename T>
std::vector<T>& items(Scenario& s);
template <>
std::vector<Actor>& items<Actor>(Scenario& s) {
    return s.actors;
}
template <>
std::vector<Relation>& items<Relation>(Scenario& s) {
    return s.relations;
}
template <>
std::vector<Responsibility>& items<Responsibility>(Scenario& s) {
    return s.responsibilities;
}
template <>
std::vector<Forum>& items<Forum>(Scenario& s) {
    return s.forums;
}
template <>
std::vector<Group>& items<Group>(Scenario& s) {
    return s.groups;
}
template <>
std::vector<Agreement>& items<Agreement>(Scenario& s) {
    return s.agreements;
}

}  // namespace

template <typename T>
void EntityCommand<T>::put(Case& c, const std::optional<T>& from, const std::optional<T>& to) {
    Scenario* s = c.find_scenario(scenario_);
    if (!s)
        return;
    put_by_id(items<T>(*s), from, to, index_);
}

template <typename T>
bool EntityCommand<T>::merge(const Command& next) {
    auto* n = dynamic_cast<const EntityCommand<T>*>(&next);
    if (!n || n->scenario_ != scenario_ || n->description_ != description_)
        return false;
    // Only consecutive modifications of the same entity merge (never insert/erase).
    if (!before_ || !after_ || !n->before_ || !n->after_)
        return false;
    if (n->before_->id != after_->id)
        return false;
    after_ = n->after_;
    return true;
}

template class EntityCommand<Actor>;
template class EntityCommand<Relation>;
template class EntityCommand<Responsibility>;
template class EntityCommand<Forum>;
template class EntityCommand<Group>;
template class EntityCommand<Agreement>;

void MoveCommand::put(Case& c, const Positions& p) {
    Scenario* s = c.find_scenario(scenario_);
    if (!s)
        return;
    for (const auto& [id, pos] : p) {
        if (pos) {
            s->positions[id] = *pos;
        } else {
            s->positions.erase(id);
        }
    }
}

bool MoveCommand::merge(const Command& next) {
    auto* n = dynamic_cast<const MoveCommand*>(&next);
    if (!n || n->scenario_ != scenario_ || n->description_ != description_)
        return false;
    if (n->after_.size() != after_.size())
        return false;
    for (std::size_t i = 0; i < after_.size(); ++i) {
        if (n->after_[i].first != after_[i].first)
            return false;
    }
    after_ = n->after_;
    return true;
}

}  // namespace rk::doc
