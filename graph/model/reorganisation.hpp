// Reorganisation acts on a case (issue 14): copy a scenario, then merge, split, rename,
// dissolve or add actors in the copy. Each act changes the scenario *and* writes the lineage
// link that says what happened, so a comparison of the two scenarios needs no matching.
//
// Lineage is kept per pair (predecessor -> scenario): the predecessor of a scenario is the
// `from_scenario` of the links that end in it (copy_scenario writes an identity link for
// every actor). An act on a scenario without a predecessor changes the scenario only.
//
// Every function works on a copy of the case passed by reference: on failure it returns a
// message (Dutch/English-neutral, naming the ids) and leaves the case unchanged; on success
// it returns an empty string. Costs are linear in the size of the scenario and its links.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/case.hpp"

namespace rk::reorg {

// The result of an act: empty `error` on success.
struct ActResult {
    std::string error;
    bool ok() const { return error.empty(); }
};

// Copies scenario `from_id` (actors, relations, responsibilities, forums, agreements,
// groups, dilemmas, regie elements, positions, view) as a new scenario `new_id` with name
// `name`, inserted right after the original, and links every actor to itself by an
// `identity` lineage link from the original. Fails for an unknown or taken id.
ActResult copy_scenario(Case& c, std::string_view from_id, const std::string& new_id,
                        const std::string& name);

// Adds an empty scenario `new_id` named `name` at the end. Fails for an empty or taken id.
ActResult add_empty_scenario(Case& c, const std::string& new_id, const std::string& name);

// Removes scenario `scenario_id` and every lineage link from or to it. Fails for the last
// scenario of the case (a case has at least one) and for an unknown id.
ActResult remove_scenario(Case& c, std::string_view scenario_id);

// What remove_scenario would take away, for the confirmation a person reads first.
struct RemovalSummary {
    std::size_t actors = 0, relations = 0, responsibilities = 0, lineage_links = 0;
};
RemovalSummary removal_summary(const Case& c, std::string_view scenario_id);

// Moves scenario `scenario_id` to position `index` (clamped) in the scenario list.
ActResult move_scenario(Case& c, std::string_view scenario_id, std::size_t index);

// The scenario whose links end in `scenario_id` (the first such link's from_scenario), or
// nullopt when none does.
std::optional<std::string> predecessor(const Case& c, std::string_view scenario_id);

// Merges `parts` (two or more actor ids of `scenario_id`) into one actor `merged` (its id
// must be free, or one of the parts, which then keeps its other fields). Relations of the
// parts move to the merged actor; relations between two parts are removed (the comparison
// reports them as internalised). Relations that become equal (same other end, layer and
// direction) are joined, the first kept with the summed weight. RACI letters, forum seats,
// agreement parties, positions (the centroid) and parent/group references move along, with
// duplicates joined. Lineage: the parts' incoming links (identity, rename, new or merge)
// become one merge link from all their from_actors (a `new` when none had one).
ActResult merge_actors(Case& c, std::string_view scenario_id, const std::vector<std::string>& parts,
                       const Actor& merged);

// Which parts of a split keep one relation or RACI assignment (indices into `parts`);
// empty means every part keeps it.
struct SplitChoice {
    std::string item_id;  // relation id, or "responsibility id/actor" for a RACI row
    std::vector<int> keepers;
};

// Splits actor `actor_id` into `parts` (two or more actors with free ids). Each relation and
// RACI assignment of the actor goes to the parts named in `choices` (default: every part;
// a relation copied to several parts gets ids "<id>" for the first and "<id>-<part id>" for
// the others). Forum seats, agreement parties and group go to every part. The actor's
// incoming identity or rename link becomes a split link; a `new` actor's parts are new.
ActResult split_actor(Case& c, std::string_view scenario_id, std::string_view actor_id,
                      const std::vector<Actor>& parts,
                      const std::vector<SplitChoice>& choices = {});

// Gives actor `actor_id` a new identity: id `new_id` (free) and `new_name`. Every reference
// in the scenario follows. Its incoming identity link becomes a rename link. With
// new_id == actor_id only the name changes and the lineage stays as it is.
ActResult rename_actor(Case& c, std::string_view scenario_id, std::string_view actor_id,
                       const std::string& new_id, const std::string& new_name);

// Removes the actor with its relations, RACI assignments, forum seats, agreement parties and
// position; its incoming identity/rename link becomes a `dissolved` link from the original
// actor (a `new` actor simply disappears with its link).
ActResult dissolve_actor(Case& c, std::string_view scenario_id, std::string_view actor_id);

// Keeps the lineage valid when actor `actor_id` of `scenario_id` is about to be deleted
// while later scenarios' links still name it: an identity/rename/split link from it makes
// its after actors `new`, a merge loses it as a source, a dissolved link from it goes.
void detach_from_later_lineage(Case& c, std::string_view scenario_id, std::string_view actor_id);

// Adds `actor` (free id) and, when the scenario has a predecessor, a `new` lineage link.
ActResult add_new_actor(Case& c, std::string_view scenario_id, const Actor& actor,
                        std::optional<Position> at = std::nullopt);

// A lineage id with `prefix` that no link of the case uses.
std::string fresh_lineage_id(const Case& c, std::string_view prefix);

}  // namespace rk::reorg
