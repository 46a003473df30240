// What the user selected, by actor and relation id (never by index), so a selection
// survives the removal or reordering of other entities.
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "model/case.hpp"

namespace rk::doc {

class Selection {
  public:
    const std::set<std::string>& actors() const { return actors_; }
    const std::set<std::string>& relations() const { return relations_; }
    bool empty() const { return actors_.empty() && relations_.empty(); }
    bool has_actor(const std::string& id) const { return actors_.count(id) > 0; }
    bool has_relation(const std::string& id) const { return relations_.count(id) > 0; }
    // The single selected actor, or empty when none or several are selected.
    std::string sole_actor() const;
    std::string sole_relation() const;

    void clear();
    void select_actor(const std::string& id, bool add = false);
    void select_relation(const std::string& id, bool add = false);
    void toggle_actor(const std::string& id);
    // Drops ids that no longer exist in `s` (after an undo or a removal).
    void prune(const Scenario& s);
    // Increases on every change, so views can cache what they derive from the selection.
    std::uint64_t version() const { return version_; }

  private:
    std::set<std::string> actors_;
    std::set<std::string> relations_;
    std::uint64_t version_ = 0;
};

}  // namespace rk::doc
