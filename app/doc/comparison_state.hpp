// Headless logic behind the comparison window (issue 7): which scenarios to compare by
// default, one shared layout for before and after, the links the lineage editor shows and
// changes, and the undoable approval of a proposed lineage. No drawing here, so it is
// unit-tested. What caused a row of the tables is the engine's (compare::index_cause).
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "compare/compare.hpp"
#include "doc/command.hpp"
#include "model/case.hpp"

namespace rk::doc {

// Default before/after pair: the first and the last scenario; empty ids when the case has
// fewer than two scenarios.
std::pair<std::string, std::string> default_comparison_pair(const Case& c);

// One position per actor id of either scenario: the after scenario's position, falling back
// to the before scenario's; actors with neither are placed on a circle around the others
// (sorted by id, so the placement is stable). "Same actor, same place" in both drawings.
std::map<std::string, Position> shared_positions(const Scenario& before, const Scenario& after);

// The lineage editor. Links are edited through set_/add_/remove_lineage_link (edits.hpp);
// these build the link to pass them.
// The stored links from `before_id` to `after_id`, in case order.
std::vector<LineageLink> links_between(const Case& c, const std::string& before_id,
                                       const std::string& after_id);
// A new identity link without actors, with a fresh id.
LineageLink new_lineage_link(const Case& c, const std::string& before_id,
                             const std::string& after_id);
// The link with another kind. New drops its before actors and Dissolved its after actors:
// those kinds cannot have any, and the editor offers no way to remove them otherwise.
LineageLink with_kind(LineageLink l, LineageKind kind);
// The link with an actor added to one side (once) or removed from it.
LineageLink with_actor(LineageLink l, bool before_side, const std::string& actor_id);
LineageLink without_actor(LineageLink l, bool before_side, const std::string& actor_id);

// Adds the proposed links (proposed = true) of `proposals` to the case's lineage, as one
// undoable step. nullptr when there is nothing to add.
CommandPtr approve_lineage(const Case& c, const std::vector<compare::ProposedLink>& proposals);

}  // namespace rk::doc
