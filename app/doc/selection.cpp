#include "doc/selection.hpp"

#include <unordered_set>

namespace rk::doc {

std::string Selection::sole_actor() const {
    return actors_.size() == 1 && relations_.empty() ? *actors_.begin() : std::string{};
}

std::string Selection::sole_relation() const {
    return relations_.size() == 1 && actors_.empty() ? *relations_.begin() : std::string{};
}

void Selection::clear() {
    if (empty())
        return;
    actors_.clear();
    relations_.clear();
    ++version_;
}

void Selection::select_actor(const std::string& id, bool add) {
    if (!add) {
        actors_.clear();
        relations_.clear();
    }
    actors_.insert(id);
    ++version_;
}

void Selection::select_relation(const std::string& id, bool add) {
    if (!add) {
        actors_.clear();
        relations_.clear();
    }
    relations_.insert(id);
    ++version_;
}

void Selection::toggle_actor(const std::string& id) {
    if (!actors_.erase(id))
        actors_.insert(id);
    ++version_;
}

void Selection::prune(const Scenario& s) {
    std::unordered_set<std::string> actor_ids, relation_ids;
    for (const auto& a : s.actors)
        actor_ids.insert(a.id);
    for (const auto& r : s.relations)
        relation_ids.insert(r.id);
    bool changed = false;
    for (auto it = actors_.begin(); it != actors_.end();) {
        if (!actor_ids.count(*it)) {
            it = actors_.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    for (auto it = relations_.begin(); it != relations_.end();) {
        if (!relation_ids.count(*it)) {
            it = relations_.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        ++version_;
}

}  // namespace rk::doc
