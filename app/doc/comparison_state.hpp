// Headless logic behind the comparison window (issue 7): which scenarios to compare by
// default, one shared layout for before and after, the cause of a delta-table row, and the
// undoable approval of a proposed lineage. No drawing here, so it is unit-tested.
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

// What a clicked row of the delta table points at: actors of either scenario and relation ids
// of either scenario.
struct Cause {
    std::set<std::string> actors;     // actor ids (before or after scenario)
    std::set<std::string> relations;  // relation ids (before or after scenario)
    std::set<int> classes;            // lineage classes concerned
    bool empty() const { return actors.empty() && relations.empty() && classes.empty(); }
};

// Distance row: the added and removed ties of its layer ("overall": of every layer), with the
// relations behind them and the actors at their ends.
Cause distance_cause(const compare::ComparisonResult& r, const compare::DistanceRow& row);
// Rank row: the actors of the class on both sides.
Cause rank_cause(const compare::ComparisonResult& r, const compare::RankChange& row);
// Index row with a non-zero delta: every added and removed tie (the structural change that
// moved the index) plus new and dissolved classes; empty when the index did not change.
Cause index_cause(const compare::ComparisonResult& r, const compare::IndexRow& row);

// Adds the proposed links (proposed = true) of `proposals` to the case's lineage, as one
// undoable step. nullptr when there is nothing to add.
CommandPtr approve_lineage(const Case& c, const std::vector<compare::ProposedLink>& proposals);

}  // namespace rk::doc
