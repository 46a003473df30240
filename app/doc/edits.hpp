// Ready-made commands for the edits the UI offers. Each returns a command to pass to
// Document::execute, or nullptr when the edit is impossible (unknown id, nothing changes).
// The descriptions are short Dutch/English phrases for the history list.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "doc/command.hpp"
#include "model/case.hpp"

namespace rk::doc {

// Moves actors to new positions in scenario `scenario` (a drag frame or a layout result).
// Consecutive moves of the same actors inside one group merge into one step.
CommandPtr move_actors(const Case& c, const std::string& scenario,
                       const std::vector<std::pair<std::string, Position>>& to);

// Replaces the actor with id `after.id` (every attribute at once).
CommandPtr set_actor(const Case& c, const std::string& scenario, Actor after);
CommandPtr add_actor(const Case& c, const std::string& scenario, Actor actor,
                     std::optional<Position> at = std::nullopt);
// Removes the actor together with its relations, position and RACI assignments (one step).
CommandPtr remove_actor(const Case& c, const std::string& scenario, const std::string& id);

CommandPtr set_relation(const Case& c, const std::string& scenario, Relation after);
CommandPtr add_relation(const Case& c, const std::string& scenario, Relation r);
CommandPtr remove_relation(const Case& c, const std::string& scenario, const std::string& id);

CommandPtr set_responsibility(const Case& c, const std::string& scenario, Responsibility after);
CommandPtr add_responsibility(const Case& c, const std::string& scenario, Responsibility r);
CommandPtr remove_responsibility(const Case& c, const std::string& scenario, const std::string& id);

// The observation of one dilemma (created when the scenario has none for it yet).
CommandPtr set_dilemma(const Case& c, const std::string& scenario, DilemmaObservation after);
CommandPtr set_regie_elements(const Case& c, const std::string& scenario, RegieElements after);
CommandPtr set_view_settings(const Case& c, const std::string& scenario, ViewSettings after);
CommandPtr set_group(const Case& c, const std::string& scenario, Group after);

// Case-level text: title, description, goal.
struct CaseInfo {
    std::string title;
    std::string description;
    std::string domain;
    CaseGoal goal;
    bool operator==(const CaseInfo&) const = default;
};
CaseInfo case_info(const Case& c);
CommandPtr set_case_info(const Case& c, CaseInfo after);

// Lineage links between two scenarios (case level), addressed by id. set_ replaces the link
// with id `after.id`; add_ appends (nullptr for an empty or taken id); remove_ erases and its
// undo puts the link back in its place.
CommandPtr set_lineage_link(const Case& c, LineageLink after);
CommandPtr add_lineage_link(const Case& c, LineageLink link);
CommandPtr remove_lineage_link(const Case& c, const std::string& id);
std::string fresh_lineage_id(const Case& c, const std::string& prefix = "lineage");

// A fresh id with `prefix` that no actor/relation of any scenario uses ("a12", "r7").
std::string fresh_actor_id(const Case& c, const std::string& prefix = "actor");
std::string fresh_relation_id(const Case& c, const std::string& prefix = "rel");

}  // namespace rk::doc
